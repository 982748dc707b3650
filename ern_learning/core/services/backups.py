"""Backups: one tar.gz archive holding the database, the media files and a manifest, and its restore.

Archive layout::

    manifest.json        when, which versions, which migrations, how many rows per model, checksums
    database.pgdump      PostgreSQL: ``pg_dump --format=custom`` (restored with ``pg_restore``)
    database.sqlite3     SQLite: a copy made with SQLite's online backup API
    media/<path>         every file of the default storage (uploads, certificates, renditions)

The row counts in the manifest are taken from the same snapshot as the dump (an exported PostgreSQL
snapshot, or the SQLite copy itself), so a restore can check it brought back exactly what was saved.
"""

import contextlib
import datetime
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.core.files.storage import Storage, default_storage
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

ARCHIVE_FORMAT = 1
MANIFEST = "manifest.json"
MEDIA_PREFIX = "media/"
DATABASE_FILES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
CHUNK = 1024 * 1024
# SQLite's backup retries while another connection holds a lock; past this many seconds it gives up.
LOCK_TIMEOUT = 120


class BackupError(Exception):
    """A backup or restore that cannot proceed; the message tells the operator what to do."""


@dataclass
class RestoreReport:
    manifest: dict
    media_files: int
    counts: dict[str, int] = field(default_factory=dict)
    # Migrations of this code that the restored database has not applied yet: run `migrate` next.
    pending_migrations: list[str] = field(default_factory=list)


# --- Backup --------------------------------------------------------------------------------------


def default_backup_path(now: datetime.datetime | None = None) -> Path:
    stamp = (now or timezone.now()).strftime("%Y%m%d-%H%M%S")
    return Path(settings.BASE_DIR) / "var" / "backups" / f"ern-learning-{stamp}.tar.gz"


def create_backup(*, output: Path | None = None, using: str = DEFAULT_DB_ALIAS, storage: Storage | None = None) -> dict:
    """Write the database, the media files and a manifest to one archive (readable by its owner only) and
    return the manifest; the archive appears at `output` complete or not at all."""
    storage = storage or default_storage
    output = Path(output or default_backup_path()).resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    vendor = connections[using].vendor
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor}.")
    with tempfile.TemporaryDirectory(prefix=".ern-backup-", dir=output.parent) as workdir:
        database_file = Path(workdir) / DATABASE_FILES[vendor]
        dump = _dump_postgresql if vendor == "postgresql" else _dump_sqlite
        snapshot = dump(connections[using], database_file)
        media = list(_media_files(storage))
        manifest = {
            "format": ARCHIVE_FORMAT,
            "created_at": timezone.now().isoformat(),
            "versions": {
                "django": django.get_version(),
                "wagtail": wagtail.__version__,
                "python": ".".join(map(str, sys.version_info[:3])),
            },
            "database": {
                "vendor": vendor,
                "file": database_file.name,
                "size": database_file.stat().st_size,
                "sha256": _sha256(database_file),
            },
            "migrations": snapshot["migrations"],
            "counts": snapshot["counts"],
            "media": {"files": len(media), "bytes": sum(size for _name, size in media)},
        }
        partial = Path(workdir) / "archive.tar.gz"
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2, sort_keys=True).encode())
            archive.add(database_file, arcname=database_file.name)
            for name, size in media:
                info = tarfile.TarInfo(MEDIA_PREFIX + name)
                info.size = size
                info.mtime = _modified(storage, name)
                with storage.open(name, "rb") as handle:
                    archive.addfile(info, handle)
        os.chmod(partial, 0o600)
        os.replace(partial, output)
    return manifest | {"path": str(output)}


def _dump_postgresql(connection: BaseDatabaseWrapper, target: Path) -> dict:
    """pg_dump inside an exported snapshot, with the counts read from that same snapshot."""
    pg_dump = _binary("pg_dump")
    snapshot_connection = _fresh_connection(connection)
    try:
        with snapshot_connection.cursor() as cursor:
            cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot_id = cursor.fetchone()[0]
            state = _inspect(snapshot_connection, cursor)
            result = subprocess.run(
                [pg_dump, "--format=custom", "--no-owner", "--no-privileges", f"--snapshot={snapshot_id}", f"--file={target}"],
                env=_pg_environment(connection.settings_dict),
                capture_output=True,
                text=True,
                check=False,
            )
            cursor.execute("ROLLBACK")
    finally:
        snapshot_connection.close()
    if result.returncode != 0:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return state


def _dump_sqlite(connection: BaseDatabaseWrapper, target: Path) -> dict:
    """SQLite's online backup: a consistent copy even while the site writes; counts come from the copy."""
    if connection.in_atomic_block:
        # The copy would wait forever for this very transaction to end.
        raise BackupError("Run the SQLite backup outside a database transaction.")
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy, progress=_give_up_after(LOCK_TIMEOUT))
        copy.commit()
        return _inspect(connection, copy.cursor())
    finally:
        copy.close()


# --- Restore -------------------------------------------------------------------------------------


def read_manifest(archive_path: Path) -> dict:
    """The manifest of an archive, after checking it is one of ours."""
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            member = archive.getmember(MANIFEST)
            manifest = json.loads(archive.extractfile(member).read())
    except FileNotFoundError:
        raise BackupError(f"No such file: {archive_path}")
    except (tarfile.TarError, KeyError, OSError, ValueError) as error:
        raise BackupError(f"{archive_path} is not an ERN Learning backup archive ({error}).")
    if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
        raise BackupError(f"{archive_path} has an unknown backup format.")
    return manifest


def restore_backup(
    archive_path: Path, *, force: bool = False, using: str = DEFAULT_DB_ALIAS, storage: Storage | None = None
) -> RestoreReport:
    """Bring an archive back into an empty database and the media storage, then check every model holds as
    many rows as the manifest says. Everything that can refuse (wrong archive, checksum, database not
    empty, newer migrations, media files in the way) refuses before anything is written; `force`
    replaces what is there instead."""
    storage = storage or default_storage
    archive_path = Path(archive_path)
    manifest = read_manifest(archive_path)
    connection = connections[using]
    vendor = connection.vendor
    database = manifest.get("database", {})
    if database.get("vendor") != vendor:
        raise BackupError(f"This archive holds a {database.get('vendor')} database; the target is {vendor}.")
    unknown = _unknown_migrations(manifest)
    if unknown and not force:
        raise BackupError(
            "The archive comes from a newer version of ERN Learning (migrations unknown here: "
            + ", ".join(unknown[:5])
            + "). Deploy that version first, or pass --force."
        )
    try:
        tables = connection.introspection.table_names()
    except Exception as error:
        raise BackupError(f"Cannot open the target database: {error}")
    if tables and not force:
        raise BackupError(
            f"The target database already holds {len(tables)} tables. Restore into an empty database, "
            "or pass --force to replace its contents."
        )
    with tempfile.TemporaryDirectory(prefix=".ern-restore-") as workdir, tarfile.open(archive_path, "r:gz") as archive:
        database_file = Path(workdir) / DATABASE_FILES[vendor]
        _extract_database(archive, database, database_file)
        media = _media_members(archive)
        if len(media) != manifest.get("media", {}).get("files"):
            raise BackupError(f"The archive lists {manifest.get('media', {}).get('files')} media files but holds {len(media)}.")
        existing = [name for name, _member in media if storage.exists(name)]
        if existing and not force:
            raise BackupError(
                f"{len(existing)} media files already exist (for example {existing[0]}). "
                "Restore into empty media storage, or pass --force to overwrite them."
            )
        if vendor == "postgresql":
            _restore_postgresql(connection, database_file, tables=tables)
        else:
            _restore_sqlite(connection, database_file)
        for name, member in media:
            _restore_media_file(storage, name, archive.extractfile(member))
    connection.close()
    counts = verify_counts(manifest, using=using)
    return RestoreReport(
        manifest=manifest, media_files=len(media), counts=counts, pending_migrations=_pending_migrations(manifest)
    )


def verify_counts(manifest: dict, *, using: str = DEFAULT_DB_ALIAS) -> dict[str, int]:
    """The row count of every model in the manifest, as the database holds it now; raises on a difference."""
    connection = connections[using]
    with connection.cursor() as cursor:
        counts = _inspect(connection, cursor)["counts"]
    expected = manifest.get("counts", {})
    differences = [
        f"{label}: {counts.get(label)} (expected {number})" for label, number in expected.items() if counts.get(label) != number
    ]
    if differences:
        raise BackupError("The restored database does not match the backup: " + "; ".join(differences[:10]))
    return counts


def _extract_database(archive: tarfile.TarFile, database: dict, target: Path) -> None:
    try:
        member = archive.getmember(database["file"])
    except KeyError:
        raise BackupError("The archive holds no database.")
    digest = hashlib.sha256()
    with archive.extractfile(member) as source, open(target, "wb") as destination:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            destination.write(chunk)
    if digest.hexdigest() != database.get("sha256"):
        raise BackupError("The database in the archive is damaged (its checksum does not match the manifest).")


def _restore_postgresql(connection: BaseDatabaseWrapper, dump: Path, *, tables: list[str]) -> None:
    pg_restore = _binary("pg_restore")
    if tables:
        with connection.cursor() as cursor:
            for table in tables:
                cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)} CASCADE")
    connection.close()
    result = subprocess.run(
        [
            pg_restore,
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={connection.settings_dict['NAME']}",
            str(dump),
        ],
        env=_pg_environment(connection.settings_dict),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(f"pg_restore failed (nothing was restored): {result.stderr.strip()}")


def _restore_sqlite(connection: BaseDatabaseWrapper, copy: Path) -> None:
    connection.ensure_connection()
    source = sqlite3.connect(copy)
    try:
        source.backup(connection.connection, progress=_give_up_after(LOCK_TIMEOUT))
    finally:
        source.close()


def _media_members(archive: tarfile.TarFile) -> list[tuple[str, tarfile.TarInfo]]:
    """The archive's media files with their storage names; anything that could escape the storage refuses."""
    members = []
    for member in archive.getmembers():
        if not member.name.startswith(MEDIA_PREFIX):
            continue
        name = member.name[len(MEDIA_PREFIX) :]
        path = PurePosixPath(name)
        if not member.isfile() or path.is_absolute() or ".." in path.parts or not name:
            raise BackupError(f"The archive holds an unsafe entry: {member.name}")
        members.append((name, member))
    return members


def _restore_media_file(storage: Storage, name: str, content) -> None:
    if storage.exists(name):
        storage.delete(name)
    saved = storage.save(name, File(content, name=name))
    if saved != name:
        raise BackupError(f"The media file {name} was stored as {saved}.")


def _applied_in(manifest: dict) -> set[tuple[str, str]]:
    return {(app, name) for app, names in manifest.get("migrations", {}).items() for name in names}


def _unknown_migrations(manifest: dict) -> list[str]:
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    return sorted(f"{app}.{name}" for app, name in _applied_in(manifest) - known)


def _pending_migrations(manifest: dict) -> list[str]:
    loader = MigrationLoader(None, ignore_no_migrations=True)
    applied = _applied_in(manifest)
    # A squashed migration counts as applied when everything it replaces was.
    pending = [
        key
        for key, migration in loader.disk_migrations.items()
        if key not in applied and not (migration.replaces and all(tuple(old) in applied for old in migration.replaces))
    ]
    return sorted(f"{app}.{name}" for app, name in pending)


# --- Shared --------------------------------------------------------------------------------------


def _inspect(connection: BaseDatabaseWrapper, cursor) -> dict:
    """Applied migrations and rows per model, read through `cursor` (which may look at a snapshot or copy)."""
    quote = connection.ops.quote_name
    if connection.vendor == "sqlite":
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    else:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    tables = {row[0] for row in cursor.fetchall()}
    migrations: dict[str, list[str]] = {}
    if "django_migrations" in tables:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        for app, name in cursor.fetchall():
            migrations.setdefault(app, []).append(name)
    counts = {}
    for model in _stored_models():
        table = model._meta.db_table
        if table in tables:
            cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")
            counts[model._meta.label] = cursor.fetchone()[0]
    return {"migrations": migrations, "counts": counts}


def _stored_models() -> Iterator:
    seen = set()
    for model in apps.get_models(include_auto_created=True):
        options = model._meta
        if options.proxy or not options.managed or options.db_table in seen:
            continue
        seen.add(options.db_table)
        yield model


def _media_files(storage: Storage, directory: str = "") -> Iterator[tuple[str, int]]:
    try:
        directories, files = storage.listdir(directory)
    except (FileNotFoundError, NotADirectoryError):
        return
    for filename in sorted(files):
        name = f"{directory}/{filename}" if directory else filename
        yield name, storage.size(name)
    for child in sorted(directories):
        yield from _media_files(storage, f"{directory}/{child}" if directory else child)


def _modified(storage: Storage, name: str) -> float:
    with contextlib.suppress(NotImplementedError, OSError):
        return storage.get_modified_time(name).timestamp()
    return timezone.now().timestamp()


def _give_up_after(seconds: float):
    deadline = time.monotonic() + seconds

    def progress(status, remaining, total):
        if time.monotonic() > deadline:
            raise BackupError(f"The SQLite database stayed locked for {seconds} seconds; try again when it is quieter.")

    return progress


def _add_bytes(archive: tarfile.TarFile, name: str, content: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(content))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fresh_connection(connection: BaseDatabaseWrapper) -> BaseDatabaseWrapper:
    """A separate connection to the same database, outside whatever transaction `connection` is in."""
    return type(connection)(dict(connection.settings_dict), connection.alias)


def _pg_environment(settings_dict: dict) -> dict[str, str]:
    """libpq's environment for pg_dump and pg_restore: the password never appears on a command line."""
    environment = os.environ.copy()
    values = {
        "PGHOST": settings_dict.get("HOST"),
        "PGPORT": settings_dict.get("PORT"),
        "PGUSER": settings_dict.get("USER"),
        "PGPASSWORD": settings_dict.get("PASSWORD"),
        "PGDATABASE": settings_dict.get("NAME"),
    }
    options = settings_dict.get("OPTIONS") or {}
    for option, variable in (
        ("sslmode", "PGSSLMODE"),
        ("sslrootcert", "PGSSLROOTCERT"),
        ("sslcert", "PGSSLCERT"),
        ("sslkey", "PGSSLKEY"),
    ):
        values[variable] = options.get(option)
    environment.update({name: str(value) for name, value in values.items() if value})
    return environment


def _binary(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} was not found: install the PostgreSQL client tools (the server's version or newer).")
    return path

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from ern_learning.core.services.backups import DATABASE_FILES, BackupError, create_backup, read_manifest, restore_backup
from tests.factories.certificates import CertificateFactory, CompletedEnrolmentFactory
from tests.factories.courses import CourseIndexPageFactory, CoursePageFactory

AGENDA = b"Day 1: financial investigations. Day 2: digital evidence."


@pytest.fixture
def certificate(home_page, officer):
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home_page), title="Digital evidence basics")
    CompletedEnrolmentFactory(user=officer, course=course)
    return CertificateFactory(holder=officer, course=course)


@pytest.fixture
def agenda_file():
    return default_storage.save("documents/agenda-bangkok.txt", ContentFile(AGENDA))


def manage(*args: str, database_url: str, media_root: Path) -> subprocess.CompletedProcess:
    """Run manage.py against another database and media directory, as an operator restoring a backup would."""
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "tests.core.restore_settings",
        "ERN_TEST_MEDIA_ROOT": str(media_root),
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env=environment, capture_output=True, text=True, timeout=600
    )


def lookup_code(code: str, *, database_url: str, media_root: Path) -> str:
    script = (
        "from courses.selectors.certificates import certificate_by_code; "
        f"c = certificate_by_code({code!r}); print(c.holder_name if c else 'missing', c.status if c else '')"
    )
    result = manage("shell", "--no-imports", "-c", script, database_url=database_url, media_root=media_root)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


# --- SQLite ------------------------------------------------------------------------------------


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite round trip")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_and_restore_round_trip_on_sqlite(tmp_path, certificate, agenda_file):
    archive = tmp_path / "backup.tar.gz"
    restored_db, restored_media = tmp_path / "restored.sqlite3", tmp_path / "restored-media"
    output = io.StringIO()

    call_command("backup", "--output", str(archive), stdout=output)
    result = manage("restore", str(archive), database_url=f"sqlite:///{restored_db}", media_root=restored_media)

    manifest = read_manifest(archive)
    assert output.getvalue().startswith(f"Backup written to {archive}: sqlite database (")
    assert result.returncode == 0, result.stderr
    assert "every count matches the manifest" in result.stdout
    assert "run `python manage.py migrate` next" not in result.stdout
    with sqlite3.connect(restored_db) as restored:
        users = restored.execute("SELECT email FROM accounts_user").fetchall()
        certificates = restored.execute("SELECT COUNT(*) FROM courses_certificate").fetchone()[0]
    assert users == [(certificate.holder.email,)]
    assert certificates == manifest["counts"]["courses.Certificate"] == 1
    assert manifest["counts"]["accounts.User"] == 1
    assert (restored_media / agenda_file).read_bytes() == AGENDA
    assert lookup_code(certificate.display_code, database_url=f"sqlite:///{restored_db}", media_root=restored_media) == (
        f"{certificate.holder_name} valid"
    )
    with tarfile.open(archive, "r:gz") as contents:
        assert sorted(contents.getnames()) == ["database.sqlite3", "manifest.json", f"media/{agenda_file}"]
    assert manifest["format"] == 1
    assert manifest["database"]["vendor"] == "sqlite"
    assert manifest["versions"]["wagtail"].startswith("8.")
    assert manifest["versions"]["django"].startswith("5.2")
    assert "0004_outbound_email" in manifest["migrations"]["core"]
    assert manifest["counts"]["courses.Enrolment"] == 1
    assert manifest["media"] == {"files": 1, "bytes": len(AGENDA)}
    assert oct(archive.stat().st_mode & 0o777) == "0o600"

    media_in_the_way = manage(
        "restore", str(archive), database_url=f"sqlite:///{tmp_path / 'empty.sqlite3'}", media_root=restored_media
    )
    assert media_in_the_way.returncode == 1
    assert "1 media files already exist (for example documents/agenda-bangkok.txt)" in media_in_the_way.stderr


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
@pytest.mark.django_db
def test_backup_of_sqlite_inside_a_transaction_is_refused(tmp_path):
    with pytest.raises(BackupError, match="outside a database transaction"):
        create_backup(output=tmp_path / "backup.tar.gz")

    assert not (tmp_path / "backup.tar.gz").exists()


# --- Refusals: checked before anything is written ------------------------------------------------


def build_archive(path: Path, *, dump: bytes = b"a database dump", media=None, **manifest_changes) -> Path:
    """A hand-made archive in the backup format, to test what restore refuses."""
    media = media or {}
    database_file = DATABASE_FILES[connection.vendor]
    manifest = {
        "format": 1,
        "created_at": "2026-05-15T03:00:00+00:00",
        "versions": {},
        "database": {
            "vendor": connection.vendor,
            "file": database_file,
            "size": len(dump),
            "sha256": hashlib.sha256(dump).hexdigest(),
        },
        "migrations": {"core": ["0001_initial"]},
        "counts": {},
        "media": {"files": len(media), "bytes": sum(len(content) for content in media.values())},
    }
    for key, value in manifest_changes.items():
        manifest[key] = manifest[key] | value if isinstance(value, dict) else value
    with tarfile.open(path, "w:gz") as archive:
        for name, content in [("manifest.json", json.dumps(manifest).encode()), (database_file, dump), *media.items()]:
            info = tarfile.TarInfo(name)
            info.size = len(content)
            archive.addfile(info, io.BytesIO(content))
    return path


@pytest.mark.django_db
def test_restore_into_a_database_with_data_is_refused(tmp_path, officer):
    archive = build_archive(tmp_path / "backup.tar.gz")

    with pytest.raises(CommandError, match=r"^The target database already holds \d+ tables\. Restore into an empty database"):
        call_command("restore", str(archive))

    assert type(officer).objects.filter(pk=officer.pk).exists()


@pytest.mark.django_db
def test_restore_of_a_damaged_database_is_refused(tmp_path, officer):
    archive = build_archive(tmp_path / "damaged.tar.gz", database={"sha256": "0" * 64})

    with pytest.raises(BackupError, match="checksum does not match"):
        restore_backup(archive, force=True)

    assert type(officer).objects.filter(pk=officer.pk).exists()


@pytest.mark.django_db
def test_restore_of_an_archive_escaping_the_media_storage_is_refused(tmp_path, officer):
    archive = build_archive(tmp_path / "hostile.tar.gz", media={"media/../../outside.txt": b"overwritten"})

    with pytest.raises(BackupError, match=r"unsafe entry: media/\.\./\.\./outside\.txt"):
        restore_backup(archive, force=True)

    assert not (tmp_path / "outside.txt").exists()
    assert type(officer).objects.filter(pk=officer.pk).exists()


@pytest.mark.django_db
def test_restore_from_a_newer_version_is_refused(tmp_path):
    archive = build_archive(tmp_path / "newer.tar.gz", migrations={"core": ["0001_initial", "9999_from_the_future"]})

    with pytest.raises(
        BackupError, match=r"newer version of ERN Learning \(migrations unknown here: core\.9999_from_the_future\)"
    ):
        restore_backup(archive)


@pytest.mark.django_db
def test_restore_from_another_database_vendor_is_refused(tmp_path):
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    archive = build_archive(tmp_path / "other.tar.gz", database={"vendor": other})

    with pytest.raises(BackupError, match=f"This archive holds a {other} database; the target is {connection.vendor}."):
        restore_backup(archive, force=True)


def test_restore_of_something_else_is_refused(tmp_path):
    not_a_backup = tmp_path / "photos.tar.gz"
    with tarfile.open(not_a_backup, "w:gz") as archive:
        archive.addfile(tarfile.TarInfo("photo.jpg"), io.BytesIO(b""))

    with pytest.raises(BackupError, match="is not an ERN Learning backup archive"):
        read_manifest(not_a_backup)


# --- PostgreSQL --------------------------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_backup_and_restore_round_trip_on_postgresql(tmp_path, certificate, agenda_file, other_officer):
    import psycopg
    from psycopg import sql

    source = connection.settings_dict
    target_name = f"{source['NAME']}_restore"
    admin_url = psycopg.conninfo.make_conninfo(
        dbname="postgres",
        host=source["HOST"] or None,
        port=source["PORT"] or None,
        user=source["USER"] or None,
        password=source["PASSWORD"] or None,
    )
    target_url = (
        f"postgres://{source['USER']}:{source['PASSWORD']}@{source['HOST'] or '127.0.0.1'}:{source['PORT'] or 5432}/{target_name}"
    )
    archive = tmp_path / "backup.tar.gz"
    restored_media = tmp_path / "restored-media"

    manifest = create_backup(output=archive)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(target_name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(target_name)))
    try:
        result = manage("restore", str(archive), database_url=target_url, media_root=restored_media)
        assert result.returncode == 0, result.stderr

        with psycopg.connect(target_url) as restored:
            users = restored.execute("SELECT email FROM accounts_user ORDER BY id").fetchall()
            restored_counts = {
                label: restored.execute(sql.SQL("SELECT COUNT(*) FROM {}").format(sql.Identifier(table))).fetchone()[0]
                for label, table in (
                    ("accounts.User", "accounts_user"),
                    ("courses.Certificate", "courses_certificate"),
                    ("wagtailcore.Page", "wagtailcore_page"),
                )
            }
        assert users == [(certificate.holder.email,), (other_officer.email,)]
        assert restored_counts == {label: manifest["counts"][label] for label in restored_counts}
        assert restored_counts["courses.Certificate"] == 1
        assert (restored_media / agenda_file).read_bytes() == AGENDA
        assert lookup_code(certificate.display_code.lower(), database_url=target_url, media_root=restored_media) == (
            f"{certificate.holder_name} valid"
        )

        again = manage("restore", str(archive), database_url=target_url, media_root=tmp_path / "more-media")
        assert again.returncode == 1
        assert "already holds" in again.stderr
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(target_name)))

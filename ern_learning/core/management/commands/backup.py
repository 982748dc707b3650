from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ern_learning.core.services.backups import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Write the database and the media files to one archive (tar.gz) with a manifest. "
        "The archive holds personal data: keep it encrypted and off the server."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", "-o", type=Path, help="Where to write the archive (default: var/backups/ern-learning-<time>.tar.gz)."
        )

    def handle(self, *args, **options):
        try:
            manifest = create_backup(output=options["output"])
        except BackupError as error:
            raise CommandError(str(error))
        rows = sum(manifest["counts"].values())
        media = manifest["media"]
        self.stdout.write(
            f"Backup written to {manifest['path']}: {manifest['database']['vendor']} database "
            f"({rows} rows in {len(manifest['counts'])} tables), {media['files']} media files ({media['bytes']} bytes)."
        )

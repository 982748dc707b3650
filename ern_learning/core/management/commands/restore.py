from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ern_learning.core.services.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Bring an archive written by `backup` back into an EMPTY database (and the media storage), then "
        "check every table holds as many rows as when the backup was made."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="The .tar.gz written by `manage.py backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace whatever the target database and media storage hold (their tables are dropped first).",
        )

    def handle(self, *args, **options):
        try:
            report = restore_backup(options["archive"], force=options["force"])
        except BackupError as error:
            raise CommandError(str(error))
        self.stdout.write(
            f"Restored the backup of {report.manifest['created_at']}: {sum(report.counts.values())} rows in "
            f"{len(report.counts)} tables, {report.media_files} media files; every count matches the manifest."
        )
        if report.pending_migrations:
            self.stdout.write(
                f"This version has {len(report.pending_migrations)} migration(s) the backup predates: "
                "run `python manage.py migrate` next."
            )

from django.core.management.base import BaseCommand

from ern_learning.core.services.mail import retry_failed_emails


class Command(BaseCommand):
    help = "Send again the e-mails that failed (and those stuck in the queue). Messages already sent are never sent twice."

    def add_arguments(self, parser):
        parser.add_argument(
            "--due",
            action="store_true",
            help="Only failed messages whose automatic retry is due: for a periodic job (cron, systemd timer).",
        )

    def handle(self, *args, **options):
        count = retry_failed_emails(due_only=options["due"])
        self.stdout.write(f"{count} e-mail(s) queued again.")

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "E-mail holders whose certificates expire soon (once per certificate). Run daily, e.g. from cron."

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="Queue the work for the background worker instead.")

    def handle(self, *args, enqueue: bool = False, **options):
        if enqueue:
            from courses.tasks import send_certificate_expiry_reminders

            result = send_certificate_expiry_reminders.enqueue()
            self.stdout.write(f"Queued ({result.id}).")
            return
        from courses.services.certificates import send_expiry_reminders

        sent = send_expiry_reminders()
        self.stdout.write(self.style.SUCCESS(f"Sent {sent} expiry reminder(s)."))

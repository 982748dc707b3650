from django.core.management.base import BaseCommand

from meetings.services.notifications import reminder_hours, send_meeting_reminders


class Command(BaseCommand):
    help = "E-mail approved participants of meetings that start within N hours; each person is reminded once per meeting."

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int, default=None, help=f"Look this many hours ahead (default {reminder_hours()}).")

    def handle(self, *args, hours=None, **options):
        queued = send_meeting_reminders(hours=hours)
        self.stdout.write(self.style.SUCCESS(f"{queued} reminder(s) queued."))

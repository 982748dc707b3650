from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from ern_learning.accounts.demo import DEMO_PASSWORD, DEMO_PEOPLE, seed_people
from ern_learning.core.demo import seed_home_page

# Each domain adds its own demo here, in dependency order; every step is idempotent.
DEMO_STEPS = [
    "courses.demo.seed_courses",
    "courses.certificate_demo.seed_certificates",
    "meetings.demo.seed_meetings",
    "ern_learning.reports.demo.seed_report_activity",
]


class Command(BaseCommand):
    help = "Build the demo: people for each role, the home page, courses, meetings and certificates (safe to run twice)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Run even where demo data is not allowed.")

    def handle(self, *args, force: bool = False, **options):
        if not (settings.DEBUG or getattr(settings, "DEMO_DATA_ALLOWED", False)) and not force:
            raise CommandError(
                "Demo accounts have a published password: run seed_demo only with the development settings (or --force)."
            )
        from django.utils.module_loading import import_string

        with transaction.atomic():
            people = seed_people()
            home = seed_home_page()
            summaries = []
            for dotted_path in DEMO_STEPS:
                summaries.extend(import_string(dotted_path)(people=people, home=home))
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
        for line in summaries:
            self.stdout.write(f"  {line}")
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        for person in DEMO_PEOPLE:
            roles = ", ".join(str(role) for role in person.get("roles", ("Officer",))) or "pending applicant"
            self.stdout.write(f"  {person['email']:<28} {roles}")

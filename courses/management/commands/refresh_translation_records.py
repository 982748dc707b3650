from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Recompute every page's translation records under the current rules, after an upgrade changed what counts "
        "as translated. Up-to-date translations stay up to date and outdated ones stay outdated. Safe to run again."
    )

    def handle(self, *args, **options):
        from courses.services.translations import refresh_all_translation_records

        count = refresh_all_translation_records()
        self.stdout.write(self.style.SUCCESS(f"Refreshed the translation records of {count} page(s)."))

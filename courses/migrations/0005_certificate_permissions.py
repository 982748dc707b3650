"""Who manages certificates in the admin: authors and reviewers (courses), organisers (meetings),
administrators (everything, and the certificate settings)."""

from django.db import migrations

from ern_learning.accounts.migrations._permissions import permission_migration

TEMPLATES = [("courses", f"{action}_certificatetemplate") for action in ("add", "change", "view")]
CERTIFICATES = [("courses", "view_certificate"), ("courses", "change_certificate")]
BULK_JOBS = [("courses", "add_bulkcertificatejob"), ("courses", "view_bulkcertificatejob")]
PERMISSIONS = {
    "Administrator": TEMPLATES + CERTIFICATES + BULK_JOBS
    + [("courses", "delete_certificatetemplate"), ("courses", "change_certificatesettings")],
    "Author": TEMPLATES + CERTIFICATES + BULK_JOBS,
    "Reviewer": TEMPLATES + CERTIFICATES + BULK_JOBS,
    "Organizer": CERTIFICATES + BULK_JOBS,
}


class Migration(migrations.Migration):
    dependencies = [("courses", "0004_certificates"), ("accounts", "0002_roles")]

    operations = [permission_migration(PERMISSIONS)]

"""Who manages certificates in the admin: authors and reviewers (courses), organisers (meetings),
administrators (everything, and the certificate settings)."""

from django.db import migrations

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


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("courses")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in permissions:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, permissions in PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            for app_label, codename in permissions:
                group.permissions.remove(*Permission.objects.filter(content_type__app_label=app_label, codename=codename))


class Migration(migrations.Migration):
    dependencies = [("courses", "0004_certificates"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(grant, revoke)]

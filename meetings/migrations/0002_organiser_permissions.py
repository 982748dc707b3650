"""Organisers (and administrators) manage registrations and attendance; nobody else sees them in the admin."""

from django.db import migrations

MEETING_PERMISSIONS = [
    ("meetings", "view_registration"),
    ("meetings", "change_registration"),
    ("meetings", "view_registrationstatuschange"),
    ("meetings", "view_attendancerecord"),
    ("meetings", "add_attendancerecord"),
    ("meetings", "change_attendancerecord"),
    ("meetings", "view_meetingstate"),
    ("meetings", "change_meetingstate"),
]
GROUPS = ["Organizer", "Administrator"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("meetings")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename) for app_label, codename in MEETING_PERMISSIONS
    ]
    for name in GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="meetings")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

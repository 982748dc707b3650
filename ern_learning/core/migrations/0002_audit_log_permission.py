"""Administrators read the audit log; nobody may edit it."""

from django.db import migrations


def grant(apps, schema_editor):
    from ern_learning.accounts.migrations._permissions import ensure_permissions

    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view = Permission.objects.get(content_type__app_label="core", codename="view_auditevent")
    Group.objects.get(name="Administrator").permissions.add(view)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view = Permission.objects.filter(content_type__app_label="core", codename="view_auditevent")
    Group.objects.get(name="Administrator").permissions.remove(*view)


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(grant, revoke)]

"""Administrators see outgoing e-mails and retry failed ones; nobody edits them."""

from django.db import migrations

CODENAMES = ["view_outboundemail", "retry_outboundemail"]


def grant(apps, schema_editor):
    from ern_learning.accounts.migrations._permissions import ensure_permissions

    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="core", codename__in=CODENAMES)
    Group.objects.get(name="Administrator").permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="core", codename__in=CODENAMES)
    Group.objects.get(name="Administrator").permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("core", "0004_outbound_email"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(grant, revoke)]

"""Focal points vet their own country's applicants on the site; the admin's user list would show every country."""

from django.db import migrations


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view_user = Permission.objects.filter(content_type__app_label="accounts", codename="view_user")
    for group in Group.objects.filter(name="Country focal point"):
        group.permissions.remove(*view_user)


def restore(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view_user = Permission.objects.filter(content_type__app_label="accounts", codename="view_user")
    for group in Group.objects.filter(name="Country focal point"):
        group.permissions.add(*view_user)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_roles")]

    operations = [migrations.RunPython(revoke, restore)]

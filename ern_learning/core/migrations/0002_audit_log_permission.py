"""Administrators read the audit log; nobody may edit it."""

from django.db import migrations

from ern_learning.accounts.migrations._permissions import permission_migration


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial"), ("accounts", "0002_roles")]

    operations = [permission_migration({"Administrator": [("core", "view_auditevent")]})]

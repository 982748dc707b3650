"""Administrators see outgoing e-mails and retry failed ones; nobody edits them."""

from django.db import migrations

from ern_learning.accounts.migrations._permissions import permission_migration

CODENAMES = ["view_outboundemail", "retry_outboundemail"]


class Migration(migrations.Migration):
    dependencies = [("core", "0004_outbound_email"), ("accounts", "0002_roles")]

    operations = [permission_migration({"Administrator": [("core", codename) for codename in CODENAMES]})]

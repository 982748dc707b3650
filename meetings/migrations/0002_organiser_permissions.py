"""Organisers (and administrators) manage registrations and attendance; nobody else sees them in the admin."""

from django.db import migrations

from ern_learning.accounts.migrations._permissions import permission_migration

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


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0001_initial"),
        ("accounts", "0002_roles"),
    ]

    operations = [permission_migration({group: MEETING_PERMISSIONS for group in GROUPS})]

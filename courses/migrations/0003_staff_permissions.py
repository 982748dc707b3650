"""Let staff read learners' records, and authors and reviewers keep the topic list."""

from django.db import migrations

VIEW_RECORDS = [("courses", "view_enrolment"), ("courses", "view_lessoncompletion"), ("courses", "view_quizattempt")]
EDIT_TOPICS = [("courses", "add_topic"), ("courses", "change_topic"), ("courses", "view_topic")]
PERMISSIONS = {
    "Administrator": VIEW_RECORDS + EDIT_TOPICS + [("courses", "delete_topic")],
    "Author": VIEW_RECORDS + EDIT_TOPICS,
    "Reviewer": VIEW_RECORDS + EDIT_TOPICS,
    "Country focal point": VIEW_RECORDS,
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
    dependencies = [("courses", "0002_review_workflow"), ("accounts", "0002_roles")]

    operations = [migrations.RunPython(grant, revoke)]

"""Let staff read learners' records, and authors and reviewers keep the topic list."""

from django.db import migrations

from ern_learning.accounts.migrations._permissions import permission_migration

VIEW_RECORDS = [("courses", "view_enrolment"), ("courses", "view_lessoncompletion"), ("courses", "view_quizattempt")]
EDIT_TOPICS = [("courses", "add_topic"), ("courses", "change_topic"), ("courses", "view_topic")]
PERMISSIONS = {
    "Administrator": VIEW_RECORDS + EDIT_TOPICS + [("courses", "delete_topic")],
    "Author": VIEW_RECORDS + EDIT_TOPICS,
    "Reviewer": VIEW_RECORDS + EDIT_TOPICS,
    "Country focal point": VIEW_RECORDS,
}


class Migration(migrations.Migration):
    dependencies = [("courses", "0002_review_workflow"), ("accounts", "0002_roles")]

    operations = [permission_migration(PERMISSIONS)]

"""Authors submit, Reviewers approve and publish; Authors cannot publish by themselves."""

import pytest
from django.urls import reverse
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from ern_learning.languages import LANGUAGE_CODES
from tests.factories.courses import LessonPageFactory

pytestmark = pytest.mark.django_db


def lesson_form(title: str, action: str) -> dict:
    data = {
        "title_en": title,
        "slug": "first-response",
        "summary_en": "Seizing a phone.",
        "estimated_minutes": 20,
        "comments": inline_formset([]),
        action: "1",
    }
    for code in LANGUAGE_CODES:
        field = "body_ind" if code == "id" else f"body_{code}"
        items = [("paragraph", rich_text("<p>Keep it powered on.</p>"))] if code == "en" else []
        data[field] = streamfield(items)
    return nested_form_data(data)


@pytest.fixture
def draft_lesson(course):
    return LessonPageFactory(parent=course, title="First response", slug="first-response", live=False)


def test_review_workflow_is_assigned_to_course_pages(draft_lesson):
    workflow = draft_lesson.get_workflow()

    assert workflow.name == "Review and publish"
    assert [task.name for task in workflow.tasks] == ["Reviewer approval"]
    assert [group.name for group in workflow.tasks[0].specific.groups.all()] == ["Reviewer"]


def test_author_cannot_publish(author, draft_lesson):
    assert draft_lesson.permissions_for_user(author).can_publish() is False


def test_author_publish_request_in_admin_leaves_the_page_unpublished(client, author, draft_lesson):
    client.force_login(author)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft_lesson.pk]), lesson_form("First response, revised", "action-publish")
    )

    assert response.status_code == 302
    draft_lesson.refresh_from_db()
    assert draft_lesson.live is False
    assert draft_lesson.get_latest_revision_as_object().title == "First response, revised"


def test_author_submits_and_reviewer_approval_publishes(client, author, reviewer, draft_lesson):
    client.force_login(author)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft_lesson.pk]), lesson_form("First response on scene", "action-submit")
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(object_id=str(draft_lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert LessonPage.objects.get(pk=draft_lesson.pk).live is False

    client.force_login(reviewer)
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[draft_lesson.pk, "approve", task_state.pk]), {"comment": ""}
    )

    assert response.status_code in (200, 302)
    published = LessonPage.objects.get(pk=draft_lesson.pk)
    assert published.live is True
    assert published.title == "First response on scene"
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_reviewer_can_publish(reviewer, draft_lesson):
    assert draft_lesson.permissions_for_user(reviewer).can_publish() is True

"""Authors submit, Reviewers approve and publish; Authors cannot publish by themselves; scheduled pages go live on time."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import CoursePage, LessonPage
from courses.selectors.catalog import PUBLIC_CACHE_VERSION_KEY
from ern_learning.languages import LANGUAGE_CODES
from tests.factories.courses import CoursePageFactory, LessonPageFactory

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


def approve_as(client, reviewer, page) -> None:
    client.force_login(reviewer)
    task_state = WorkflowState.objects.get(object_id=str(page.pk)).current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]), {"comment": ""}
    )
    assert response.status_code in (200, 302)
    client.logout()


def test_scheduled_course_goes_live_when_publish_scheduled_runs_after_its_time(client, author, reviewer, catalogue, monkeypatch):
    CoursePageFactory(parent=catalogue, title="Seizing phones")
    course = CoursePageFactory(parent=catalogue, title="Tracing crypto-assets", slug="tracing-crypto-assets", live=False)
    go_live_at = (timezone.now() + timedelta(hours=1)).replace(microsecond=0)
    course.go_live_at = go_live_at
    course.save_revision(user=author)
    course.get_workflow().start(course, author)
    approve_as(client, reviewer, course)
    scheduled = CoursePage.objects.get(pk=course.pk)
    scheduled_revision = scheduled.get_latest_revision()
    anonymous_before = client.get(catalogue.url).content.decode()
    version_before = cache.get(PUBLIC_CACHE_VERSION_KEY)

    call_command("publish_scheduled", stdout=StringIO())
    still_scheduled = CoursePage.objects.get(pk=course.pk)
    monkeypatch.setattr(timezone, "now", lambda: go_live_at + timedelta(minutes=5))  # the next cron run after go_live_at
    call_command("publish_scheduled", stdout=StringIO())

    published = CoursePage.objects.get(pk=course.pk)
    anonymous_after = client.get(catalogue.url).content.decode()
    assert scheduled.live is False
    assert scheduled_revision.approved_go_live_at == go_live_at
    assert "Seizing phones" in anonymous_before and "Tracing crypto-assets" not in anonymous_before
    assert still_scheduled.live is False
    assert published.live is True
    assert published.go_live_at == go_live_at
    assert published.get_latest_revision().approved_go_live_at is None
    assert cache.get(PUBLIC_CACHE_VERSION_KEY) != version_before
    assert "Seizing phones" in anonymous_after and "Tracing crypto-assets" in anonymous_after


def test_scheduled_lesson_submitted_by_author_stays_draft_until_publish_scheduled_runs(
    client, author, reviewer, draft_lesson, monkeypatch
):
    go_live_at = (timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    data = lesson_form("First response on scene", "action-submit")
    data["go_live_at"] = timezone.localtime(go_live_at).strftime("%Y-%m-%d %H:%M")
    client.force_login(author)
    client.post(reverse("wagtailadmin_pages:edit", args=[draft_lesson.pk]), data)
    client.logout()
    approve_as(client, reviewer, draft_lesson)
    approved = LessonPage.objects.get(pk=draft_lesson.pk)
    approved_revision = approved.get_latest_revision()

    monkeypatch.setattr(timezone, "now", lambda: go_live_at + timedelta(minutes=5))
    call_command("publish_scheduled", stdout=StringIO())

    published = LessonPage.objects.get(pk=draft_lesson.pk)
    assert approved.live is False
    assert approved_revision.approved_go_live_at == go_live_at
    assert published.live is True
    assert published.title == "First response on scene"

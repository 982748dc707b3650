import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from courses.models import Certificate
from courses.services.certificates import certificate_content, ensure_certificate_pdf, issue_meeting_certificate
from tests.factories.meetings import MeetingIndexPageFactory, MeetingPageFactory


@pytest.fixture
def meeting(home_page):
    index = MeetingIndexPageFactory(parent=home_page)
    return MeetingPageFactory(parent=index, title="Capacity-building session: digital evidence")


@pytest.fixture
def attended(khmer_officer, meeting):
    return issue_meeting_certificate(khmer_officer, meeting)


def test_issue_meeting_certificate_once(attended, khmer_officer, meeting):
    again = issue_meeting_certificate(khmer_officer, meeting)

    assert again.pk == attended.pk
    assert (attended.meeting, attended.course, attended.language) == (meeting, None, "km")
    assert attended.title_english == "Capacity-building session: digital evidence"
    assert Certificate.objects.count() == 1


def test_certificate_database_refuses_course_and_meeting_together(attended, khmer_officer, course):
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.filter(pk=attended.pk).update(course=course)


def test_meeting_certificate_without_template_says_attendance(attended, pdf_facts):
    attended.bilingual = True

    content = certificate_content(attended)
    facts = pdf_facts(ensure_certificate_pdf(attended))

    assert content.texts[1].heading == "Certificate of attendance"
    assert content.texts[1].body_html == "<p>has attended</p>"
    assert "Capacity-building session: digital evidence" in facts.text
    assert facts.pages == 1


def test_verify_meeting_certificate_labels_it_a_meeting(client, attended):
    response = client.get(reverse("certificates:verify", kwargs={"code": attended.display_code}))

    content = response.content.decode()
    assert "<dt>Meeting</dt>" in content
    assert "Capacity-building session: digital evidence" in content


@pytest.mark.parametrize(("role", "status"), [("organizer", 200), ("administrator", 200), ("author", 404), ("reviewer", 404)])
def test_download_meeting_certificate_by_staff_depends_on_role(client, attended, request, role, status):
    client.force_login(request.getfixturevalue(role))

    assert client.get(reverse("certificates:download", kwargs={"pk": attended.pk})).status_code == status

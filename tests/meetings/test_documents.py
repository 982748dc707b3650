import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from meetings.models import MeetingDocument
from meetings.services.registrations import register_attendee
from tests.factories.accounts import OfficerFactory


@pytest.fixture
def agenda(meeting):
    document = Document.objects.create(title="Agenda", file=ContentFile(b"%PDF-1.4 agenda", name="agenda.pdf"))
    MeetingDocument.objects.create(meeting=meeting, document=document, kind="agenda")
    return document


def download(client, document):
    return client.get(document.url, follow=True)


def test_meeting_document_for_an_approved_participant(client, meeting, officer, agenda):
    register_attendee(meeting, user=officer)
    client.force_login(officer)

    response = download(client, agenda)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 agenda"


def test_meeting_document_for_a_waitlisted_person_is_not_found(client, make_meeting, officer):
    meeting = make_meeting(capacity=1)
    document = Document.objects.create(title="Minutes", file=ContentFile(b"minutes", name="minutes.pdf"))
    MeetingDocument.objects.create(meeting=meeting, document=document, kind="minutes")
    register_attendee(meeting, user=OfficerFactory())
    register_attendee(meeting, user=officer)
    client.force_login(officer)

    assert download(client, document).status_code == 404


def test_meeting_document_for_another_officer_is_not_found(client, meeting, officer, other_officer, agenda):
    register_attendee(meeting, user=officer)
    client.force_login(other_officer)

    assert download(client, agenda).status_code == 404


def test_meeting_document_for_a_focal_point_of_another_country_is_not_found(client, meeting, officer, thai_focal_point, agenda):
    register_attendee(meeting, user=officer)
    client.force_login(thai_focal_point)

    assert download(client, agenda).status_code == 404


def test_meeting_document_for_an_organiser(client, organizer, agenda):
    client.force_login(organizer)

    assert download(client, agenda).status_code == 200


def test_meeting_document_for_anonymous_visitors_is_not_found(client, agenda):
    assert download(client, agenda).status_code == 404


def test_documents_of_no_meeting_are_left_alone(client, db):
    leaflet = Document.objects.create(title="Leaflet", file=ContentFile(b"public", name="leaflet.pdf"))

    assert download(client, leaflet).status_code == 200


def test_meeting_page_lists_documents_for_approved_participants(client, meeting, officer, agenda):
    register_attendee(meeting, user=officer)
    client.force_login(officer)

    response = client.get(meeting.url)

    assert [item.document for item in response.context["documents"]] == [agenda]
    assert agenda.url in response.content.decode()

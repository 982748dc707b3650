import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

Document = get_document_model()


def document_form(name: str, content: bytes):
    form_class = get_document_form(Document)
    return form_class(
        data={"title": name, "collection": Collection.get_first_root_node().pk},
        files={"file": SimpleUploadedFile(name, content)},
    )


@pytest.mark.parametrize("name", ["drawing.svg", "page.html", "script.js", "tool.exe"])
def test_dangerous_document_types_are_refused(name):
    form = document_form(name, b"<svg onload=alert(1)>")

    assert not form.is_valid()
    assert "file" in form.errors


def test_pdf_document_is_accepted():
    assert document_form("agenda.pdf", b"%PDF-1.4 test").is_valid()


def test_oversized_document_is_refused(settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    form = document_form("minutes.pdf", b"%PDF" + b"x" * 2048)

    assert not form.is_valid()


def make_document(collection: Collection) -> Document:
    document = Document(title="Minutes", collection=collection)
    document.file.save("minutes.pdf", SimpleUploadedFile("minutes.pdf", b"%PDF-1.4 minutes"))
    return document


def test_documents_download_as_attachments(client):
    document = make_document(Collection.get_first_root_node())

    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


def test_members_only_document_needs_a_member(client, officer):
    document = make_document(Collection.objects.get(name="Members only"))

    anonymous = client.get(document.url)
    client.force_login(officer)
    member = client.get(document.url)

    assert anonymous.status_code == 302
    assert "/accounts/login/" in anonymous["Location"]
    assert member.status_code == 200


def test_members_only_document_refused_to_pending_applicant(client, pending_user):
    document = make_document(Collection.objects.get(name="Members only"))
    client.force_login(pending_user)

    response = client.get(document.url)

    assert response.status_code in (302, 403)

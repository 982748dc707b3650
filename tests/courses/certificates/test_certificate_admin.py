import io
import zipfile

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from courses.models import BulkCertificateJob, BulkJobKind, BulkJobStatus, Certificate, CertificateStatus
from courses.services.certificates import revoke_certificate
from ern_learning.core.models import AuditEvent
from tests.factories.certificates import CertificateFactory, CompletedEnrolmentFactory


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


def test_certificate_admin_index_lists_and_filters(admin_client, issued, course_offered):
    CertificateFactory(course=course_offered, language="en", holder_name="Niran Srisuk")

    response = admin_client.get(reverse("certificate_admin:index"), {"language": "km"})

    content = response.content.decode()
    assert response.status_code == 200
    assert issued.display_code in content
    assert "Niran Srisuk" not in content


def test_certificate_admin_index_filters_by_status(admin_client, administrator, issued, course_offered):
    revoked = CertificateFactory(course=course_offered, holder_name="Revoked Holder")
    revoke_certificate(revoked, by=administrator, reason="Duplicate.")

    content = admin_client.get(reverse("certificate_admin:index"), {"status": "revoked"}).content.decode()

    assert "Revoked Holder" in content
    assert issued.display_code not in content


def test_certificate_admin_search_by_code(admin_client, issued, course_offered):
    CertificateFactory(course=course_offered, holder_name="Someone Else")

    content = admin_client.get(reverse("certificate_admin:index"), {"q": issued.code}).content.decode()

    assert "Sophea Sok" in content
    assert "Someone Else" not in content


@pytest.mark.parametrize("count", [1, 10])
def test_certificate_admin_index_query_count_does_not_grow(admin_client, course_offered, django_assert_num_queries, count):
    for _n in range(count):
        CertificateFactory(course=course_offered)
    admin_client.get(reverse("certificate_admin:index"))

    with django_assert_num_queries(14):
        admin_client.get(reverse("certificate_admin:index"))


@pytest.mark.parametrize("role", ["administrator", "author", "reviewer"])
def test_certificate_admin_inspect_by_course_staff_shows_it(client, issued, request, role):
    client.force_login(request.getfixturevalue(role))

    response = client.get(reverse("certificate_admin:inspect", args=[issued.pk]))

    assert response.status_code == 200
    assert "Sophea Sok" in response.content.decode()


def test_certificate_admin_inspect_by_organizer_is_not_found(client, issued, organizer):
    client.force_login(organizer)

    response = client.get(reverse("certificate_admin:inspect", args=[issued.pk]), follow=True)

    assert response.status_code == 404
    assert "Sophea" not in response.content.decode()


@pytest.mark.parametrize("role", ["officer", "focal_point"])
def test_certificate_admin_inspect_by_non_staff_is_refused(client, issued, request, role):
    client.force_login(request.getfixturevalue(role))

    response = client.get(reverse("certificate_admin:inspect", args=[issued.pk]))

    # Refused by the admin itself: a redirect to the dashboard, or 403 for people without admin access.
    assert response.status_code in (302, 403)
    assert "Sophea" not in response.content.decode()


def test_certificate_admin_inspect_anonymous_is_sent_to_sign_in(client, issued):
    response = client.get(reverse("certificate_admin:inspect", args=[issued.pk]))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_certificate_admin_organizer_does_not_see_course_certificates(client, organizer, issued):
    client.force_login(organizer)

    content = client.get(reverse("certificate_admin:index")).content.decode()

    assert issued.display_code not in content


def test_certificate_admin_revoke_with_reason(admin_client, administrator, issued):
    url = reverse("certificate_admin:revoke", args=[issued.pk])

    form_page = admin_client.get(url)
    response = admin_client.post(url, {"reason": "Identity could not be confirmed."})

    issued.refresh_from_db()
    assert form_page.status_code == 200
    assert response.status_code == 302
    assert (issued.status, issued.revocation_reason, issued.revoked_by) == (
        CertificateStatus.REVOKED,
        "Identity could not be confirmed.",
        administrator,
    )
    assert AuditEvent.objects.filter(action="certificate.revoked", actor=administrator).count() == 1


def test_certificate_admin_revoke_shows_revoked_on_public_verification_page(admin_client, issued):
    admin_client.post(reverse("certificate_admin:revoke", args=[issued.pk]), {"reason": "Identity could not be confirmed."})
    issued.refresh_from_db()
    revoked_on = timezone.localdate(issued.revoked_at)

    response = Client().get(f"/en/certificates/verify/{issued.display_code}/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "badge--revoked" in content
    assert (
        f"This certificate was revoked on {revoked_on:%B} {revoked_on.day}, {revoked_on.year}. It is no longer valid." in content
    )
    assert "Identity could not be confirmed." not in content
    assert "is valid" not in content


def test_certificate_admin_revoke_without_reason_shows_error(admin_client, issued):
    response = admin_client.post(reverse("certificate_admin:revoke", args=[issued.pk]), {"reason": ""})

    issued.refresh_from_db()
    assert response.status_code == 200
    assert issued.status == CertificateStatus.VALID
    assert "This field is required." in response.content.decode()


def test_certificate_admin_revoke_by_author(client, author, issued):
    client.force_login(author)

    response = client.post(reverse("certificate_admin:revoke", args=[issued.pk]), {"reason": "Cheated in the quiz."})

    issued.refresh_from_db()
    assert response.status_code == 302
    assert issued.status == CertificateStatus.REVOKED


@pytest.mark.parametrize("role", ["organizer", "focal_point", "officer"])
def test_certificate_admin_revoke_by_other_roles_changes_nothing(client, issued, request, role):
    client.force_login(request.getfixturevalue(role))

    response = client.post(reverse("certificate_admin:revoke", args=[issued.pk]), {"reason": "x"})

    issued.refresh_from_db()
    assert response.status_code in (302, 403)
    assert issued.status == CertificateStatus.VALID
    assert AuditEvent.objects.filter(action="certificate.revoked").count() == 0


def test_certificate_admin_reissue(admin_client, administrator, issued):
    revoke_certificate(issued, by=administrator, reason="Wrong name.")

    response = admin_client.post(reverse("certificate_admin:reissue", args=[issued.pk]))

    issued.refresh_from_db()
    assert response.status_code == 302
    assert (issued.status, issued.revision) == (CertificateStatus.VALID, 2)


def test_certificate_admin_has_no_add_edit_or_delete(admin_client, issued):
    # Wagtail answers a refused admin action by sending the user back to the dashboard.
    responses = [
        admin_client.get(reverse("certificate_admin:add")),
        admin_client.post(reverse("certificate_admin:edit", args=[issued.pk]), {"revocation_reason": "x"}),
        admin_client.post(reverse("certificate_admin:delete", args=[issued.pk])),
    ]

    issued.refresh_from_db()
    assert [(response.status_code, response["Location"]) for response in responses] == [(302, "/admin/")] * 3
    assert issued.revocation_reason == ""


# --- Bulk jobs ---------------------------------------------------------------------------------


def test_bulk_issue_from_admin_issues_missing_certificates(admin_client, course_offered, django_capture_on_commit_callbacks):
    enrolments = CompletedEnrolmentFactory.create_batch(3, course=course_offered)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("certificate_jobs:add"), {"course": course_offered.pk, "kind": BulkJobKind.ISSUE})

    job = BulkCertificateJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("certificate_jobs:inspect", args=[job.pk])
    assert (job.status, job.total, job.done, job.failed) == (BulkJobStatus.SUCCEEDED, 3, 3, 0)
    assert set(Certificate.objects.values_list("holder_id", flat=True)) == {enrolment.user_id for enrolment in enrolments}


def test_bulk_zip_from_admin_downloads_all_valid_certificates(
    admin_client, administrator, issued, course_offered, django_capture_on_commit_callbacks, pdf_facts
):
    second = CertificateFactory(course=course_offered, holder_name="Niran Srisuk")
    revoked = CertificateFactory(course=course_offered, holder_name="Revoked Holder")
    revoke_certificate(revoked, by=administrator, reason="Duplicate.")

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("certificate_jobs:add"), {"course": course_offered.pk, "kind": BulkJobKind.ZIP})
    job = BulkCertificateJob.objects.get()
    progress_page = admin_client.get(reverse("certificate_jobs:inspect", args=[job.pk]))
    download = admin_client.get(reverse("certificate_jobs:result", args=[job.pk]))

    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    assert (job.status, job.total, job.done) == (BulkJobStatus.SUCCEEDED, 2, 2)
    assert sorted(archive.namelist()) == sorted(
        [f"niran-srisuk-{second.display_code}.pdf", f"sophea-sok-{issued.display_code}.pdf"]
    )
    assert pdf_facts(archive.read(f"sophea-sok-{issued.display_code}.pdf")).pages == 1
    assert "2 done, 0 failed, of 2" in progress_page.content.decode()


@pytest.fixture
def zip_job(client, administrator, issued, course_offered, django_capture_on_commit_callbacks):
    """A finished ZIP job for the course, started by an administrator (the client is left signed out)."""
    client.force_login(administrator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("certificate_jobs:add"), {"course": course_offered.pk, "kind": BulkJobKind.ZIP})
    client.logout()
    return BulkCertificateJob.objects.get()


@pytest.mark.parametrize("role", ["administrator", "reviewer"])
def test_bulk_zip_result_by_course_staff_serves_the_stored_zip(client, zip_job, issued, request, role):
    client.force_login(request.getfixturevalue(role))

    response = client.get(reverse("certificate_jobs:result", args=[zip_job.pk]))

    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert response.status_code == 200
    assert archive.namelist() == [f"sophea-sok-{issued.display_code}.pdf"]
    slug = zip_job.course.slug[:20]
    assert response["Content-Disposition"] == f'attachment; filename="{slug}-certificates-{zip_job.pk}.zip"'


# Staff outside the course roles are answered "not found"; people without admin access are refused by the admin.
@pytest.mark.parametrize(("role", "follow", "statuses"), [("organizer", True, {404}), ("officer", False, {302, 403})])
def test_bulk_zip_result_by_others_is_refused(client, zip_job, request, role, follow, statuses):
    client.force_login(request.getfixturevalue(role))

    response = client.get(reverse("certificate_jobs:result", args=[zip_job.pk]), follow=follow)

    assert response.status_code in statuses
    assert not hasattr(response, "streaming_content")


def test_bulk_zip_result_anonymous_is_sent_to_sign_in(client, zip_job):
    response = client.get(reverse("certificate_jobs:result", args=[zip_job.pk]))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_bulk_job_pages_for_organizer_hide_course_jobs(
    client, organizer, administrator, course_offered, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.force_login(administrator)
        client.post(reverse("certificate_jobs:add"), {"course": course_offered.pk, "kind": BulkJobKind.ZIP})
    job = BulkCertificateJob.objects.get()
    client.force_login(organizer)

    assert client.get(reverse("certificate_jobs:inspect", args=[job.pk]), follow=True).status_code == 404
    assert client.get(reverse("certificate_jobs:result", args=[job.pk]), follow=True).status_code == 404


def test_bulk_job_start_by_organizer_for_a_course_is_refused(client, organizer, course_offered):
    client.force_login(organizer)

    response = client.post(reverse("certificate_jobs:add"), {"course": course_offered.pk, "kind": BulkJobKind.ZIP})

    assert response.status_code == 200
    assert "Your role does not cover these certificates." in response.content.decode()
    assert BulkCertificateJob.objects.count() == 0


def test_certificate_template_snippet_edit_form_has_every_language(admin_client, certificate_template):
    response = admin_client.get(reverse("wagtailsnippets_courses_certificatetemplate:edit", args=[certificate_template.pk]))

    content = response.content.decode()
    assert response.status_code == 200
    for column in ("heading_en", "heading_km", "heading_ind", "heading_th", "body_lo", "signatory_title_vi"):
        assert f'name="{column}"' in content

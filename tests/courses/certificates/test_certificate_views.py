import datetime

import pytest
from django.urls import reverse
from wagtail.models import Site

from courses.models import Certificate, CertificateSettings
from courses.services.certificates import revoke_certificate
from tests.factories.certificates import CertificateFactory


def verify_url(code: str) -> str:
    return reverse("certificates:verify", kwargs={"code": code})


def download_url(certificate: Certificate) -> str:
    return reverse("certificates:download", kwargs={"pk": certificate.pk})


# --- Verification ------------------------------------------------------------------------------


def test_verify_valid_certificate_shows_its_facts(client, issued):
    response = client.get(verify_url(issued.display_code))

    assert response.status_code == 200
    content = response.content.decode()
    assert "This certificate was issued by ERN Learning and is valid." in content
    assert "សុខ សុភា</span> (Sophea Sok)" in content
    assert "Digital evidence basics" in content
    assert "April 22, 2026" in content
    assert "Does not expire" in content
    assert response["Cache-Control"].startswith("max-age=0")


def test_verify_in_thai_shows_buddhist_year(client, issued):
    response = client.get(f"/th/certificates/verify/{issued.display_code}/")

    assert "22 เมษายน พ.ศ. 2569" in response.content.decode()


def test_verify_typed_code_in_any_case_without_hyphen_finds_it(client, issued):
    response = client.get(verify_url(issued.code.lower()))

    assert response.status_code == 200
    assert issued.display_code in response.content.decode()


def test_verify_revoked_certificate_says_so_without_the_reason(client, issued, administrator):
    revoke_certificate(issued, by=administrator, reason="Secret internal reason")
    # 20:00 UTC is already the next morning in Bangkok.
    Certificate.objects.filter(pk=issued.pk).update(revoked_at=datetime.datetime(2026, 5, 3, 20, 0, tzinfo=datetime.UTC))

    response = client.get(verify_url(issued.display_code))

    content = response.content.decode()
    assert response.status_code == 200
    assert "badge--revoked" in content
    assert "This certificate was revoked on May 4, 2026. It is no longer valid." in content
    assert "Secret internal reason" not in content
    assert "is valid" not in content


def test_verify_expired_certificate_says_so(client, issued):
    Certificate.objects.filter(pk=issued.pk).update(expires_on=datetime.date(2026, 5, 1))

    content = client.get(verify_url(issued.display_code)).content.decode()

    assert "This certificate expired on May 1, 2026." in content


def test_verify_unknown_code_is_not_found(client, issued):
    response = client.get(verify_url("ZZZZZ-ZZZZZ"))

    assert response.status_code == 404
    assert "No certificate has this verification code." in response.content.decode()
    assert "Sophea" not in response.content.decode()


@pytest.mark.parametrize("code", ["<script>alert(1)</script>", "x" * 500, "%00", "../../etc/passwd"])
def test_verify_malformed_code_is_not_found(client, issued, code):
    response = client.get(f"/en/certificates/verify/{code}/")

    assert response.status_code == 404
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_verify_masked_names_show_initials_only(client, issued):
    site_settings = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.mask_holder_names = True
    site_settings.save()

    content = client.get(verify_url(issued.display_code)).content.decode()

    assert "S. S." in content
    assert "Sophea" not in content
    assert "សុខ" not in content


def test_verify_too_many_lookups_are_refused(client, issued, settings):
    settings.CERTIFICATE_VERIFY_LIMITS = ((3, 60),)
    statuses = [client.get(verify_url("ZZZZZ-ZZZZZ")).status_code for _n in range(3)]

    response = client.get(verify_url(issued.display_code))

    assert statuses == [404, 404, 404]
    assert response.status_code == 429
    assert "Sophea" not in response.content.decode()
    assert "Too many certificates were checked from your connection." in response.content.decode()


def test_verify_form_with_typed_code_redirects_to_its_page(client, issued):
    response = client.get(reverse("certificates:verify_form"), {"code": issued.code.lower()})

    assert response.status_code == 302
    assert response["Location"] == verify_url(issued.display_code)


def test_verify_form_with_malformed_code_explains(client):
    response = client.get(reverse("certificates:verify_form"), {"code": "12345"})

    assert response.status_code == 200
    assert "A verification code has ten letters and digits, like 7K3QD-M9XWT." in response.content.decode()


def test_verify_form_without_code_shows_the_form(client):
    response = client.get(reverse("certificates:verify_form"))

    assert response.status_code == 200
    assert 'name="code"' in response.content.decode()


@pytest.mark.parametrize("others", [1, 10])
def test_verify_query_count_does_not_grow(client, issued, course_offered, django_assert_num_queries, others):
    for _n in range(others):
        CertificateFactory(course=course_offered)
    client.get(verify_url(issued.display_code))  # the site's certificate settings exist from the first visit on

    with django_assert_num_queries(3):
        client.get(verify_url(issued.display_code))


# --- My certificates ---------------------------------------------------------------------------


def test_my_certificates_lists_only_own(client, issued, khmer_officer, course_offered):
    CertificateFactory(course=course_offered, title="Someone else's course")
    client.force_login(khmer_officer)

    response = client.get(reverse("certificates:mine"))

    content = response.content.decode()
    assert response.status_code == 200
    assert "មូលដ្ឋានគ្រឹះនៃភស្តុតាងឌីជីថល" in content
    assert download_url(issued) in content
    assert "Someone else&#x27;s course" not in content
    assert '<option value="th">ไทย</option>' in content
    assert '<option value="lo">' not in content


def test_my_certificates_revoked_has_no_download(client, issued, khmer_officer, administrator):
    revoke_certificate(issued, by=administrator, reason="Duplicate.")
    client.force_login(khmer_officer)

    content = client.get(reverse("certificates:mine")).content.decode()

    assert "This certificate has been revoked and can no longer be downloaded." in content
    assert download_url(issued) not in content


def test_my_certificates_anonymous_is_sent_to_sign_in(client):
    response = client.get(reverse("certificates:mine"))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("count", [1, 10])
def test_my_certificates_query_count_does_not_grow(client, officer, catalogue, django_assert_num_queries, count):
    from tests.factories.courses import CoursePageFactory

    for _n in range(count):
        CertificateFactory(holder=officer, course=CoursePageFactory(parent=catalogue))
    client.force_login(officer)

    with django_assert_num_queries(4):
        response = client.get(reverse("certificates:mine"))

    assert response.content.decode().count("Download PDF") == count


# --- Downloads ---------------------------------------------------------------------------------


def test_download_by_holder_serves_pdf(client, issued, khmer_officer, pdf_facts):
    client.force_login(khmer_officer)

    response = client.get(download_url(issued))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="ERN-certificate-{issued.display_code}-km.pdf"'
    assert pdf_facts(response.content).pages == 1


def test_download_by_another_officer_is_not_found(client, issued, other_officer):
    client.force_login(other_officer)

    assert client.get(download_url(issued)).status_code == 404


def test_download_anonymous_is_sent_to_sign_in(client, issued):
    response = client.get(download_url(issued))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_download_unknown_id_is_not_found(client, officer):
    client.force_login(officer)

    assert client.get(reverse("certificates:download", kwargs={"pk": 999999})).status_code == 404


@pytest.mark.parametrize(
    ("role", "status"), [("administrator", 200), ("author", 200), ("reviewer", 200), ("organizer", 404), ("focal_point", 404)]
)
def test_download_by_staff_depends_on_role(client, issued, request, role, status):
    client.force_login(request.getfixturevalue(role))

    assert client.get(download_url(issued)).status_code == status


def test_download_revoked_by_holder_is_refused_with_message(client, issued, khmer_officer, administrator):
    revoke_certificate(issued, by=administrator, reason="Duplicate.")
    client.force_login(khmer_officer)

    response = client.get(download_url(issued), follow=True)

    assert response.redirect_chain == [(reverse("certificates:mine"), 302)]
    assert "This certificate has been revoked and can no longer be downloaded." in response.content.decode()


def test_download_revoked_by_administrator_serves_pdf(client, issued, administrator):
    revoke_certificate(issued, by=administrator, reason="Duplicate.")
    client.force_login(administrator)

    assert client.get(download_url(issued)).status_code == 200


def test_download_twice_renders_once(client, issued, khmer_officer):
    client.force_login(khmer_officer)
    first = client.get(download_url(issued)).content
    issued.refresh_from_db()
    rendered_at = issued.pdf_rendered_at

    second = client.get(download_url(issued)).content
    issued.refresh_from_db()

    assert second == first
    assert issued.pdf_rendered_at == rendered_at


def test_download_render_timeout_shows_try_again(client, issued, khmer_officer, settings):
    settings.CERTIFICATE_RENDER_TIMEOUT = 0.001
    client.force_login(khmer_officer)

    response = client.get(download_url(issued))

    assert response.status_code == 503
    assert "The certificate could not be produced just now." in response.content.decode()


# --- Language choice ---------------------------------------------------------------------------


def change_language_url(certificate: Certificate) -> str:
    return reverse("certificates:change_language", kwargs={"pk": certificate.pk})


def test_change_language_by_holder_switches_it(client, issued, khmer_officer):
    client.force_login(khmer_officer)
    prefix = f"certificate-{issued.pk}"

    response = client.post(change_language_url(issued), {f"{prefix}-language": "th", f"{prefix}-bilingual": "on"})

    issued.refresh_from_db()
    assert response.status_code == 302
    assert (issued.language, issued.bilingual) == ("th", True)


def test_change_language_not_offered_is_refused_with_message(client, issued, khmer_officer):
    client.force_login(khmer_officer)
    prefix = f"certificate-{issued.pk}"

    response = client.post(change_language_url(issued), {f"{prefix}-language": "lo"}, follow=True)

    issued.refresh_from_db()
    assert issued.language == "km"
    assert "Choose one of the languages this course is offered in." in response.content.decode()


def test_change_language_of_someone_elses_certificate_is_not_found(client, issued, other_officer):
    client.force_login(other_officer)

    response = client.post(change_language_url(issued), {f"certificate-{issued.pk}-language": "en"})

    issued.refresh_from_db()
    assert response.status_code == 404
    assert issued.language == "km"


def test_change_language_anonymous_is_sent_to_sign_in(client, issued):
    response = client.post(change_language_url(issued), {f"certificate-{issued.pk}-language": "en"})

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_change_language_by_get_is_not_allowed(client, issued, khmer_officer):
    client.force_login(khmer_officer)

    assert client.get(change_language_url(issued)).status_code == 405


def test_change_language_administrator_cannot_change_holders_choice(client, issued, administrator):
    client.force_login(administrator)

    response = client.post(change_language_url(issued), {f"certificate-{issued.pk}-language": "en"})

    assert response.status_code == 404

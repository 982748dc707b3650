import io

import pypdf
import pytest
from django.core.files.images import ImageFile
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Site

from courses.models import CertificateSettings
from courses.services.certificates import (
    certificate_content,
    change_certificate_language,
    ensure_certificate_pdf,
    issue_course_certificate,
    reissue_certificate,
    verification_url,
)
from tests.factories.accounts import OfficerFactory
from tests.factories.certificates import CertificateTemplateFactory, CompletedEnrolmentFactory


def png_image(title: str, colour: str) -> Image:
    buffer = io.BytesIO()
    PILImage.new("RGB", (240, 80), colour).save(buffer, format="PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"{title}.png"))


def test_verification_url_is_absolute_in_certificate_language(issued):
    assert verification_url(issued) == f"http://testserver/km/certificates/verify/{issued.display_code}/"


def test_ensure_certificate_pdf_khmer_certificate_reads_right(issued, pdf_facts):
    facts = pdf_facts(ensure_certificate_pdf(issued), decode_qr=True)

    assert facts.pages == 1
    assert facts.font_names == {"Noto-Sans-ERN", "Noto-Sans-ERN-Bold"}
    assert "Sophea Sok" in facts.text
    assert issued.display_code in facts.text
    assert "Olivia Reyes" in facts.text
    assert facts.qr_codes == [f"http://testserver/km/certificates/verify/{issued.display_code}/"]


def test_ensure_certificate_pdf_bilingual_thai_has_english_and_buddhist_year(issued, khmer_officer, pdf_facts):
    certificate = change_certificate_language(issued, language="th", bilingual=True, by=khmer_officer)

    facts = pdf_facts(ensure_certificate_pdf(certificate))

    assert "Certificate of completion" in facts.text
    assert "Digital evidence basics" in facts.text
    assert "Programme Coordinator, UNODC" in facts.text
    assert "พ.ศ. 2569" in facts.text
    assert "April 22, 2026" in facts.text


def test_ensure_certificate_pdf_is_stored_and_served_again_without_rendering(issued):
    first = ensure_certificate_pdf(issued)
    issued.refresh_from_db()
    stored_name, rendered_at = issued.pdf.name, issued.pdf_rendered_at

    second = ensure_certificate_pdf(issued)
    issued.refresh_from_db()

    assert second == first
    assert (issued.pdf.name, issued.pdf_rendered_at) == (stored_name, rendered_at)
    assert stored_name.startswith("certificates/")
    assert issued.code in stored_name


def test_reissue_certificate_renders_a_new_pdf_and_deletes_the_old(issued, administrator, django_capture_on_commit_callbacks):
    ensure_certificate_pdf(issued)
    issued.refresh_from_db()
    old_name, storage = issued.pdf.name, issued.pdf.storage

    with django_capture_on_commit_callbacks(execute=True):
        reissued = reissue_certificate(issued, by=administrator)
    ensure_certificate_pdf(reissued)
    reissued.refresh_from_db()

    assert reissued.pdf.name != old_name
    assert not storage.exists(old_name)
    assert storage.exists(reissued.pdf.name)


def test_certificate_content_without_template_uses_built_in_words(issued, course_offered):
    course_offered.certificate_template = None
    course_offered.save()
    issued.course.refresh_from_db()

    issued.bilingual = True

    content = certificate_content(issued)

    with translation.override("km"):
        khmer_heading = gettext("Certificate of completion")
    assert [text.heading for text in content.texts] == [khmer_heading, "Certificate of completion"]
    assert content.texts[1].body_html == "<p>has successfully completed the course</p>"
    assert [text.course_title for text in content.texts] == ["មូលដ្ឋានគ្រឹះនៃភស្តុតាងឌីជីថល", "Digital evidence basics"]


def test_certificate_content_falls_back_to_default_template_from_settings(issued, course_offered):
    default = CertificateTemplateFactory(heading_en="Default heading", heading_km="")
    site_settings = CertificateSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.default_template = default
    site_settings.save()
    course_offered.certificate_template = None
    course_offered.save()
    issued.course.refresh_from_db()

    content = certificate_content(issued)

    # No Khmer heading was written: the English one stands in.
    assert content.texts[0].heading == "Default heading"


def test_ensure_certificate_pdf_embeds_template_logo_and_signature(issued, certificate_template):
    certificate_template.logo = png_image("logo", "navy")
    certificate_template.signature_image = png_image("signature", "black")
    certificate_template.save()
    issued.course.certificate_template.refresh_from_db()

    content = certificate_content(issued)
    pdf = ensure_certificate_pdf(issued)

    # Flattened onto white as JPEG, which WeasyPrint embeds without re-encoding.
    assert content.logo_image.startswith(b"\xff\xd8\xff")
    assert content.signature_image.startswith(b"\xff\xd8\xff")
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    # Logo, signature and QR code.
    assert sorted((image.image.width, image.image.height) for image in page.images) == [(74, 74), (240, 80), (240, 80)]


@pytest.mark.parametrize(
    "body",
    [
        '<p>Done <img src="file:///etc/passwd"></p>',
        '<p><a href="http://169.254.169.254/latest/meta-data/">x</a><img src="http://127.0.0.1:8000/admin/"></p>',
        "<p><script>alert(1)</script><style>@import url(http://127.0.0.1/);</style></p>",
    ],
)
def test_ensure_certificate_pdf_hostile_template_fetches_nothing(issued, certificate_template, pdf_facts, body):
    certificate_template.body_km = body
    certificate_template.save()
    issued.course.certificate_template.refresh_from_db()

    facts = pdf_facts(ensure_certificate_pdf(issued))

    assert facts.pages == 1
    assert "root:" not in facts.text
    assert "alert" not in facts.text


def test_ensure_certificate_pdf_html_in_name_printed_as_text(course_offered, pdf_facts):
    holder = OfficerFactory(first_name='<img src="file:///etc/passwd">', last_name="<b>Bold</b>", preferred_language="en")
    CompletedEnrolmentFactory(user=holder, course=course_offered)

    facts = pdf_facts(ensure_certificate_pdf(issue_course_certificate(holder, course_offered)))

    assert '<img src="file:///etc/passwd"> <b>Bold</b>' in facts.text
    assert "root:" not in facts.text

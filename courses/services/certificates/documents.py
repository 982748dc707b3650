"""A certificate's printed form: its content, its verification URL and its stored PDF."""

import logging
import secrets

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _

from courses.models import Certificate, CertificateTemplate
from courses.rendering.certificate import CertificateContent, CertificateText, render_certificate
from courses.selectors.certificates import certificate_settings
from ern_learning.core.i18n import localized_field

logger = logging.getLogger(__name__)

# JPEG on white: WeasyPrint embeds JPEG data as it is, while it decodes and re-encodes every PNG.
LOGO_RENDITION = "max-800x300|bgcolor-ffffff|format-jpeg|jpegquality-92"
SIGNATURE_RENDITION = "max-600x200|bgcolor-ffffff|format-jpeg|jpegquality-92"
# Room for the folders `upload_to` adds within a FileField's 100 characters; Django would otherwise
# shorten the name from its end, where the random part is.
MAX_FILE_STEM_LENGTH = 40


def verification_url(certificate: Certificate) -> str:
    """The public page that confirms this certificate, in its language, as an absolute URL (the QR code's target)."""
    base = getattr(settings, "CERTIFICATE_BASE_URL", "") or settings.WAGTAILADMIN_BASE_URL
    with translation.override(certificate.language):
        path = reverse("certificates:verify", kwargs={"code": certificate.display_code})
    return base.rstrip("/") + path


def unguessable_file_name(stem: str, extension: str) -> str:
    """`stem` with a random part of 128 bits (22 URL-safe characters) added, so that a stored file's URL
    cannot be guessed wherever media files are served."""
    return f"{stem[:MAX_FILE_STEM_LENGTH]}-{secrets.token_urlsafe(16)}.{extension}"


def certificate_filename(certificate: Certificate) -> str:
    """The name a downloaded PDF is saved under."""
    suffix = "-en" if certificate.bilingual else ""
    return f"ERN-certificate-{certificate.display_code}-{certificate.language}{suffix}.pdf"


def template_for(certificate: Certificate) -> CertificateTemplate | None:
    """The course's own template, else the default one from the certificate settings, else none."""
    if certificate.course_id and certificate.course.certificate_template_id:
        return certificate.course.certificate_template
    site_settings = certificate_settings()
    return site_settings.default_template if site_settings is not None else None


def _translated(instance, field: str, language: str) -> str:
    for code in (language, "en"):
        value = getattr(instance, localized_field(field, code), "")
        if value:
            return value
    return ""


def _text(certificate: Certificate, template: CertificateTemplate | None, language: str) -> CertificateText:
    title = certificate.title if language == certificate.language else certificate.title_english
    if template is not None:
        return CertificateText(
            language=language,
            heading=_translated(template, "heading", language),
            body_html=_translated(template, "body", language),
            course_title=title,
            signatory_title=_translated(template, "signatory_title", language),
        )
    with translation.override(language):
        if certificate.meeting_id:
            heading, body = _("Certificate of attendance"), _("has attended")
        else:
            heading, body = _("Certificate of completion"), _("has successfully completed the course")
    return CertificateText(language=language, heading=heading, body_html=f"<p>{escape(body)}</p>", course_title=title)


def _image_bytes(image, spec: str) -> bytes | None:
    if image is None:
        return None
    try:
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as handle:
            return handle.read()
    except Exception:  # a missing or broken image leaves a gap, it does not stop the certificate
        logger.warning("Certificate image %s could not be read", image.pk, exc_info=True)
        return None


def certificate_content(certificate: Certificate) -> CertificateContent:
    """Everything the PDF shows, from the certificate's snapshots and its template."""
    template = template_for(certificate)
    languages = [certificate.language] + (["en"] if certificate.bilingual and certificate.language != "en" else [])
    return CertificateContent(
        texts=[_text(certificate, template, language) for language in languages],
        holder_name=certificate.holder_name,
        holder_native_name=certificate.holder_native_name,
        verification_code=certificate.display_code,
        verification_url=verification_url(certificate),
        issued_on=certificate.issued_on,
        expires_on=certificate.expires_on,
        signatory_name=template.signatory_name if template else "",
        signature_image=_image_bytes(template.signature_image, SIGNATURE_RENDITION) if template else None,
        logo_image=_image_bytes(template.logo, LOGO_RENDITION) if template else None,
        primary_colour=template.primary_colour if template else "",
        accent_colour=template.accent_colour if template else "",
    )


def _stored_pdf(certificate: Certificate) -> bytes | None:
    if not certificate.pdf:
        return None
    try:
        with certificate.pdf.open("rb") as handle:
            return handle.read()
    except OSError:
        logger.warning("Stored PDF of certificate %s is missing; rendering it again", certificate.pk)
        return None


def ensure_certificate_pdf(certificate: Certificate) -> bytes:
    """The certificate's PDF: the stored one, or rendered now (time-bounded) and stored for next time.
    Raises courses.rendering.pdf.RenderError when rendering fails."""
    stored = _stored_pdf(certificate)
    if stored is not None:
        return stored
    rendered = render_certificate(certificate_content(certificate))
    if rendered.pages != 1:
        logger.warning("Certificate %s rendered on %d pages", certificate.pk, rendered.pages)
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        unchanged = (locked.revision, locked.language, locked.bilingual) == (
            certificate.revision,
            certificate.language,
            certificate.bilingual,
        )
        if unchanged and not locked.pdf:
            name = unguessable_file_name(f"{locked.code}-{locked.revision}", "pdf")
            locked.pdf.save(name, ContentFile(rendered.content), save=False)
            locked.pdf_rendered_at = timezone.now()
            locked.save(update_fields=["pdf", "pdf_rendered_at"])
            certificate.pdf, certificate.pdf_rendered_at = locked.pdf, locked.pdf_rendered_at
    return rendered.content

"""Issuing exactly one certificate per person and course (or meeting), revoking and reissuing it."""

import calendar
import datetime

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import Certificate, CertificateStatus, CoursePage, Enrolment, new_verification_code
from courses.services.exceptions import ActionRefused
from ern_learning.core.i18n import localized_field
from ern_learning.core.services.audit import record_event
from ern_learning.languages import LANGUAGE_CODES

MAX_REASON_LENGTH = 1000


class CertificateRefused(ActionRefused):
    pass


def add_months(day: datetime.date, months: int) -> datetime.date:
    """`day` moved `months` calendar months on; the 31st becomes the month's last day when needed."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


def offered_languages(subject) -> list[str]:
    """The languages a certificate for this course (or meeting) can be printed in."""
    if isinstance(subject, CoursePage):
        languages = [code for code in (subject.languages or []) if code in LANGUAGE_CODES]
        return languages or ["en"]
    return list(LANGUAGE_CODES)


def default_language(user, subject) -> str:
    """The holder's own language when the course is offered in it, else English, else the first offered."""
    offered = offered_languages(subject)
    for language in (user.preferred_language, "en"):
        if language in offered:
            return language
    return offered[0]


def title_in(page, language: str) -> str:
    """A page's title in `language`, falling back to English when it was not translated."""
    for code in (language, "en"):
        value = getattr(page, localized_field("title", code), "")
        if value:
            return value
    return page.title


def _snapshot(certificate: Certificate, subject, *, holder, language: str) -> None:
    certificate.language = language
    certificate.holder_name = holder.latin_name[:310]
    certificate.holder_native_name = holder.native_name[:150]
    certificate.title = title_in(subject, language)[:255]
    certificate.title_english = title_in(subject, "en")[:255]


def _insert_once(certificate: Certificate, **identity) -> Certificate:
    """Save a new certificate unless one with this identity exists; concurrent callers get the same row."""
    for _attempt in range(5):
        try:
            with transaction.atomic():
                certificate.save(force_insert=True)
                record_event("certificate.issued", actor=certificate.holder, target=certificate)
            return certificate
        except IntegrityError:
            existing = Certificate.objects.filter(**identity).first()
            if existing is not None:
                return existing
            # Not the (holder, course) constraint: the random code itself collided. Draw another.
            certificate.pk = None
            certificate.code = new_verification_code()
    raise CertificateRefused(_("The certificate could not be issued. Please try again."), status=503)


def issue_course_certificate(user, course: CoursePage, *, language: str | None = None) -> Certificate:
    """Issue `user`'s certificate for a completed `course` once; later or concurrent calls return the same one."""
    existing = Certificate.objects.filter(holder=user, course=course).first()
    if existing is not None:
        return existing
    completed = (
        Enrolment.objects.filter(user=user, course=course, completed_at__isnull=False)
        .values_list("completed_at", flat=True)
        .first()
    )
    if completed is None:
        raise CertificateRefused(_("A certificate is issued once the course is completed."), status=409)
    if language is not None and language not in offered_languages(course):
        raise CertificateRefused(_("This course is not offered in that language."))
    certificate = Certificate(holder=user, course=course, issued_on=timezone.localdate(completed))
    _snapshot(certificate, course, holder=user, language=language or default_language(user, course))
    if course.certificate_validity_months:
        certificate.expires_on = add_months(certificate.issued_on, course.certificate_validity_months)
    return _insert_once(certificate, holder=user, course=course)


def issue_meeting_certificate(user, meeting, *, language: str | None = None) -> Certificate:
    """Issue `user`'s attendance certificate for `meeting` once (the caller checks attendance)."""
    existing = Certificate.objects.filter(holder=user, meeting=meeting).first()
    if existing is not None:
        return existing
    certificate = Certificate(holder=user, meeting=meeting, issued_on=timezone.localdate())
    _snapshot(certificate, meeting, holder=user, language=language or default_language(user, meeting))
    return _insert_once(certificate, holder=user, meeting=meeting)


def _forget_pdf(certificate: Certificate) -> None:
    """Drop the stored PDF (after commit, so a rollback keeps it); the next download renders anew."""
    if certificate.pdf:
        name, storage = certificate.pdf.name, certificate.pdf.storage
        transaction.on_commit(lambda: storage.delete(name))
    certificate.pdf = ""
    certificate.pdf_rendered_at = None


def revoke_certificate(certificate: Certificate, *, by, reason: str, request: HttpRequest | None = None) -> Certificate:
    """Mark the certificate revoked, with who, when and why; verification shows it as revoked from now on."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateRefused(_("Give the reason for revoking this certificate."))
    if len(reason) > MAX_REASON_LENGTH:
        raise CertificateRefused(_("Keep the reason under %(count)d characters.") % {"count": MAX_REASON_LENGTH})
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.status == CertificateStatus.REVOKED:
            raise CertificateRefused(_("This certificate is already revoked."), status=409)
        locked.status = CertificateStatus.REVOKED
        locked.revoked_at = timezone.now()
        locked.revoked_by = by
        locked.revocation_reason = reason
        locked.save(update_fields=["status", "revoked_at", "revoked_by", "revocation_reason"])
        record_event("certificate.revoked", actor=by, target=locked, request=request, details={"reason": reason})
    for field in ("status", "revoked_at", "revoked_by_id", "revocation_reason"):
        setattr(certificate, field, getattr(locked, field))
    return certificate


def reissue_certificate(certificate: Certificate, *, by, request: HttpRequest | None = None) -> Certificate:
    """Correct the certificate under the same code: names and title as they are now, valid again if it was
    revoked, a new revision, and a freshly rendered PDF on the next download.

    A reissue corrects the document, it does not renew it: the issue and expiry dates stay those of the first
    issue, and with them the expiry reminder (one already sent is not sent again, one not yet sent still goes
    out when it is due)."""
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().select_related("holder").get(pk=certificate.pk)
        subject = locked.subject
        was_revoked = locked.status == CertificateStatus.REVOKED
        _snapshot(locked, subject, holder=locked.holder, language=locked.language)
        locked.status = CertificateStatus.VALID
        locked.revoked_at = locked.revoked_by = None
        locked.revocation_reason = ""
        locked.revision += 1
        _forget_pdf(locked)
        locked.save()
        record_event(
            "certificate.reissued",
            actor=by,
            target=locked,
            request=request,
            details={"revision": locked.revision, "reinstated": was_revoked},
        )
    return locked


def change_certificate_language(
    certificate: Certificate, *, language: str, bilingual: bool, by, request: HttpRequest | None = None
) -> Certificate:
    """Print the holder's certificate in another language the course is offered in (optionally with English);
    the names printed stay those of the original issue."""
    if certificate.holder_id != by.pk:
        raise CertificateRefused(_("Only the holder can choose the language of a certificate."), status=404)
    if certificate.is_revoked:
        raise CertificateRefused(_("This certificate has been revoked."), status=409)
    subject = certificate.subject
    if language not in offered_languages(subject):
        raise CertificateRefused(_("This course is not offered in that language."))
    bilingual = bool(bilingual) and language != "en"
    if (language, bilingual) == (certificate.language, certificate.bilingual):
        return certificate
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        locked.language, locked.bilingual = language, bilingual
        locked.title = title_in(subject, language)[:255]
        _forget_pdf(locked)
        locked.save(update_fields=["language", "bilingual", "title", "pdf", "pdf_rendered_at"])
        record_event("certificate.language_changed", actor=by, target=locked, request=request, details={"language": language})
    return locked

"""Reads about certificates, each in a fixed number of queries however many there are."""

import datetime

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from courses.models import (
    BulkCertificateJob,
    Certificate,
    CertificateSettings,
    CertificateStatus,
    Enrolment,
    normalise_verification_code,
)
from ern_learning.accounts.roles import Role

# Staff who may read any certificate of a course, or of a meeting.
COURSE_CERTIFICATE_ROLES = (Role.ADMINISTRATOR, Role.AUTHOR, Role.REVIEWER)
MEETING_CERTIFICATE_ROLES = (Role.ADMINISTRATOR, Role.ORGANIZER)


def certificate_settings() -> CertificateSettings | None:
    """The certificate settings of the default site (created with their defaults on first use)."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return CertificateSettings.for_site(site) if site is not None else None


def certificate_by_code(typed_code: str) -> Certificate | None:
    """The certificate a typed verification code names (case, hyphens and look-alike letters forgiven)."""
    code = normalise_verification_code(typed_code)
    if code is None:
        return None
    return Certificate.objects.select_related("course", "meeting").filter(code=code).first()


def certificates_of(user) -> QuerySet[Certificate]:
    """A holder's own certificates, newest first, with their course or meeting."""
    return Certificate.objects.filter(holder=user).select_related("course", "meeting").order_by("-issued_on", "-pk")


def certificates_visible_to(user) -> QuerySet[Certificate]:
    """The certificates whose PDF `user` may download: their own, and those their staff role covers."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return Certificate.objects.none()
    visible = Q(holder=user)
    if user.has_role(*COURSE_CERTIFICATE_ROLES):
        visible |= Q(course__isnull=False)
    if user.has_role(*MEETING_CERTIFICATE_ROLES):
        visible |= Q(meeting__isnull=False)
    return Certificate.objects.filter(visible).select_related("course", "meeting", "holder")


def can_manage_certificate(user, certificate: Certificate) -> bool:
    """Whether `user`'s staff role covers this certificate (not merely holding it)."""
    roles = MEETING_CERTIFICATE_ROLES if certificate.meeting_id else COURSE_CERTIFICATE_ROLES
    return bool(getattr(user, "is_authenticated", False)) and user.has_role(*roles)


def admin_certificates() -> QuerySet[Certificate]:
    """Every certificate, as the admin lists them."""
    return Certificate.objects.select_related("holder", "course", "meeting", "revoked_by").order_by("-issued_on", "-pk")


def completed_enrolments_without_certificate(course) -> QuerySet[Enrolment]:
    """Learners who completed `course` but hold no certificate for it yet."""
    has_certificate = Certificate.objects.filter(holder_id=OuterRef("user_id"), course_id=OuterRef("course_id"))
    return (
        Enrolment.objects.filter(course=course, completed_at__isnull=False)
        .exclude(Exists(has_certificate))
        .select_related("user", "course")
        .order_by("pk")
    )


def valid_certificates_for(*, course=None, meeting=None) -> QuerySet[Certificate]:
    """The valid certificates of one course or meeting, in a stable order."""
    return (
        Certificate.objects.filter(course=course, meeting=meeting, status=CertificateStatus.VALID)
        .select_related("holder", "course__certificate_template", "meeting")
        .order_by("pk")
    )


def certificates_due_for_reminder(*, today: datetime.date, within_days: int) -> QuerySet[Certificate]:
    """Valid certificates that expire within `within_days` from `today` (not yet expired) and whose holder
    has not been reminded."""
    return (
        Certificate.objects.filter(
            status=CertificateStatus.VALID,
            expiry_reminder_sent_at__isnull=True,
            expires_on__gte=today,
            expires_on__lte=today + datetime.timedelta(days=within_days),
            holder__is_active=True,
        )
        .select_related("holder")
        .order_by("expires_on", "pk")
    )


def certificates_managed_by(user) -> QuerySet[Certificate]:
    """The certificates `user`'s staff role covers (course ones for authors, reviewers and administrators,
    meeting ones for organisers and administrators), as the admin lists them."""
    if not getattr(user, "is_authenticated", False):
        return Certificate.objects.none()
    covered = Q(pk__in=[])
    if user.has_role(*COURSE_CERTIFICATE_ROLES):
        covered |= Q(course__isnull=False)
    if user.has_role(*MEETING_CERTIFICATE_ROLES):
        covered |= Q(meeting__isnull=False)
    return admin_certificates().filter(covered)


def bulk_jobs_visible_to(user) -> QuerySet[BulkCertificateJob]:
    """Bulk jobs on the certificates `user`'s staff role covers, newest first."""
    if not getattr(user, "is_authenticated", False):
        return BulkCertificateJob.objects.none()
    covered = Q(pk__in=[])
    if user.has_role(*COURSE_CERTIFICATE_ROLES):
        covered |= Q(course__isnull=False)
    if user.has_role(*MEETING_CERTIFICATE_ROLES):
        covered |= Q(meeting__isnull=False)
    return (
        BulkCertificateJob.objects.filter(covered)
        .select_related("course", "meeting", "requested_by")
        .order_by("-created_at", "-pk")
    )


def _initials(name: str) -> str:
    return " ".join(f"{word[0]}." for word in name.split() if word)


def verification_facts(certificate: Certificate, *, language: str) -> dict:
    """What the public verification page shows, in `language`: the holder's name (initials only when the
    certificate settings say so), the title, and the dates. Never the reason for a revocation."""
    from courses.rendering.dates import format_certificate_date

    site_settings = certificate_settings()
    masked = bool(site_settings and site_settings.mask_holder_names)
    return {
        "holder_name": _initials(certificate.holder_name) if masked else certificate.holder_name,
        "holder_native_name": "" if masked else certificate.holder_native_name,
        "masked": masked,
        "title": certificate.title if certificate.language == language else certificate.title_english,
        "issued_on": format_certificate_date(certificate.issued_on, language),
        "expires_on": format_certificate_date(certificate.expires_on, language) if certificate.expires_on else "",
        "revoked_on": format_certificate_date(timezone.localdate(certificate.revoked_at), language)
        if certificate.revoked_at
        else "",
    }

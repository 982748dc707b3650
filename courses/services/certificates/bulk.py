"""Bulk work on all certificates of a course or meeting, run in the background with progress for staff."""

import datetime
import logging
import tempfile
import zipfile

from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from courses.models import BulkCertificateJob, BulkJobKind, BulkJobStatus
from courses.selectors.certificates import (
    COURSE_CERTIFICATE_ROLES,
    MEETING_CERTIFICATE_ROLES,
    completed_enrolments_without_certificate,
    valid_certificates_for,
)
from ern_learning.core.services.audit import record_event

from .documents import ensure_certificate_pdf, unguessable_file_name
from .issuing import CertificateRefused, issue_course_certificate

logger = logging.getLogger(__name__)

MAX_RECORDED_ERRORS = 50
PROGRESS_EVERY = 10
# A job still running this long after it started lost its worker (a restart, a crash).
STALE_AFTER = datetime.timedelta(minutes=30)


def start_bulk_job(kind: str, *, course=None, meeting=None, by) -> BulkCertificateJob:
    """Queue a bulk job for one course or meeting, to run after this transaction commits; a job already
    waiting or running for the same work is returned instead of a second one."""
    if (course is None) == (meeting is None):
        raise CertificateRefused(_("Choose a course or a meeting."))
    if kind not in BulkJobKind.values:
        raise CertificateRefused(_("Choose what to do."))
    if kind == BulkJobKind.ISSUE and meeting is not None:
        raise CertificateRefused(_("Meeting certificates are issued when attendance is recorded."))
    roles = COURSE_CERTIFICATE_ROLES if course is not None else MEETING_CERTIFICATE_ROLES
    if not by.has_role(*roles):
        raise CertificateRefused(_("Your role does not cover these certificates."), status=403)
    with transaction.atomic():
        running = BulkCertificateJob.objects.filter(
            kind=kind, course=course, meeting=meeting, status__in=[BulkJobStatus.PENDING, BulkJobStatus.RUNNING]
        ).first()
        if running is not None:
            return running
        job = BulkCertificateJob.objects.create(kind=kind, course=course, meeting=meeting, requested_by=by)
        record_event("certificate.bulk_requested", actor=by, target=job, details={"kind": kind})
        transaction.on_commit(lambda: _enqueue(job.pk))
    return job


def is_stale(job: BulkCertificateJob, *, now: datetime.datetime | None = None) -> bool:
    now = now or timezone.now()
    return job.status == BulkJobStatus.RUNNING and job.started_at is not None and job.started_at < now - STALE_AFTER


def can_retry(job: BulkCertificateJob, *, now: datetime.datetime | None = None) -> bool:
    """A job that failed, finished with failed items, or lost its worker can be run again."""
    return (
        job.status == BulkJobStatus.FAILED or (job.status == BulkJobStatus.SUCCEEDED and job.failed > 0) or is_stale(job, now=now)
    )


def retry_bulk_job(job: BulkCertificateJob, *, by, now: datetime.datetime | None = None) -> BulkCertificateJob:
    """Run the work of a failed (or interrupted) job again, as a new job. Nothing is done twice: issuing
    skips people who hold a certificate already, and a ZIP is simply built anew."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = BulkCertificateJob.objects.select_for_update().get(pk=job.pk)
        if not can_retry(locked, now=now):
            raise CertificateRefused(_("Only a job that failed or was interrupted can be run again."), status=409)
        if is_stale(locked, now=now):
            locked.status = BulkJobStatus.FAILED
            locked.finished_at = now
            locked.errors = [*locked.errors, {"item": "", "error": _("Interrupted: the job stopped before it finished.")}]
            locked.save(update_fields=["status", "finished_at", "errors"])
        again = start_bulk_job(locked.kind, course=locked.course, meeting=locked.meeting, by=by)
        record_event("certificate.bulk_retried", actor=by, target=again, details={"previous_job": locked.pk})
    return again


def _enqueue(job_id: int) -> None:
    from courses.tasks import run_bulk_certificate_job

    run_bulk_certificate_job.enqueue(job_id)


def _save_progress(job: BulkCertificateJob, *fields: str) -> None:
    BulkCertificateJob.objects.filter(pk=job.pk).update(**{field: getattr(job, field) for field in fields})


def _record_failure(job: BulkCertificateJob, label: str, exception: Exception) -> None:
    job.failed += 1
    if len(job.errors) < MAX_RECORDED_ERRORS:
        message = exception.message if isinstance(exception, CertificateRefused) else f"{type(exception).__name__}: {exception}"
        job.errors.append({"item": label, "error": message[:500]})


def _issue_missing(job: BulkCertificateJob) -> None:
    enrolments = list(completed_enrolments_without_certificate(job.course))
    job.total = len(enrolments)
    _save_progress(job, "total")
    for position, enrolment in enumerate(enrolments, start=1):
        try:
            issue_course_certificate(enrolment.user, enrolment.course)
            job.done += 1
        except Exception as exception:
            logger.warning("Bulk issue failed for enrolment %s", enrolment.pk, exc_info=True)
            _record_failure(job, str(enrolment.user), exception)
        if position % PROGRESS_EVERY == 0:
            _save_progress(job, "done", "failed", "errors")


def _zip_all(job: BulkCertificateJob) -> None:
    certificates = list(valid_certificates_for(course=job.course, meeting=job.meeting))
    job.total = len(certificates)
    _save_progress(job, "total")
    with tempfile.TemporaryFile() as archive_file:
        with zipfile.ZipFile(archive_file, "w", compression=zipfile.ZIP_STORED) as archive:
            for position, certificate in enumerate(certificates, start=1):
                try:
                    pdf = ensure_certificate_pdf(certificate)
                    name = slugify(certificate.holder_name) or f"holder-{certificate.holder_id}"
                    archive.writestr(f"{name}-{certificate.display_code}.pdf", pdf)
                    job.done += 1
                except Exception as exception:
                    logger.warning("Bulk ZIP failed for certificate %s", certificate.pk, exc_info=True)
                    _record_failure(job, certificate.display_code, exception)
                if position % PROGRESS_EVERY == 0:
                    _save_progress(job, "done", "failed", "errors")
        archive_file.seek(0)
        job.result.save(unguessable_file_name(bulk_zip_stem(job), "zip"), File(archive_file), save=False)


def bulk_zip_stem(job: BulkCertificateJob) -> str:
    subject_slug = slugify(str(job.subject.slug if job.subject else "")) or "certificates"
    return f"{subject_slug[:20]}-certificates-{job.pk}"


def bulk_zip_download_name(job: BulkCertificateJob) -> str:
    """The name staff save a job's ZIP under: without the random part of its stored name."""
    return f"{bulk_zip_stem(job)}.zip"


def run_bulk_job(job: BulkCertificateJob) -> BulkCertificateJob:
    """Do a waiting job once (a second worker picking it up does nothing), saving progress as it goes; an
    item that fails is recorded and skipped, and a job that breaks is marked failed with the reason."""
    claimed = BulkCertificateJob.objects.filter(pk=job.pk, status=BulkJobStatus.PENDING).update(
        status=BulkJobStatus.RUNNING, started_at=timezone.now()
    )
    job.refresh_from_db()
    if not claimed:
        return job
    try:
        if job.kind == BulkJobKind.ISSUE:
            _issue_missing(job)
        else:
            _zip_all(job)
        job.status = BulkJobStatus.SUCCEEDED
    except Exception as exception:
        logger.exception("Bulk certificate job %s failed", job.pk)
        job.status = BulkJobStatus.FAILED
        job.errors.append({"item": "", "error": f"{type(exception).__name__}: {exception}"[:500]})
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "total", "done", "failed", "errors", "result", "finished_at"])
    return job

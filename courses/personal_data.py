"""The courses app's part of a person's data: enrolments, progress, quiz attempts and certificates.

See ``ern_learning.accounts.services.personal_data`` for how apps take part.
"""

from django.db import transaction
from django.db.models import Prefetch, Q

from courses.models import BulkCertificateJob, BulkJobKind, Certificate, Enrolment, LessonCompletion, QuizAttempt
from ern_learning.accounts.services.personal_data import initials_of

USER_FIELDS = {
    "courses.Enrolment.user": "kept with its completed lessons and quiz attempts, for course statistics",
    "courses.Certificate.holder": "kept, so the code still verifies; the printed names become initials and the PDF is dropped",
    "courses.Certificate.revoked_by": "kept: who revoked a certificate",
    "courses.BulkCertificateJob.requested_by": "kept: who asked for the job",
}


def export(user) -> dict:
    enrolments = (
        Enrolment.objects.filter(user=user)
        .select_related("course")
        .prefetch_related(
            Prefetch(
                "lesson_completions", queryset=LessonCompletion.objects.select_related("lesson").order_by("completed_at", "pk")
            ),
            Prefetch("attempts", queryset=QuizAttempt.objects.select_related("quiz").order_by("started_at", "pk")),
        )
        .order_by("enrolled_at", "pk")
    )
    certificates = Certificate.objects.filter(holder=user).select_related("course", "meeting").order_by("issued_on", "pk")
    return {
        "enrolments": [
            {
                "course": enrolment.course.title,
                "enrolled_at": enrolment.enrolled_at,
                "last_activity_at": enrolment.last_activity_at,
                "completed_at": enrolment.completed_at,
                "completed_lessons": [
                    {"lesson": completion.lesson.title, "completed_at": completion.completed_at}
                    for completion in enrolment.lesson_completions.all()
                ],
                "quiz_attempts": [
                    {
                        "quiz": attempt.quiz.title,
                        "number": attempt.number,
                        "language": attempt.language,
                        "started_at": attempt.started_at,
                        "submitted_at": attempt.submitted_at,
                        "score": attempt.score,
                        "passed": attempt.passed,
                        "answers": attempt.answers,
                    }
                    for attempt in enrolment.attempts.all()
                ],
            }
            for enrolment in enrolments
        ],
        "certificates": [
            {
                "verification_code": certificate.display_code,
                "course": certificate.course.title if certificate.course_id else None,
                "meeting": certificate.meeting.title if certificate.meeting_id else None,
                "title": certificate.title,
                "holder_name": certificate.holder_name,
                "holder_native_name": certificate.holder_native_name,
                "language": certificate.language,
                "issued_on": certificate.issued_on,
                "expires_on": certificate.expires_on,
                "status": certificate.status,
                "revision": certificate.revision,
            }
            for certificate in certificates
        ],
    }


def erase(user, *, pseudonym) -> None:
    """Certificates keep their code and validity but print only the holder's initials; stored PDFs and
    ZIP downloads that show the full name are deleted (they are rendered again on demand)."""
    certificates = list(Certificate.objects.select_for_update().filter(holder=user))
    for certificate in certificates:
        certificate.holder_name = initials_of(certificate.holder_name) or pseudonym.initials or "–"
        certificate.holder_native_name = ""
        _delete_file_after_commit(certificate.pdf)
        certificate.pdf = ""
        certificate.pdf_rendered_at = None
        certificate.save(update_fields=["holder_name", "holder_native_name", "pdf", "pdf_rendered_at"])
    subjects = Q(course_id__in=[c.course_id for c in certificates if c.course_id]) | Q(
        meeting_id__in=[c.meeting_id for c in certificates if c.meeting_id]
    )
    for job in BulkCertificateJob.objects.filter(subjects, kind=BulkJobKind.ZIP).exclude(result=""):
        _delete_file_after_commit(job.result)
        job.result = ""
        job.save(update_fields=["result"])
    # A failed item of a bulk job is labelled with the learner's name (or e-mail address).
    labels = {label for label in (user.get_full_name(), user.email) if label}
    for label in labels:
        for job in BulkCertificateJob.objects.filter(errors__icontains=label):
            job.errors = [{**error, "item": pseudonym.email} if error.get("item") in labels else error for error in job.errors]
            job.save(update_fields=["errors"])


def _delete_file_after_commit(field_file) -> None:
    if field_file:
        name, storage = field_file.name, field_file.storage
        transaction.on_commit(lambda: storage.delete(name))

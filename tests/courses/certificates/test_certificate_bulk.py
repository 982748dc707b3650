import pytest
from django.core.management import call_command

from courses.models import BulkCertificateJob, BulkJobKind, BulkJobStatus, Certificate
from courses.services.certificates import CertificateRefused, run_bulk_job, start_bulk_job
from courses.tasks import run_bulk_certificate_job
from tests.factories.certificates import CompletedEnrolmentFactory


def test_start_bulk_job_runs_after_commit(administrator, course_offered, django_capture_on_commit_callbacks):
    CompletedEnrolmentFactory.create_batch(2, course=course_offered)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        job = start_bulk_job(BulkJobKind.ISSUE, course=course_offered, by=administrator)
    waiting = BulkCertificateJob.objects.get(pk=job.pk).status
    for callback in callbacks:
        callback()
    job.refresh_from_db()

    assert waiting == BulkJobStatus.PENDING
    assert (job.status, job.total, job.done, job.failed, job.errors) == (BulkJobStatus.SUCCEEDED, 2, 2, 0, [])
    assert Certificate.objects.filter(course=course_offered).count() == 2
    assert job.started_at <= job.finished_at


def test_start_bulk_job_while_one_waits_returns_it(administrator, course_offered, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        first = start_bulk_job(BulkJobKind.ZIP, course=course_offered, by=administrator)
        second = start_bulk_job(BulkJobKind.ZIP, course=course_offered, by=administrator)

    assert second.pk == first.pk
    assert BulkCertificateJob.objects.count() == 1


def test_run_bulk_job_twice_does_the_work_once(administrator, course_offered, django_capture_on_commit_callbacks):
    CompletedEnrolmentFactory(course=course_offered)
    with django_capture_on_commit_callbacks(execute=True):
        job = start_bulk_job(BulkJobKind.ISSUE, course=course_offered, by=administrator)

    again = run_bulk_job(job)

    assert (again.status, again.done) == (BulkJobStatus.SUCCEEDED, 1)
    assert Certificate.objects.count() == 1


@pytest.mark.parametrize(
    ("kind", "message"),
    [("launch", "Choose what to do.")],
)
def test_start_bulk_job_unknown_kind_is_refused(administrator, course_offered, kind, message):
    with pytest.raises(CertificateRefused) as refusal:
        start_bulk_job(kind, course=course_offered, by=administrator)

    assert refusal.value.message == message


def test_start_bulk_job_without_course_or_meeting_is_refused(administrator):
    with pytest.raises(CertificateRefused) as refusal:
        start_bulk_job(BulkJobKind.ZIP, by=administrator)

    assert refusal.value.message == "Choose a course or a meeting."


def test_bulk_zip_with_failing_render_records_errors(
    administrator, issued, course_offered, settings, django_capture_on_commit_callbacks
):
    settings.CERTIFICATE_RENDER_TIMEOUT = 0.001

    with django_capture_on_commit_callbacks(execute=True):
        job = start_bulk_job(BulkJobKind.ZIP, course=course_offered, by=administrator)
    job.refresh_from_db()

    assert (job.status, job.total, job.done, job.failed) == (BulkJobStatus.SUCCEEDED, 1, 0, 1)
    assert job.errors == [
        {"item": issued.display_code, "error": "RenderTimeout: Rendering took longer than 0.001 seconds and was stopped."}
    ]


def test_run_bulk_certificate_job_task_for_missing_job_says_so(db):
    result = run_bulk_certificate_job.enqueue(424242)

    assert result.return_value == "missing"


def test_send_certificate_expiry_reminders_command_reports_count(db, capsys):
    call_command("send_certificate_expiry_reminders")

    assert capsys.readouterr().out == "Sent 0 expiry reminder(s).\n"

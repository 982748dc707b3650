import re

import pytest
from django.core.management import call_command
from django.utils.text import slugify

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


def test_bulk_zip_of_each_job_is_stored_under_its_own_unguessable_name(
    administrator, issued, course_offered, django_capture_on_commit_callbacks
):
    jobs = []
    for _run in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            job = start_bulk_job(BulkJobKind.ZIP, course=course_offered, by=administrator)
        job.refresh_from_db()
        jobs.append(job)

    slug = slugify(course_offered.slug)[:20]
    names = [
        re.fullmatch(
            rf"certificates/bulk/\d{{4}}/\d{{2}}/{slug}-certificates-{job.pk}-(?P<token>[A-Za-z0-9_-]{{20,}})\.zip",
            job.result.name,
        )
        for job in jobs
    ]
    assert [job.status for job in jobs] == [BulkJobStatus.SUCCEEDED] * 2
    assert None not in names, [job.result.name for job in jobs]
    assert names[0]["token"] != names[1]["token"]


def test_run_bulk_certificate_job_task_for_missing_job_says_so(db):
    result = run_bulk_certificate_job.enqueue(424242)

    assert result.return_value == "missing"


def test_send_certificate_expiry_reminders_command_reports_count(db, capsys):
    call_command("send_certificate_expiry_reminders")

    assert capsys.readouterr().out == "Sent 0 expiry reminder(s).\n"


# --- Running a failed job again ------------------------------------------------------------------


def test_a_failed_issue_job_run_again_issues_only_the_missing_certificates(
    administrator, course_offered, django_capture_on_commit_callbacks, monkeypatch
):
    from courses.services.certificates import bulk, retry_bulk_job

    _first, second = CompletedEnrolmentFactory.create_batch(2, course=course_offered)
    real_issue = bulk.issue_course_certificate

    def fail_for_second(user, course):
        if user == second.user:
            raise ConnectionError("database went away")
        return real_issue(user, course)

    monkeypatch.setattr("courses.services.certificates.bulk.issue_course_certificate", fail_for_second)
    with django_capture_on_commit_callbacks(execute=True):
        job = start_bulk_job(BulkJobKind.ISSUE, course=course_offered, by=administrator)
    job.refresh_from_db()
    assert (job.status, job.done, job.failed) == (BulkJobStatus.SUCCEEDED, 1, 1)

    monkeypatch.setattr("courses.services.certificates.bulk.issue_course_certificate", real_issue)
    with django_capture_on_commit_callbacks(execute=True):
        again = retry_bulk_job(job, by=administrator)
    again.refresh_from_db()

    assert again.pk != job.pk
    assert (again.status, again.total, again.done, again.failed) == (BulkJobStatus.SUCCEEDED, 1, 1, 0)
    assert Certificate.objects.filter(course=course_offered).count() == 2


def test_a_job_that_lost_its_worker_is_marked_failed_and_run_again(
    administrator, course_offered, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    from courses.services.certificates import retry_bulk_job

    CompletedEnrolmentFactory(course=course_offered)
    stuck = BulkCertificateJob.objects.create(
        kind=BulkJobKind.ISSUE,
        course=course_offered,
        requested_by=administrator,
        status=BulkJobStatus.RUNNING,
        started_at=timezone.now() - timedelta(hours=2),
    )

    with django_capture_on_commit_callbacks(execute=True):
        again = retry_bulk_job(stuck, by=administrator)
    stuck.refresh_from_db()
    again.refresh_from_db()

    assert stuck.status == BulkJobStatus.FAILED
    assert stuck.errors[-1]["error"] == "Interrupted: the job stopped before it finished."
    assert again.status == BulkJobStatus.SUCCEEDED
    assert Certificate.objects.filter(course=course_offered).count() == 1


@pytest.mark.parametrize("status", [BulkJobStatus.PENDING, BulkJobStatus.RUNNING, BulkJobStatus.SUCCEEDED])
def test_a_job_that_did_not_fail_is_not_run_again(administrator, course_offered, status):
    from django.utils import timezone

    from courses.services.certificates import retry_bulk_job

    job = BulkCertificateJob.objects.create(
        kind=BulkJobKind.ZIP, course=course_offered, requested_by=administrator, status=status, started_at=timezone.now()
    )

    with pytest.raises(CertificateRefused) as refusal:
        retry_bulk_job(job, by=administrator)

    assert refusal.value.status == 409
    assert BulkCertificateJob.objects.count() == 1


def test_staff_see_a_failed_job_and_run_it_again_from_the_admin(client, administrator, course_offered):
    from django.urls import reverse

    job = BulkCertificateJob.objects.create(
        kind=BulkJobKind.ZIP,
        course=course_offered,
        requested_by=administrator,
        status=BulkJobStatus.FAILED,
        errors=[{"item": "", "error": "OSError: disk full"}],
    )
    client.force_login(administrator)

    listing = client.get(reverse("certificate_jobs:index")).content.decode()
    page = client.get(reverse("certificate_jobs:inspect", args=[job.pk])).content.decode()
    response = client.post(reverse("certificate_jobs:retry", args=[job.pk]))

    assert "Failed" in listing
    assert "OSError: disk full" in page
    assert reverse("certificate_jobs:retry", args=[job.pk]) in page
    again = BulkCertificateJob.objects.exclude(pk=job.pk).get()
    assert response["Location"] == reverse("certificate_jobs:inspect", args=[again.pk])


def test_retry_of_a_job_outside_the_staff_members_role_is_not_found(client, organizer, course_offered, administrator):
    from django.urls import reverse

    job = BulkCertificateJob.objects.create(
        kind=BulkJobKind.ZIP, course=course_offered, requested_by=administrator, status=BulkJobStatus.FAILED
    )
    client.force_login(organizer)

    response = client.post(reverse("certificate_jobs:retry", args=[job.pk]), follow=True)

    assert response.status_code == 404
    assert BulkCertificateJob.objects.count() == 1

"""Background work (django-tasks): bulk certificate jobs and expiry reminders.

In production a worker runs them: `python manage.py db_worker`. In development and tests the
immediate backend runs them at once.
"""

from django_tasks import task


@task()
def run_bulk_certificate_job(job_id: int) -> str:
    """Run one bulk certificate job; returns its final status."""
    from courses.models import BulkCertificateJob
    from courses.services.certificates import run_bulk_job

    job = BulkCertificateJob.objects.filter(pk=job_id).first()
    if job is None:
        return "missing"
    return run_bulk_job(job).status


@task()
def send_certificate_expiry_reminders() -> int:
    """Send due expiry reminders; returns how many were sent."""
    from courses.services.certificates import send_expiry_reminders

    return send_expiry_reminders()

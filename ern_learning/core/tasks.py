"""Background work of the core app (django-tasks): delivering outgoing e-mail.

In production `python manage.py db_worker` runs these; in development and tests the immediate
backend runs them at once.
"""

from django_tasks import task


@task()
def send_email(email_id: int) -> str:
    """Deliver one recorded e-mail unless it went out already; returns its status."""
    from ern_learning.core.services.mail import deliver_email

    return deliver_email(email_id)

"""Real concurrent connections on PostgreSQL: seats are never overbooked (skipped on SQLite)."""

import threading

import pytest
from django.db import close_old_connections, connection, connections

from ern_learning.accounts.models import Country, User
from meetings.errors import RegistrationError
from meetings.models import MeetingPage, Registration, RegistrationStatus
from meetings.services.registrations import cancel_registration, register_attendee
from tests.factories.accounts import OfficerFactory
from tests.factories.meetings import add_quota

# serialized_rollback restores what migrations created (the root page, the role groups) after each flush.
pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers by design")


def run_together(jobs):
    """Start every job at the same moment, each in its own thread with its own database connection."""
    barrier = threading.Barrier(len(jobs))
    outcomes = [None] * len(jobs)

    def run(index, job):
        try:
            barrier.wait(timeout=30)
            outcomes[index] = job()
        except Exception as error:  # noqa: BLE001 - collected for the assertions
            outcomes[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index, job)) for index, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    close_old_connections()
    return outcomes


def register_job(meeting_id, user_id):
    def job():
        return register_attendee(MeetingPage.objects.get(pk=meeting_id), user=User.objects.get(pk=user_id)).status

    return job


def test_thirty_people_registering_at_once_for_ten_seats(make_meeting):
    meeting = make_meeting(capacity=10, approval_required=False)
    officers = [OfficerFactory() for _ in range(30)]

    outcomes = run_together([register_job(meeting.pk, officer.pk) for officer in officers])

    assert sorted(outcomes) == [RegistrationStatus.APPROVED] * 10 + [RegistrationStatus.WAITLISTED] * 20
    assert Registration.objects.filter(meeting=meeting, status=RegistrationStatus.APPROVED).count() == 10
    positions = sorted(
        Registration.objects.filter(meeting=meeting, status=RegistrationStatus.WAITLISTED).values_list(
            "waitlist_position", flat=True
        )
    )
    assert positions == list(range(1, 21))


def test_country_quota_holds_under_concurrent_registrations(make_meeting):
    meeting = make_meeting(capacity=10, approval_required=False)
    add_quota(meeting, Country.CAMBODIA, 3)
    officers = [OfficerFactory(country=Country.CAMBODIA) for _ in range(12)]

    outcomes = run_together([register_job(meeting.pk, officer.pk) for officer in officers])

    assert outcomes.count(RegistrationStatus.APPROVED) == 3
    assert outcomes.count(RegistrationStatus.WAITLISTED) == 9


def test_the_same_person_submitting_twice_at_once_gets_one_registration(make_meeting):
    meeting = make_meeting(capacity=10, approval_required=False)
    officer = OfficerFactory()

    outcomes = run_together([register_job(meeting.pk, officer.pk) for _ in range(5)])

    assert outcomes.count(RegistrationStatus.APPROVED) == 1
    assert sum(isinstance(outcome, RegistrationError) for outcome in outcomes) == 4
    assert Registration.objects.filter(meeting=meeting, user=officer).count() == 1


def test_cancellations_and_registrations_at_once_never_overbook(make_meeting):
    meeting = make_meeting(capacity=5, approval_required=False)
    seated = [OfficerFactory() for _ in range(5)]
    for officer in seated:
        register_attendee(meeting, user=officer)
    newcomers = [OfficerFactory() for _ in range(15)]

    def cancel_job(user_id):
        def job():
            registration = Registration.objects.get(meeting_id=meeting.pk, user_id=user_id)
            return cancel_registration(registration, by=User.objects.get(pk=user_id)).status

        return job

    run_together([cancel_job(officer.pk) for officer in seated[:3]] + [register_job(meeting.pk, o.pk) for o in newcomers])

    approved = Registration.objects.filter(meeting=meeting, status=RegistrationStatus.APPROVED).count()
    waitlisted = Registration.objects.filter(meeting=meeting, status=RegistrationStatus.WAITLISTED).count()
    assert approved == 5
    assert waitlisted == 12

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from ern_learning.accounts.models import Country
from ern_learning.accounts.roles import Role
from ern_learning.core.models import AuditEvent
from meetings.errors import RegistrationError
from meetings.models import Registration, RegistrationStatus, RegistrationStatusChange
from meetings.services.registrations import (
    BulkAction,
    apply_bulk_action,
    approve_registration,
    cancel_registration,
    decline_registration,
    nominate_attendee,
    promote_from_waitlist,
    register_attendee,
    waitlist_registration,
)
from tests.factories.accounts import FocalPointFactory, OfficerFactory, PendingUserFactory
from tests.factories.meetings import add_quota

Status = RegistrationStatus


def history(registration):
    return list(registration.status_changes.order_by("pk").values_list("from_status", "to_status", "changed_by_id", "reason"))


# --- Registering -----------------------------------------------------------------------------


def test_register_attendee_without_approval_gets_a_seat_at_once(meeting, officer):
    registration = register_attendee(meeting, user=officer, note="Vegetarian meals, please.")

    registration.refresh_from_db()
    assert registration.status == Status.APPROVED
    assert registration.country == Country.CAMBODIA
    assert registration.note == "Vegetarian meals, please."
    assert registration.waitlist_position is None
    assert history(registration) == [("", "approved", officer.pk, "")]
    event = AuditEvent.objects.get(action="registration.approved")
    assert event.actor == officer
    assert event.details["from"] == ""
    assert event.details["meeting"] == meeting.pk


def test_register_attendee_with_approval_required_is_pending(make_meeting, officer):
    meeting = make_meeting(approval_required=True)

    registration = register_attendee(meeting, user=officer)

    assert registration.status == Status.PENDING
    assert history(registration) == [("", "pending", officer.pk, "")]


def test_register_attendee_when_full_joins_the_waitlist_in_order(make_meeting):
    meeting = make_meeting(capacity=1)
    first, second, third = OfficerFactory(), OfficerFactory(), OfficerFactory()

    statuses = [register_attendee(meeting, user=person) for person in (first, second, third)]

    assert [(r.status, r.waitlist_position) for r in statuses] == [
        (Status.APPROVED, None),
        (Status.WAITLISTED, 1),
        (Status.WAITLISTED, 2),
    ]


def test_register_attendee_when_country_quota_is_full_joins_the_waitlist(make_meeting, thai_officer):
    meeting = make_meeting(capacity=10)
    add_quota(meeting, Country.CAMBODIA, 1)
    register_attendee(meeting, user=OfficerFactory(country=Country.CAMBODIA))

    second_cambodian = register_attendee(meeting, user=OfficerFactory(country=Country.CAMBODIA))
    thai = register_attendee(meeting, user=thai_officer)

    assert second_cambodian.status == Status.WAITLISTED
    assert thai.status == Status.APPROVED


def test_register_attendee_twice_is_refused_without_a_second_row(meeting, officer):
    register_attendee(meeting, user=officer)

    with pytest.raises(RegistrationError) as error:
        register_attendee(meeting, user=officer)

    assert error.value.code == "already_registered"
    assert str(error.value) == "Already registered for this meeting (status: Approved)."
    assert Registration.objects.filter(meeting=meeting, user=officer).count() == 1


def test_register_attendee_after_cancelling_reuses_the_registration(meeting, officer):
    registration = register_attendee(meeting, user=officer)
    cancel_registration(registration, by=officer)

    again = register_attendee(meeting, user=officer, note="I can come after all.")

    assert again.pk == registration.pk
    assert again.status == Status.APPROVED
    assert [row[:2] for row in history(again)] == [("", "approved"), ("approved", "cancelled"), ("cancelled", "approved")]


def test_register_attendee_before_the_window_opens_is_refused(make_meeting, officer):
    opens = timezone.now() + timedelta(days=2)
    meeting = make_meeting(registration_opens_at=opens)

    with pytest.raises(RegistrationError) as error:
        register_attendee(meeting, user=officer)

    assert error.value.code == "not_open_yet"
    assert str(error.value).startswith("Registration opens on ")
    assert not Registration.objects.exists()


def test_register_attendee_after_the_window_closed_is_refused(make_meeting, officer):
    meeting = make_meeting(registration_closes_at=timezone.now() - timedelta(minutes=1))

    with pytest.raises(RegistrationError) as error:
        register_attendee(meeting, user=officer)

    assert error.value.code == "closed"
    assert not Registration.objects.exists()


def test_register_attendee_after_the_start_is_refused(make_meeting, officer):
    start = timezone.now() - timedelta(hours=1)
    meeting = make_meeting(start_at=start, end_at=start + timedelta(hours=8))

    with pytest.raises(RegistrationError) as error:
        register_attendee(meeting, user=officer)

    assert error.value.code == "closed"


def test_register_attendee_from_another_country_is_refused(make_meeting, officer):
    meeting = make_meeting(eligible_countries=[Country.THAILAND, Country.VIET_NAM])

    with pytest.raises(RegistrationError) as error:
        register_attendee(meeting, user=officer)

    assert error.value.code == "wrong_country"
    assert str(error.value) == "This meeting is open only to participants from: Thailand, Viet Nam."


def test_register_attendee_without_an_eligible_role_is_refused(make_meeting, officer):
    meeting = make_meeting(eligible_roles=[Role.FOCAL_POINT])

    with pytest.raises(RegistrationError) as error:
        register_attendee(meeting, user=officer)

    assert error.value.code == "wrong_role"
    assert str(error.value) == "This meeting is open only to: Country focal point."


def test_register_attendee_with_a_pending_account_is_refused(meeting):
    applicant = PendingUserFactory()

    with pytest.raises(RegistrationError) as error:
        register_attendee(meeting, user=applicant)

    assert error.value.code == "account_not_approved"
    assert not Registration.objects.exists()


def test_register_attendee_for_a_cancelled_meeting_is_refused(meeting, officer, organizer):
    from meetings.services.meetings import cancel_meeting

    cancel_meeting(meeting, by=organizer, reason="Venue unavailable.")

    with pytest.raises(RegistrationError) as error:
        register_attendee(meeting, user=officer)

    assert error.value.code == "meeting_cancelled"


def test_register_attendee_after_being_declined_is_refused(meeting, officer, organizer):
    registration = register_attendee(meeting, user=officer)
    decline_registration(registration, by=organizer)

    with pytest.raises(RegistrationError) as error:
        register_attendee(meeting, user=officer)

    assert error.value.code == "declined"


def test_register_attendee_refusal_gives_dates_in_the_persons_language(make_meeting, thai_officer):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from django.utils import translation

    opens = datetime(2099, 6, 2, 9, 0, tzinfo=ZoneInfo("Asia/Bangkok"))
    meeting = make_meeting(
        registration_opens_at=opens, start_at=opens + timedelta(days=7), end_at=opens + timedelta(days=7, hours=8)
    )

    with translation.override("th"), pytest.raises(RegistrationError) as error:
        register_attendee(meeting, user=thai_officer)

    assert error.value.code == "not_open_yet"
    assert "วันอังคารที่ 2 มิถุนายน ค.ศ. 2099" in str(error.value)
    assert "09:00" in str(error.value)


# --- Nominating ------------------------------------------------------------------------------


def test_nominate_attendee_registers_an_officer_of_the_same_country(meeting, focal_point, officer):
    registration = nominate_attendee(meeting, officer=officer, by=focal_point, note="Leads our cyber unit.")

    assert registration.user == officer
    assert registration.nominated_by == focal_point
    assert registration.status == Status.APPROVED
    assert history(registration) == [("", "approved", focal_point.pk, f"Nominated by {focal_point.display_name}.")]


def test_nominate_attendee_of_another_country_is_refused(meeting, focal_point, thai_officer):
    with pytest.raises(RegistrationError) as error:
        nominate_attendee(meeting, officer=thai_officer, by=focal_point)

    assert error.value.code == "other_country"
    assert not Registration.objects.exists()


def test_nominate_attendee_by_an_officer_is_forbidden(meeting, officer, other_officer):
    with pytest.raises(PermissionDenied):
        nominate_attendee(meeting, officer=other_officer, by=officer)


def test_nominate_attendee_with_a_pending_account_is_refused(meeting, focal_point):
    applicant = PendingUserFactory()

    with pytest.raises(RegistrationError) as error:
        nominate_attendee(meeting, officer=applicant, by=focal_point)

    assert error.value.code == "account_not_approved"


# --- Organisers' decisions -------------------------------------------------------------------


@pytest.fixture
def approval_meeting(make_meeting):
    return make_meeting(approval_required=True, capacity=2)


def test_approve_registration_gives_a_seat_and_records_who(approval_meeting, officer, organizer):
    registration = register_attendee(approval_meeting, user=officer)

    approve_registration(registration, by=organizer, reason="Nominated by Cambodia.")

    registration.refresh_from_db()
    assert registration.status == Status.APPROVED
    assert history(registration)[-1] == ("pending", "approved", organizer.pk, "Nominated by Cambodia.")
    assert AuditEvent.objects.filter(action="registration.approved", actor=organizer).count() == 1


def test_approve_registration_when_full_puts_the_person_on_the_waitlist(approval_meeting, organizer):
    registrations = [register_attendee(approval_meeting, user=OfficerFactory()) for _ in range(3)]
    for registration in registrations[:2]:
        approve_registration(registration, by=organizer)

    third = approve_registration(registrations[2], by=organizer)

    assert third.status == Status.WAITLISTED
    assert third.waitlist_position == 1
    assert history(third)[-1][3] == "No seat was free: placed on the waitlist."


def test_approve_registration_over_capacity_only_when_the_organiser_says_so(approval_meeting, organizer):
    registrations = [register_attendee(approval_meeting, user=OfficerFactory()) for _ in range(3)]
    for registration in registrations:
        approve_registration(registration, by=organizer)
    waitlisted = Registration.objects.get(status=Status.WAITLISTED)

    with pytest.raises(RegistrationError) as error:
        approve_registration(waitlisted, by=organizer)
    forced = approve_registration(waitlisted, by=organizer, override_capacity=True, reason="Head of delegation.")

    assert error.value.code == "full"
    assert forced.status == Status.APPROVED
    assert forced.over_capacity is True
    assert Registration.objects.filter(meeting=approval_meeting, status=Status.APPROVED).count() == 3


def test_approve_registration_by_an_officer_is_forbidden(approval_meeting, officer, other_officer):
    registration = register_attendee(approval_meeting, user=officer)

    with pytest.raises(PermissionDenied):
        approve_registration(registration, by=other_officer)

    registration.refresh_from_db()
    assert registration.status == Status.PENDING


def test_approve_registration_by_a_focal_point_is_forbidden(approval_meeting, officer, focal_point):
    registration = register_attendee(approval_meeting, user=officer)

    with pytest.raises(PermissionDenied):
        approve_registration(registration, by=focal_point)


def test_approve_registration_of_a_cancelled_registration_is_refused(approval_meeting, officer, organizer):
    registration = register_attendee(approval_meeting, user=officer)
    cancel_registration(registration, by=officer)

    with pytest.raises(RegistrationError) as error:
        approve_registration(registration, by=organizer)

    assert error.value.code == "cancelled"


def test_approve_registration_twice_changes_nothing_the_second_time(approval_meeting, officer, organizer):
    registration = register_attendee(approval_meeting, user=officer)
    approve_registration(registration, by=organizer)

    approve_registration(registration, by=organizer)

    assert len(history(registration)) == 2


def test_decline_registration_of_an_approved_person_promotes_the_next_in_line(make_meeting, organizer):
    meeting = make_meeting(capacity=1)
    seated, waiting = OfficerFactory(), OfficerFactory()
    seated_registration = register_attendee(meeting, user=seated)
    waiting_registration = register_attendee(meeting, user=waiting)

    decline_registration(seated_registration, by=organizer, reason="Not a member of a specialised unit.")

    waiting_registration.refresh_from_db()
    assert waiting_registration.status == Status.APPROVED
    assert waiting_registration.waitlist_position is None
    assert history(waiting_registration)[-1] == ("waitlisted", "approved", None, "A seat became free.")


def test_waitlist_registration_moves_a_seat_to_the_next_person(make_meeting, organizer):
    meeting = make_meeting(capacity=1)
    seated = register_attendee(meeting, user=OfficerFactory())
    waiting = register_attendee(meeting, user=OfficerFactory())

    waitlist_registration(seated, by=organizer)

    seated.refresh_from_db()
    waiting.refresh_from_db()
    assert waiting.status == Status.APPROVED
    assert seated.status == Status.WAITLISTED
    assert seated.waitlist_position == 2


# --- Cancelling ------------------------------------------------------------------------------


def test_cancel_registration_frees_the_seat_for_the_waitlist(make_meeting):
    meeting = make_meeting(capacity=1)
    first, second = OfficerFactory(), OfficerFactory()
    seat = register_attendee(meeting, user=first)
    waiting = register_attendee(meeting, user=second)

    cancel_registration(seat, by=first, reason="Court hearing that day.")

    seat.refresh_from_db()
    waiting.refresh_from_db()
    assert seat.status == Status.CANCELLED
    assert history(seat)[-1] == ("approved", "cancelled", first.pk, "Court hearing that day.")
    assert waiting.status == Status.APPROVED


def test_cancel_registration_promotes_only_within_the_country_quota(make_meeting, thai_officer):
    meeting = make_meeting(capacity=2)
    add_quota(meeting, Country.CAMBODIA, 1)
    cambodian = OfficerFactory(country=Country.CAMBODIA)
    seat_kh = register_attendee(meeting, user=cambodian)
    seat_vn = register_attendee(meeting, user=OfficerFactory(country=Country.VIET_NAM))
    waiting_kh = register_attendee(meeting, user=OfficerFactory(country=Country.CAMBODIA))
    waiting_th = register_attendee(meeting, user=thai_officer)

    cancel_registration(seat_vn, by=seat_vn.user)

    waiting_kh.refresh_from_db()
    waiting_th.refresh_from_db()
    assert seat_kh.status == Status.APPROVED
    assert waiting_kh.status == Status.WAITLISTED
    assert waiting_th.status == Status.APPROVED


def test_cancel_registration_after_the_deadline_is_refused(make_meeting, officer):
    meeting = make_meeting(cancellation_deadline=timezone.now() + timedelta(days=1))
    registration = register_attendee(meeting, user=officer)

    with pytest.raises(RegistrationError) as error:
        cancel_registration(registration, by=officer, now=timezone.now() + timedelta(days=2))

    assert error.value.code == "cancellation_closed"
    assert str(error.value).startswith("Cancellation closed on ")
    registration.refresh_from_db()
    assert registration.status == Status.APPROVED


def test_cancel_registration_after_the_deadline_by_an_organiser_is_allowed(make_meeting, officer, organizer):
    meeting = make_meeting(cancellation_deadline=timezone.now() + timedelta(days=1))
    registration = register_attendee(meeting, user=officer)

    cancel_registration(registration, by=organizer, now=timezone.now() + timedelta(days=2))

    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED


def test_cancel_registration_by_the_focal_point_of_the_country(meeting, officer, focal_point):
    registration = register_attendee(meeting, user=officer)

    cancel_registration(registration, by=focal_point)

    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED


def test_cancel_registration_by_another_officer_is_forbidden(meeting, officer, other_officer):
    registration = register_attendee(meeting, user=officer)

    with pytest.raises(PermissionDenied):
        cancel_registration(registration, by=other_officer)


def test_cancel_registration_by_a_focal_point_of_another_country_is_forbidden(meeting, officer, thai_focal_point):
    registration = register_attendee(meeting, user=officer)

    with pytest.raises(PermissionDenied):
        cancel_registration(registration, by=thai_focal_point)


# --- Promotion -------------------------------------------------------------------------------


def test_promote_from_waitlist_after_capacity_is_raised(make_meeting):
    meeting = make_meeting(capacity=1)
    registrations = [register_attendee(meeting, user=OfficerFactory()) for _ in range(3)]
    meeting.capacity = 2
    meeting.save_revision().publish()  # publishing fills the new seat

    statuses = [Registration.objects.get(pk=r.pk).status for r in registrations]
    promoted_again = promote_from_waitlist(meeting)

    assert statuses == [Status.APPROVED, Status.APPROVED, Status.WAITLISTED]
    assert promoted_again == []


def test_promote_from_waitlist_skips_inactive_people(make_meeting):
    meeting = make_meeting(capacity=1)
    seat = register_attendee(meeting, user=OfficerFactory())
    gone = OfficerFactory()
    gone_registration = register_attendee(meeting, user=gone)
    next_registration = register_attendee(meeting, user=OfficerFactory())
    gone.is_active = False
    gone.save()

    cancel_registration(seat, by=seat.user)

    gone_registration.refresh_from_db()
    next_registration.refresh_from_db()
    assert gone_registration.status == Status.WAITLISTED
    assert next_registration.status == Status.APPROVED


def test_promote_from_waitlist_after_the_start_does_nothing(make_meeting):
    meeting = make_meeting(capacity=1)
    register_attendee(meeting, user=OfficerFactory())
    register_attendee(meeting, user=OfficerFactory())
    meeting.capacity = 2
    meeting.save()

    promoted = promote_from_waitlist(meeting, now=meeting.start_at + timedelta(minutes=5))

    assert promoted == []


# --- Bulk ------------------------------------------------------------------------------------


def test_apply_bulk_action_approves_each_selected_registration(approval_meeting, organizer):
    registrations = [register_attendee(approval_meeting, user=OfficerFactory()) for _ in range(3)]

    outcome = apply_bulk_action(
        approval_meeting, registration_ids=[r.pk for r in registrations], action=BulkAction.APPROVE, by=organizer
    )

    assert [r.status for r in outcome.changed] == [Status.APPROVED, Status.APPROVED, Status.WAITLISTED]
    assert outcome.failed == []


def test_apply_bulk_action_on_a_registration_of_another_meeting_changes_nothing(approval_meeting, make_meeting, organizer):
    other_meeting = make_meeting(approval_required=True)
    ours = register_attendee(approval_meeting, user=OfficerFactory())
    theirs = register_attendee(other_meeting, user=OfficerFactory())

    with pytest.raises(RegistrationError) as error:
        apply_bulk_action(approval_meeting, registration_ids=[ours.pk, theirs.pk], action=BulkAction.DECLINE, by=organizer)

    assert error.value.code == "other_meeting"
    assert set(Registration.objects.values_list("status", flat=True)) == {Status.PENDING}


def test_apply_bulk_action_with_an_unknown_id_changes_nothing(approval_meeting, organizer):
    ours = register_attendee(approval_meeting, user=OfficerFactory())

    with pytest.raises(RegistrationError) as error:
        apply_bulk_action(approval_meeting, registration_ids=[ours.pk, 999_999], action=BulkAction.APPROVE, by=organizer)

    assert error.value.code == "other_meeting"
    ours.refresh_from_db()
    assert ours.status == Status.PENDING


def test_apply_bulk_action_reports_each_refusal(approval_meeting, organizer):
    pending = register_attendee(approval_meeting, user=OfficerFactory())
    cancelled_person = OfficerFactory()
    cancelled = register_attendee(approval_meeting, user=cancelled_person)
    cancel_registration(cancelled, by=cancelled_person)

    outcome = apply_bulk_action(
        approval_meeting, registration_ids=[pending.pk, cancelled.pk], action=BulkAction.APPROVE, by=organizer
    )

    assert [r.pk for r in outcome.changed] == [pending.pk]
    assert [(r.pk, message) for r, message in outcome.failed] == [
        (cancelled.pk, "This registration was cancelled; the person can register again if registration is open.")
    ]


def test_apply_bulk_action_by_a_focal_point_is_forbidden(approval_meeting, officer):
    focal_point = FocalPointFactory()
    registration = register_attendee(approval_meeting, user=officer)

    with pytest.raises(PermissionDenied):
        apply_bulk_action(approval_meeting, registration_ids=[registration.pk], action=BulkAction.APPROVE, by=focal_point)


def test_every_status_change_has_a_history_row(approval_meeting, officer, organizer):
    registration = register_attendee(approval_meeting, user=officer)
    waitlist_registration(registration, by=organizer, reason="Waiting for quotas.")
    approve_registration(registration, by=organizer)
    cancel_registration(registration, by=officer)

    assert [row[:3] for row in history(registration)] == [
        ("", "pending", officer.pk),
        ("pending", "waitlisted", organizer.pk),
        ("waitlisted", "approved", organizer.pk),
        ("approved", "cancelled", officer.pk),
    ]
    assert RegistrationStatusChange.objects.count() == 4
    assert list(
        AuditEvent.objects.filter(action__startswith="registration.").order_by("pk").values_list("action", flat=True)
    ) == [
        "registration.pending",
        "registration.waitlisted",
        "registration.approved",
        "registration.cancelled",
    ]

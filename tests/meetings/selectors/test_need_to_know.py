import pytest

from ern_learning.accounts.models import Country
from meetings.selectors.registrations import registrations_visible_to
from meetings.services.registrations import register_attendee
from tests.factories.accounts import OfficerFactory


@pytest.fixture
def registrations(meeting, officer, thai_officer):
    cambodian = register_attendee(meeting, user=officer)
    thai = register_attendee(meeting, user=thai_officer)
    return {"cambodian": cambodian, "thai": thai}


def visible(user):
    return set(registrations_visible_to(user).values_list("pk", flat=True))


def test_organiser_sees_every_registration(registrations, organizer):
    assert visible(organizer) == {r.pk for r in registrations.values()}


def test_administrator_sees_every_registration(registrations, administrator):
    assert visible(administrator) == {r.pk for r in registrations.values()}


def test_focal_point_sees_only_their_countrys_registrations(registrations, focal_point):
    assert visible(focal_point) == {registrations["cambodian"].pk}


def test_focal_point_of_another_country_sees_only_theirs(registrations, thai_focal_point):
    assert visible(thai_focal_point) == {registrations["thai"].pk}


def test_officer_sees_only_their_own_registration(registrations, officer):
    assert visible(officer) == {registrations["cambodian"].pk}


def test_officer_without_registrations_sees_none(registrations, other_officer):
    assert visible(other_officer) == set()


@pytest.mark.parametrize("role_fixture", ["author", "reviewer", "pending_user"])
def test_other_roles_see_none(registrations, request, role_fixture):
    assert visible(request.getfixturevalue(role_fixture)) == set()


def test_anonymous_sees_none(registrations):
    from django.contrib.auth.models import AnonymousUser

    assert visible(AnonymousUser()) == set()


def test_deactivated_organiser_sees_none(registrations, organizer):
    organizer.is_active = False
    organizer.save()

    assert visible(organizer) == set()


def test_focal_point_sees_registrations_by_country_at_registration_time(meeting, focal_point):
    moved = OfficerFactory(country=Country.CAMBODIA)
    registration = register_attendee(meeting, user=moved)
    moved.country = Country.THAILAND
    moved.save()

    assert visible(focal_point) == {registration.pk}

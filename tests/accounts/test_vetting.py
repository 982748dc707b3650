import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from ern_learning.accounts.models import Country, MembershipStatus
from ern_learning.accounts.roles import Role
from ern_learning.accounts.services.vetting import approve_membership, reject_membership
from ern_learning.core.models import AuditEvent
from tests.factories.accounts import FocalPointFactory, PendingUserFactory, give_totp

pytestmark = pytest.mark.django_db


def test_approve_membership_by_focal_point_of_same_country_makes_officer(focal_point):
    applicant = PendingUserFactory(country=Country.CAMBODIA, preferred_language="km")

    approve_membership(applicant, by=focal_point, note="Known to our unit")

    applicant.refresh_from_db()
    assert applicant.membership_status == MembershipStatus.APPROVED
    assert applicant.vetted_by == focal_point
    assert applicant.has_role(Role.OFFICER)
    assert AuditEvent.objects.filter(action="membership.approved", target_id=str(applicant.pk)).count() == 1


def test_approve_membership_emails_applicant_in_their_language(focal_point, django_capture_on_commit_callbacks):
    applicant = PendingUserFactory(country=Country.CAMBODIA, preferred_language="th")

    with django_capture_on_commit_callbacks(execute=True):
        approve_membership(applicant, by=focal_point)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [applicant.email]
    assert "ERN Learning" in mail.outbox[0].subject


def test_approve_membership_by_focal_point_of_other_country_is_refused(focal_point):
    applicant = PendingUserFactory(country=Country.THAILAND)

    with pytest.raises(PermissionDenied):
        approve_membership(applicant, by=focal_point)

    applicant.refresh_from_db()
    assert applicant.membership_status == MembershipStatus.PENDING


def test_approve_membership_by_officer_is_refused(officer):
    applicant = PendingUserFactory(country=officer.country)

    with pytest.raises(PermissionDenied):
        approve_membership(applicant, by=officer)


def test_administrator_can_vet_any_country(administrator):
    applicant = PendingUserFactory(country=Country.PHILIPPINES)

    reject_membership(applicant, by=administrator, note="Not a police officer")

    applicant.refresh_from_db()
    assert applicant.membership_status == MembershipStatus.REJECTED
    assert not applicant.has_role(Role.OFFICER)


def test_vetting_queue_lists_only_focal_points_own_country(client, focal_point):
    own = PendingUserFactory(country=Country.CAMBODIA, first_name="Dara")
    foreign = PendingUserFactory(country=Country.VIET_NAM, first_name="Lan")
    client.force_login(focal_point)

    response = client.get(reverse("accounts:vetting_queue"))

    assert response.status_code == 200
    assert list(response.context["applicants"]) == [own]
    assert foreign.email not in response.content.decode()


def test_vetting_queue_forbidden_to_officer(client, officer):
    client.force_login(officer)

    assert client.get(reverse("accounts:vetting_queue")).status_code == 403


def test_vetting_queue_requires_login(client):
    response = client.get(reverse("accounts:vetting_queue"))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_vetting_decide_approves_through_the_form(client, focal_point):
    applicant = PendingUserFactory(country=Country.CAMBODIA)
    client.force_login(focal_point)

    response = client.post(reverse("accounts:vetting_decide", args=[applicant.pk]), {"decision": "approve", "note": ""})

    applicant.refresh_from_db()
    assert response.status_code == 302
    assert applicant.membership_status == MembershipStatus.APPROVED


def test_vetting_decide_on_other_countrys_applicant_is_not_found(client, focal_point):
    applicant = PendingUserFactory(country=Country.MALAYSIA)
    client.force_login(focal_point)

    response = client.post(reverse("accounts:vetting_decide", args=[applicant.pk]), {"decision": "approve"})

    applicant.refresh_from_db()
    assert response.status_code == 404
    assert applicant.membership_status == MembershipStatus.PENDING


def test_vetting_decide_with_bad_decision_changes_nothing(client, focal_point):
    applicant = PendingUserFactory(country=Country.CAMBODIA)
    client.force_login(focal_point)

    response = client.post(reverse("accounts:vetting_decide", args=[applicant.pk]), {"decision": "<script>"}, follow=True)

    applicant.refresh_from_db()
    assert response.status_code == 200
    assert applicant.membership_status == MembershipStatus.PENDING
    assert "Choose approve or reject." in response.content.decode()


def test_vetting_queue_query_count_is_flat(client, django_assert_num_queries):
    focal = FocalPointFactory()
    give_totp(focal)
    client.force_login(focal)
    PendingUserFactory(country=focal.country)
    client.get(reverse("accounts:vetting_queue"))  # warm caches (content types, site)

    with django_assert_num_queries(5):
        client.get(reverse("accounts:vetting_queue"))
    PendingUserFactory.create_batch(9, country=focal.country)
    with django_assert_num_queries(5):
        client.get(reverse("accounts:vetting_queue"))

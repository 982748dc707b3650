import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission

from ern_learning.accounts.roles import Role

pytestmark = pytest.mark.django_db


def test_every_role_exists_as_a_group():
    assert set(Group.objects.values_list("name", flat=True)) >= set(Role.values)


@pytest.mark.parametrize(
    ("role", "can_open_admin"),
    [
        (Role.OFFICER, False),
        (Role.FOCAL_POINT, True),
        (Role.AUTHOR, True),
        (Role.REVIEWER, True),
        (Role.ORGANIZER, True),
        (Role.ADMINISTRATOR, True),
    ],
)
def test_admin_access_by_role(role, can_open_admin):
    group = Group.objects.get(name=role)

    assert group.permissions.filter(codename="access_admin").exists() is can_open_admin


def test_authors_can_edit_but_not_publish_pages():
    codenames = set(GroupPagePermission.objects.filter(group__name=Role.AUTHOR).values_list("permission__codename", flat=True))

    assert codenames == {"add_page", "change_page"}


def test_reviewers_can_publish_pages():
    codenames = set(GroupPagePermission.objects.filter(group__name=Role.REVIEWER).values_list("permission__codename", flat=True))

    assert "publish_page" in codenames


@pytest.mark.parametrize(
    ("role", "requires_mfa"),
    [(Role.OFFICER, False), (Role.FOCAL_POINT, True), (Role.AUTHOR, True), (Role.ORGANIZER, True), (Role.ADMINISTRATOR, True)],
)
def test_mfa_requirement_follows_role(role, requires_mfa):
    from tests.factories.accounts import UserFactory

    user = UserFactory(roles=(role,))

    assert user.requires_mfa is requires_mfa

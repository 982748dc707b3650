import pytest
from django.contrib.auth.models import AnonymousUser

from ern_learning.accounts.models import Country, MembershipStatus
from ern_learning.accounts.roles import Role
from ern_learning.reports.selectors.access import ReportScope, available_reports, report_scope
from tests.factories.accounts import FocalPointFactory, UserFactory


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        ("administrator", {"learning": ReportScope(), "assessment": ReportScope(), "meetings": ReportScope()}),
        ("author", {"learning": ReportScope(), "assessment": ReportScope(), "meetings": None}),
        ("organizer", {"learning": None, "assessment": None, "meetings": ReportScope()}),
        (
            "focal_point",
            {
                "learning": ReportScope(Country.CAMBODIA),
                "assessment": ReportScope(Country.CAMBODIA),
                "meetings": ReportScope(Country.CAMBODIA),
            },
        ),
        ("reviewer", {"learning": None, "assessment": None, "meetings": None}),
        ("officer", {"learning": None, "assessment": None, "meetings": None}),
    ],
)
def test_report_scope_per_role(request, person, expected):
    user = request.getfixturevalue(person)

    assert {kind: report_scope(user, kind) for kind in expected} == expected


def test_report_scope_of_anonymous_is_none():
    assert available_reports(AnonymousUser()) == []


def test_report_scope_of_superuser_is_everything(db):
    user = UserFactory(is_superuser=True, roles=())

    assert available_reports(user) == ["learning", "assessment", "meetings"]


def test_report_scope_of_focal_point_who_is_also_author_is_everything(db):
    user = FocalPointFactory(roles=(Role.FOCAL_POINT, Role.AUTHOR))

    assert report_scope(user, "learning") == ReportScope()
    assert report_scope(user, "meetings") == ReportScope(Country.CAMBODIA)


@pytest.mark.parametrize(
    "changes",
    [{"country": Country.UNODC}, {"membership_status": MembershipStatus.PENDING}, {"is_active": False}],
    ids=["not-a-member-country", "not-approved", "inactive"],
)
def test_report_scope_of_focal_point_needs_an_approved_member_country(db, changes):
    user = FocalPointFactory(**changes)

    assert available_reports(user) == []

import pytest

from ern_learning.accounts.models import Country
from tests.factories.accounts import FocalPointFactory, OfficerFactory, give_totp
from tests.factories.meetings import MeetingIndexPageFactory, MeetingPageFactory


@pytest.fixture
def meeting_index(home_page):
    return MeetingIndexPageFactory(parent=home_page)


@pytest.fixture
def meeting(meeting_index):
    return MeetingPageFactory(parent=meeting_index, title="ERN coordination meeting", slug="ern-coordination")


@pytest.fixture
def make_meeting(meeting_index):
    def make(**kwargs):
        return MeetingPageFactory(parent=meeting_index, **kwargs)

    return make


@pytest.fixture
def thai_officer(db):
    return OfficerFactory(country=Country.THAILAND, preferred_language="th")


@pytest.fixture
def thai_focal_point(db):
    user = FocalPointFactory(country=Country.THAILAND)
    give_totp(user)
    return user

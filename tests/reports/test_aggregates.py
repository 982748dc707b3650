import datetime

import pytest
from django.db.models import DurationField, ExpressionWrapper, F

from courses.models import Enrolment
from ern_learning.reports.aggregates import Median
from tests.factories.reports import EnrolmentFactory, at


@pytest.fixture
def durations(known):
    """Times to complete in the known data: 10, 4 and 2 days; two enrolments unfinished."""
    return ExpressionWrapper(F("completed_at") - F("enrolled_at"), output_field=DurationField())


def test_median_of_an_odd_number_of_durations_is_the_middle_one(durations):
    assert Enrolment.objects.aggregate(median=Median(durations)) == {"median": datetime.timedelta(days=4)}


def test_median_of_an_even_number_of_durations_is_the_mean_of_the_middle_two(known, durations):
    EnrolmentFactory(user=known.th_learner, course=known.finance, enrolled_at=at(2026, 3, 1), completed_at=at(2026, 3, 9))

    assert Enrolment.objects.aggregate(median=Median(durations)) == {"median": datetime.timedelta(days=6)}


def test_median_of_no_values_is_none(durations):
    assert Enrolment.objects.filter(completed_at__isnull=True).aggregate(median=Median(durations)) == {"median": None}


def test_median_of_numbers(known):
    assert Enrolment.objects.aggregate(median=Median("pk"))["median"] == sorted(Enrolment.objects.values_list("pk", flat=True))[2]

import datetime

import pytest

from courses.rendering.dates import format_certificate_date


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "April 22, 2026"),
        ("km", "22 មេសា 2026"),
        ("id", "22 April 2026"),
        ("lo", "22 ເມສາ 2026"),
        ("ms", "22 April 2026"),
        ("fil", "Abril 22, 2026"),
        ("th", "22 เมษายน พ.ศ. 2569"),
        ("vi", "22 tháng 4, 2026"),
    ],
)
def test_format_certificate_date_each_language(language, expected):
    assert format_certificate_date(datetime.date(2026, 4, 22), language) == expected


def test_format_certificate_date_thai_new_year_eve_stays_in_its_year():
    assert format_certificate_date(datetime.date(2026, 12, 31), "th") == "31 ธันวาคม พ.ศ. 2569"

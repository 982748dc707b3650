import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from ern_learning.reports.exports import csv_bytes, xlsx_bytes
from ern_learning.reports.tables import Column, Kind, ReportTable


def download(client, kind: str, query: str):
    response = client.get(reverse(f"ern_reports:{kind}") + query)
    assert response.status_code == 200
    return response


def test_learning_csv_download_has_the_table_rows(client, administrator, known):
    client.force_login(administrator)

    response = download(client, "learning", "?export=csv&table=languages")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="ern-learning-languages-')
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    assert list(csv.reader(io.StringIO(text.lstrip("\ufeff")))) == [
        [
            "Language",
            "Enrolments",
            "Started the course",
            "Completed the course",
            "Completion rate (%)",
            "Average days to complete",
            "Median days to complete",
        ],
        ["English", "1", "1", "0", "0.0", "", ""],
        ["Khmer", "2", "1", "1", "50.0", "10.0", "10.0"],
        ["Thai", "1", "1", "1", "100.0", "4.0", "4.0"],
        ["Vietnamese", "1", "1", "1", "100.0", "2.0", "2.0"],
    ]


def test_csv_download_without_a_table_gives_the_first(client, administrator, known):
    client.force_login(administrator)

    response = download(client, "meetings", "?export=csv&table=nonsense")

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "Country or organisation"
    assert rows[1:] == [
        ["Cambodia", "1", "2", "0", "1", "0", "4", "2", "2", "100.0"],
        ["Thailand", "1", "1", "0", "0", "1", "3", "1", "0", "0.0"],
        ["Viet Nam", "0", "1", "1", "0", "0", "2", "0", "0", ""],
    ]


def test_csv_download_follows_the_filters(client, administrator, known):
    client.force_login(administrator)

    response = download(client, "learning", f"?export=csv&table=courses&course={known.finance.pk}")

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1:] == [["Financial investigations", "2", "1", "1", "50.0", "2.0", "2.0"]]


def test_xlsx_download_opens_with_a_sheet_per_table(client, administrator, known):
    client.force_login(administrator)

    response = download(client, "assessment", "?export=xlsx&language=th")

    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert response["Content-Disposition"].startswith('attachment; filename="ern-assessment-report-')
    workbook = load_workbook(io.BytesIO(response.content))
    # Excel allows 31 characters in a sheet name.
    assert workbook.sheetnames == [
        "About this report",
        "Questions to check",
        "Pass rate by course and languag",
        "Right answers by question and l",
    ]
    about = {row[0]: row[1] for row in workbook["About this report"].iter_rows(values_only=True)}
    assert (about["Report"], about["Country or organisation"], about["Language"], about["Course"]) == (
        "Assessment report",
        "All countries",
        "Thai",
        "Any",
    )
    assert list(workbook["Pass rate by course and languag"].iter_rows(values_only=True)) == [
        (
            "Course",
            "Quiz language",
            "Attempts",
            "Attempts passed",
            "Pass rate (%)",
            "Learners",
            "Learners who passed",
            "Learners who passed (%)",
            "Average score (%)",
        ),
        ("Digital evidence", "Thai", 2, 1, 50, 1, 1, 100, 75),
    ]
    questions = list(workbook["Right answers by question and l"].iter_rows(values_only=True))
    assert questions[1:] == [
        ("Digital evidence", "Question 1?", "Thai", 2, 2, 100, 100, 0),
        # The share in all languages still counts every language.
        ("Digital evidence", "Question 2?", "Thai", 2, 1, 50, 66.7, -16.7),
    ]


def test_xlsx_download_for_a_focal_point_names_their_country(client, focal_point, known):
    client.force_login(focal_point)

    response = download(client, "meetings", "?export=xlsx")

    workbook = load_workbook(io.BytesIO(response.content))
    about = {row[0]: row[1] for row in workbook["About this report"].iter_rows(values_only=True)}
    assert about["Country or organisation"] == "Cambodia"
    assert [row[0] for row in workbook["Registrations by country and st"].iter_rows(values_only=True)] == [
        "Country or organisation",
        "Cambodia",
    ]


@pytest.fixture
def risky_table():
    return ReportTable(
        key="risky",
        title="Courses: [draft]/*",
        columns=[Column("Course"), Column("Enrolments", Kind.NUMBER)],
        rows=[['=HYPERLINK("http://evil.example")', 3], ["-1+1", -2], ["Plain", None]],
    )


def test_csv_keeps_formula_like_text_as_text(risky_table):
    rows = list(csv.reader(io.StringIO(csv_bytes(risky_table).decode("utf-8-sig"))))

    assert rows == [["Course", "Enrolments"], ['\'=HYPERLINK("http://evil.example")', "3"], ["'-1+1", "-2"], ["Plain", ""]]


def test_xlsx_keeps_formula_like_text_as_text_and_names_sheets_safely(risky_table):
    workbook = load_workbook(io.BytesIO(xlsx_bytes([risky_table, risky_table], about=[("Report", "=1+1")], about_title="About")))

    assert workbook.sheetnames == ["About", "Courses   draft", "Courses   draft (2)"]
    assert list(workbook["About"].iter_rows(values_only=True)) == [("Report", "'=1+1")]
    assert list(workbook["Courses   draft"].iter_rows(values_only=True)) == [
        ("Course", "Enrolments"),
        ('\'=HYPERLINK("http://evil.example")', 3),
        ("'-1+1", -2),
        ("Plain", None),
    ]

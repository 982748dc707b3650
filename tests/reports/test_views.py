import pytest
from django.urls import reverse

from ern_learning.accounts.models import Country

REPORTS = ("learning", "assessment", "meetings")


def url(kind: str, query: str = "") -> str:
    return reverse(f"ern_reports:{kind}") + query


@pytest.mark.parametrize(
    ("person", "allowed"),
    [
        ("administrator", {"learning", "assessment", "meetings"}),
        ("author", {"learning", "assessment"}),
        ("organizer", {"meetings"}),
        ("focal_point", {"learning", "assessment", "meetings"}),
        ("reviewer", set()),
    ],
)
def test_report_pages_open_only_for_their_roles(request, client, known, person, allowed):
    client.force_login(request.getfixturevalue(person))

    opened = set()
    for kind in REPORTS:
        response = client.get(url(kind))
        if response.status_code == 200:
            opened.add(kind)
        else:
            # Wagtail turns a refusal inside its admin into a redirect to the dashboard.
            assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert opened == allowed


@pytest.mark.parametrize("kind", REPORTS)
def test_report_page_sends_anonymous_to_sign_in(client, kind):
    response = client.get(url(kind))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("kind", REPORTS)
def test_report_page_and_download_refused_to_officers(client, officer, known, kind):
    client.force_login(officer)

    page = client.get(url(kind))
    download = client.get(url(kind, "?export=csv"))

    assert (page.status_code, download.status_code) == (403, 403)
    assert "Content-Disposition" not in download
    assert b"Digital evidence" not in page.content + download.content


def test_learning_report_shows_figures_charts_and_tables(client, administrator, known):
    client.force_login(administrator)

    response = client.get(url("learning"))

    content = response.content.decode()
    facts = [(fact.label, fact.display) for fact in response.context["content"].facts]
    assert facts == [
        ("Enrolments", "5"),
        ("Started the course", "4"),
        ("Completed the course", "3"),
        ("Completion rate", "60.0%"),
        ("Average days to complete", "5.3"),
        ("Median days to complete", "4.0"),
    ]
    assert [chart.title for chart in response.context["content"].charts] == [
        "Completion rate by course",
        "Enrolments and completions by language",
        "Enrolments and completions by month of enrolment",
    ]
    assert [table.key for table in response.context["content"].tables] == [
        "courses",
        "languages",
        "months",
        "breakdown",
        "lessons",
    ]
    assert '<svg class="ern-chart__svg" role="img"' in content
    assert "Digital evidence: 66.7%; Financial investigations: 50%." in content


def test_focal_point_sees_only_their_country_whatever_the_filter_says(client, focal_point, known):
    client.force_login(focal_point)

    response = client.get(url("learning", f"?country={Country.THAILAND}"))

    content = response.context["content"]
    assert "country" not in response.context["form"].fields
    assert content.table("breakdown").rows[0][1] == "Cambodia"
    assert {row[1] for row in content.table("breakdown").rows} == {"Cambodia"}
    assert [(fact.label, fact.display) for fact in content.facts][0] == ("Enrolments", "3")
    assert "You see the figures for Cambodia only." in response.content.decode()


def test_focal_point_meetings_report_counts_their_countrys_registrations(client, focal_point, known):
    client.force_login(focal_point)

    response = client.get(url("meetings", f"?meeting={known.past_meeting.pk}"))

    rows = response.context["content"].table("countries").rows
    assert rows == [["Cambodia", 1, 2, 0, 1, 0, 4, 2, 2, 100.0]]
    assert response.context["content"].table("quotas").rows == [
        ["Inception meeting", known.past_meeting.local_start.date(), "Cambodia", 3, 2, 66.7]
    ]


def test_assessment_report_highlights_questions_to_check(client, author, known):
    client.force_login(author)

    response = client.get(url("assessment"))

    tables = {table.key: table for table in response.context["content"].tables}
    assert tables["flagged"].rows == []
    assert "No question is much harder in one language than in the others." in response.content.decode()
    assert tables["questions"].highlight == [False, False, False, False]


def test_report_end_date_before_start_date_is_explained(client, administrator, known):
    client.force_login(administrator)

    response = client.get(url("learning", "?date_from=2026-03-01&date_to=2026-02-01"))

    assert response.status_code == 200
    assert response.context["content"] is None
    assert response.context["form"].errors == {"date_to": ["The end date must be on or after the start date."]}
    assert "Correct the filters above to see the report." in response.content.decode()


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("?course=999999", "course"),
        ("?course=abc", "course"),
        ("?date_from=31-31-2026", "date_from"),
        ("?language=xx", "language"),
    ],
)
def test_report_bad_filter_gives_a_message_not_an_error(client, administrator, known, query, field):
    client.force_login(administrator)

    response = client.get(url("assessment", query))

    assert response.status_code == 200
    assert list(response.context["form"].errors) == [field]


def test_report_bad_filter_downloads_nothing(client, administrator, known):
    client.force_login(administrator)

    response = client.get(url("meetings", "?meeting=abc&export=xlsx"))

    assert response.status_code == 200
    assert "Content-Disposition" not in response


def test_report_long_table_is_paginated_and_keeps_filters(client, administrator, known, monkeypatch):
    monkeypatch.setattr("ern_learning.reports.views.ROWS_PER_PAGE", 2)
    client.force_login(administrator)

    first = client.get(url("learning", "?language="))
    second = client.get(url("learning", "?language=&breakdown-page=3"))

    def shown(response):
        (table,) = [item for item in response.context["tables"] if item["table"].key == "breakdown"]
        return table

    assert [row[2] for row in shown(first)["table"].rows] == ["English", "Khmer"]
    assert shown(first)["next_url"] == reverse("ern_reports:learning") + "?language=&breakdown-page=2"
    assert [row[2] for row in shown(second)["table"].rows] == ["Vietnamese"]
    assert (shown(second)["page"].number, shown(second)["next_url"]) == (3, "")


@pytest.mark.parametrize(("kind", "queries"), [("learning", 20), ("assessment", 17), ("meetings", 15)])
@pytest.mark.parametrize("size", [1, 6])
def test_report_page_runs_the_same_queries_whatever_the_data(
    client, administrator, activity, django_assert_num_queries, kind, queries, size
):
    activity(size)
    client.force_login(administrator)
    client.get(url(kind))  # Wagtail's admin caches some of its own look-ups on the first visit.

    with django_assert_num_queries(queries):
        response = client.get(url(kind))

    assert response.status_code == 200


@pytest.mark.parametrize(("kind", "queries"), [("learning", 16), ("assessment", 13), ("meetings", 11)])
@pytest.mark.parametrize("size", [1, 6])
def test_report_download_runs_the_same_queries_whatever_the_data(
    client, focal_point, activity, django_assert_num_queries, kind, queries, size
):
    activity(size)
    client.force_login(focal_point)
    client.get(url(kind))

    with django_assert_num_queries(queries):
        response = client.get(url(kind, "?export=xlsx"))

    assert response.status_code == 200


@pytest.mark.parametrize(
    ("person", "shown"),
    [
        ("administrator", ["Learning", "Assessment", "Meetings and attendance"]),
        ("author", ["Learning", "Assessment"]),
        ("organizer", ["Meetings and attendance"]),
        ("focal_point", ["Learning", "Assessment", "Meetings and attendance"]),
        ("reviewer", []),
    ],
)
def test_reports_menu_lists_the_reports_each_role_may_open(rf, request, person, shown):
    from wagtail.admin.menu import reports_menu

    http_request = rf.get("/admin/")
    http_request.user = request.getfixturevalue(person)

    labels = [
        str(item.label) for item in reports_menu.menu_items_for_request(http_request) if item.name.startswith("ern-report-")
    ]

    assert labels == shown

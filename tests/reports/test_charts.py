from django.template.loader import render_to_string
from django.utils import translation

from ern_learning.reports.charts import BarChart, Series


def chart(**changes) -> BarChart:
    options = {
        "key": "completion",
        "title": "Completion rate by course",
        "description": "The share of enrolments that ended in a completed course.",
        "category_heading": "Course",
        "categories": ["Digital evidence", "Financial investigations"],
        "series": [Series("Completion rate", [66.7, 50.0])],
        "percent": True,
    }
    return BarChart(**(options | changes))


def test_bar_lengths_follow_the_values_on_a_percent_scale():
    bars = [row.bars[0] for row in chart().rows]

    # 390 units of width stand for 100 %.
    assert [(bar.width, bar.text) for bar in bars] == [(260.1, "66.7%"), (195.0, "50%")]


def test_count_chart_scales_to_its_largest_value():
    counts = chart(percent=False, series=[Series("Enrolments", [4, 1]), Series("Completed", [2, 0])])

    assert [[bar.width for bar in row.bars] for row in counts.rows] == [[390.0, 195.0], [97.5, 0.0]]
    assert [(entry.label, entry.x, entry.y) for entry in counts.legend_entries] == [("Enrolments", 0, 6), ("Completed", 113.0, 6)]
    assert (
        counts.spoken_summary
        == "Digital evidence: Enrolments 4, Completed 2; Financial investigations: Enrolments 1, Completed 0."
    )


def test_long_legend_wraps_within_the_width():
    many = chart(series=[Series(f"A rather long series label {n}", [1, 2]) for n in range(5)])

    assert max(entry.x for entry in many.legend_entries) < 720
    assert len({entry.y for entry in many.legend_entries}) == 3


def test_long_category_is_shortened_in_the_drawing_only():
    long_title = "Digital evidence in trafficking for forced criminality investigations"
    drawn = chart(categories=[long_title, "Short"])

    assert drawn.rows[0].short_label == "Digital evidence in trafficking…"
    assert drawn.table_rows[0] == (long_title, ["66.7%"])


def test_chart_renders_accessible_svg_with_its_data_table():
    html = render_to_string("reports/includes/bar_chart.html", {"chart": chart()})

    assert '<svg class="ern-chart__svg" role="img" aria-labelledby="chart-completion-title chart-completion-desc"' in html
    assert '<title id="chart-completion-title">Completion rate by course</title>' in html
    assert (
        '<desc id="chart-completion-desc">The share of enrolments that ended in a completed course. '
        "Digital evidence: 66.7%; Financial investigations: 50%.</desc>"
    ) in html
    assert '<rect x="260" y="6" width="260.1" height="16" fill="#1d3557"/>' in html
    assert '<th scope="row">Financial investigations</th><td class="ern-number">50%</td>' in html
    assert "http" not in html.replace("http://www.w3.org/2000/svg", "")


def test_chart_coordinates_stay_numbers_in_languages_with_a_decimal_comma():
    with translation.override("vi"):
        html = render_to_string("reports/includes/bar_chart.html", {"chart": chart()})

    assert 'width="260.1"' in html
    assert "66,7%" in html


def test_empty_chart_says_so_instead_of_drawing():
    html = render_to_string("reports/includes/bar_chart.html", {"chart": chart(categories=[], series=[Series("Rate", [])])})

    assert "<svg" not in html
    assert "No data for these filters." in html


def test_stacked_chart_draws_one_bar_of_segments_with_the_total_after_it():
    statuses = chart(
        percent=False,
        stacked=True,
        categories=["Cambodia", "Thailand"],
        series=[Series("Approved", [6, 1]), Series("On the waitlist", [2, 0]), Series("Declined", [0, 1])],
    )

    cambodia, thailand = statuses.rows
    # The longest stack (8) fills the 390 units; empty segments are not drawn.
    assert [(bar.x, bar.width, bar.text, bar.text_colour) for bar in cambodia.bars] == [
        (260.0, 292.5, "6", "#ffffff"),
        (552.5, 97.5, "2", "#1a1a1a"),
    ]
    assert (cambodia.total_text, cambodia.total_x) == ("8", 654.0)
    # A segment too narrow for its number leaves it to the total and the data table.
    assert [(bar.width, bar.text) for bar in thailand.bars] == [(48.8, "1"), (48.8, "1")]
    assert thailand.total_text == "2"
    assert statuses.height == 6 + 26 + 2 * (16 + 12)


def test_stacked_chart_renders_segment_values_inside_the_bars():
    html = render_to_string(
        "reports/includes/bar_chart.html",
        {"chart": chart(percent=False, stacked=True, series=[Series("Approved", [6, 1]), Series("Waitlisted", [2, 0])])},
    )

    assert '<text x="406.2" y="44" fill="#ffffff" text-anchor="middle">6</text>' in html
    assert '<text x="654.0" y="44" fill="#1a1a1a" font-weight="bold">8</text>' in html

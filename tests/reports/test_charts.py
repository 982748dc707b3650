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

    # 420 units of width stand for 100 %.
    assert [(bar.width, bar.text) for bar in bars] == [(280.1, "66.7%"), (210.0, "50%")]


def test_count_chart_scales_to_its_largest_value():
    counts = chart(percent=False, series=[Series("Enrolments", [4, 1]), Series("Completed", [2, 0])])

    assert [[bar.width for bar in row.bars] for row in counts.rows] == [[420.0, 210.0], [105.0, 0.0]]
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

    assert drawn.rows[0].short_label == "Digital evidence in trafficking f…"
    assert drawn.table_rows[0] == (long_title, ["66.7%"])


def test_chart_renders_accessible_svg_with_its_data_table():
    html = render_to_string("reports/includes/bar_chart.html", {"chart": chart()})

    assert '<svg class="ern-chart__svg" role="img" aria-labelledby="chart-completion-title chart-completion-desc"' in html
    assert '<title id="chart-completion-title">Completion rate by course</title>' in html
    assert (
        '<desc id="chart-completion-desc">The share of enrolments that ended in a completed course. '
        "Digital evidence: 66.7%; Financial investigations: 50%.</desc>"
    ) in html
    assert '<rect x="230" y="6" width="280.1" height="16" fill="#1d3557"/>' in html
    assert '<th scope="row">Financial investigations</th><td class="ern-number">50%</td>' in html
    assert "http" not in html.replace("http://www.w3.org/2000/svg", "")


def test_chart_coordinates_stay_numbers_in_languages_with_a_decimal_comma():
    with translation.override("vi"):
        html = render_to_string("reports/includes/bar_chart.html", {"chart": chart()})

    assert 'width="280.1"' in html
    assert "66,7%" in html


def test_empty_chart_says_so_instead_of_drawing():
    html = render_to_string("reports/includes/bar_chart.html", {"chart": chart(categories=[], series=[Series("Rate", [])])})

    assert "<svg" not in html
    assert "No data for these filters." in html

"""Bar charts drawn on the server as SVG: no JavaScript, nothing from another host, and they print.

Each chart is an `<svg role="img">` with a `<title>` and a `<desc>` that reads out every value, and
is followed by the table of the data behind it. Bars carry their value as text, so the chart reads
the same in greyscale.
"""

from dataclasses import dataclass
from functools import cached_property

from django.utils.formats import number_format
from django.utils.translation import gettext as _

WIDTH = 720
LABEL_WIDTH = 230
VALUE_WIDTH = 70
BAR_HEIGHT = 16
BAR_GAP = 2
GROUP_GAP = 12
LEGEND_LINE_HEIGHT = 20
LEGEND_CHARACTER_WIDTH = 7.5
TOP = 6
LABEL_CHARACTERS = 34

# Dark, mid and light tones, told apart in colour and in greyscale print.
PALETTE = ["#1d3557", "#d08c00", "#2a9d8f", "#9b2226", "#6c757d"]


def format_value(value: float | int | None, *, percent: bool = False) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and not value.is_integer():
        text = number_format(value, decimal_pos=1)
    else:
        text = number_format(int(value))
    return f"{text}%" if percent else text


def _shorten(label: str) -> str:
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1].rstrip() + "…"


@dataclass
class Series:
    label: str
    values: list[float | int | None]
    colour: str = ""


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    text: str
    text_x: float
    text_y: float


@dataclass
class Row:
    label: str
    short_label: str
    label_y: float
    bars: list[Bar]


@dataclass
class LegendEntry:
    label: str
    colour: str
    x: float
    y: float

    @property
    def text_x(self) -> float:
        return self.x + 20

    @property
    def text_y(self) -> float:
        return self.y + 12


@dataclass
class BarChart:
    """A horizontal bar chart: one row per category, one bar per series in each row."""

    key: str
    title: str
    description: str
    category_heading: str
    categories: list[str]
    series: list[Series]
    percent: bool = False

    def __post_init__(self):
        for index, series in enumerate(self.series):
            series.colour = series.colour or PALETTE[index % len(PALETTE)]

    @property
    def is_empty(self) -> bool:
        return not self.categories

    @property
    def width(self) -> int:
        return WIDTH

    @property
    def axis_x(self) -> int:
        return LABEL_WIDTH

    @property
    def label_x(self) -> int:
        return LABEL_WIDTH - 8

    @cached_property
    def scale_max(self) -> float:
        if self.percent:
            return 100.0
        values = [value for series in self.series for value in series.values if value is not None]
        return float(max(values, default=0)) or 1.0

    @property
    def has_legend(self) -> bool:
        return len(self.series) > 1

    @cached_property
    def rows(self) -> list[Row]:
        bar_area = WIDTH - LABEL_WIDTH - VALUE_WIDTH
        y = TOP + self.legend_height
        rows = []
        for index, category in enumerate(self.categories):
            bars = []
            for position, series in enumerate(self.series):
                value = series.values[index]
                bar_y = y + position * (BAR_HEIGHT + BAR_GAP)
                length = 0.0 if value is None else max(bar_area * min(float(value), self.scale_max) / self.scale_max, 0.0)
                bars.append(
                    Bar(
                        x=LABEL_WIDTH,
                        y=bar_y,
                        width=round(length, 1),
                        height=BAR_HEIGHT,
                        colour=series.colour,
                        text=format_value(value, percent=self.percent),
                        text_x=round(LABEL_WIDTH + length + 4, 1),
                        text_y=bar_y + BAR_HEIGHT - 4,
                    )
                )
            group_height = len(self.series) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP
            rows.append(Row(label=category, short_label=_shorten(category), label_y=y + group_height / 2 + 4, bars=bars))
            y += group_height + GROUP_GAP
        return rows

    @cached_property
    def height(self) -> int:
        group_height = len(self.series) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + GROUP_GAP
        return int(TOP + self.legend_height + len(self.categories) * group_height)

    @cached_property
    def legend_entries(self) -> list[LegendEntry]:
        """A swatch and a label per series, wrapped onto as many lines as the width needs."""
        if not self.has_legend:
            return []
        entries, x, y = [], 0, TOP
        for series in self.series:
            width = 26 + LEGEND_CHARACTER_WIDTH * len(series.label)
            if x and x + width > WIDTH:
                x, y = 0, y + LEGEND_LINE_HEIGHT
            entries.append(LegendEntry(label=series.label, colour=series.colour, x=x, y=y))
            x += width + 12
        return entries

    @property
    def legend_height(self) -> int:
        if not self.legend_entries:
            return 0
        return int(self.legend_entries[-1].y - TOP + LEGEND_LINE_HEIGHT + 6)

    @property
    def spoken_summary(self) -> str:
        """Every value in words, for the chart's <desc>."""
        parts = []
        for index, category in enumerate(self.categories):
            values = ", ".join(
                f"{series.label} {format_value(series.values[index], percent=self.percent)}"
                if self.has_legend
                else format_value(series.values[index], percent=self.percent)
                for series in self.series
            )
            parts.append(f"{category}: {values}")
        return "; ".join(parts) + "." if parts else _("No data.")

    @property
    def table_rows(self) -> list[tuple[str, list[str]]]:
        return [
            (category, [format_value(series.values[index], percent=self.percent) for series in self.series])
            for index, category in enumerate(self.categories)
        ]

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
LABEL_WIDTH = 260
VALUE_WIDTH = 70
BAR_HEIGHT = 16
BAR_GAP = 2
GROUP_GAP = 12
LEGEND_LINE_HEIGHT = 20
LEGEND_CHARACTER_WIDTH = 7.5
VALUE_CHARACTER_WIDTH = 7.5
TOP = 6
LABEL_CHARACTERS = 32
TEXT = "#1a1a1a"

# Dark, mid and light tones, told apart in colour and in greyscale print; each with the text colour readable on it.
PALETTE = ["#1d3557", "#d08c00", "#2a9d8f", "#9b2226", "#6c757d"]
TEXT_ON = {"#1d3557": "#ffffff", "#d08c00": TEXT, "#2a9d8f": TEXT, "#9b2226": "#ffffff", "#6c757d": "#ffffff"}


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
    """A bar, or one segment of a stacked bar, with its value written after it (or inside, when stacked)."""

    x: float
    y: float
    width: float
    height: float
    colour: str
    text: str
    text_x: float
    text_y: float
    text_colour: str = TEXT
    text_anchor: str = "start"


@dataclass
class Row:
    label: str
    short_label: str
    label_y: float
    bars: list[Bar]
    total_text: str = ""
    total_x: float = 0
    total_y: float = 0


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
    # Stacked: one bar per category, a segment per series, the total written after it.
    stacked: bool = False

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
        if self.stacked:
            totals = [sum(series.values[index] or 0 for series in self.series) for index in range(len(self.categories))]
            return float(max(totals, default=0)) or 1.0
        values = [value for series in self.series for value in series.values if value is not None]
        return float(max(values, default=0)) or 1.0

    @property
    def has_legend(self) -> bool:
        return len(self.series) > 1

    @property
    def _group_height(self) -> int:
        return BAR_HEIGHT if self.stacked else len(self.series) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP

    def _length(self, value) -> float:
        bar_area = WIDTH - LABEL_WIDTH - VALUE_WIDTH
        if value is None:
            return 0.0
        return max(bar_area * min(float(value), self.scale_max) / self.scale_max, 0.0)

    @cached_property
    def rows(self) -> list[Row]:
        y = TOP + self.legend_height
        rows = []
        for index, category in enumerate(self.categories):
            row = Row(label=category, short_label=_shorten(category), label_y=y + self._group_height / 2 + 4, bars=[])
            if self.stacked:
                self._stack(row, index, y)
            else:
                for position, series in enumerate(self.series):
                    bar_y = y + position * (BAR_HEIGHT + BAR_GAP)
                    length = self._length(series.values[index])
                    row.bars.append(
                        Bar(
                            x=LABEL_WIDTH,
                            y=bar_y,
                            width=round(length, 1),
                            height=BAR_HEIGHT,
                            colour=series.colour,
                            text=format_value(series.values[index], percent=self.percent),
                            text_x=round(LABEL_WIDTH + length + 4, 1),
                            text_y=bar_y + BAR_HEIGHT - 4,
                        )
                    )
            rows.append(row)
            y += self._group_height + GROUP_GAP
        return rows

    def _stack(self, row: Row, index: int, y: float) -> None:
        x = float(LABEL_WIDTH)
        for series in self.series:
            value = series.values[index]
            if not value:
                continue
            length = self._length(value)
            text = format_value(value, percent=self.percent)
            fits = length >= 8 + VALUE_CHARACTER_WIDTH * len(text)
            row.bars.append(
                Bar(
                    x=round(x, 1),
                    y=y,
                    width=round(length, 1),
                    height=BAR_HEIGHT,
                    colour=series.colour,
                    text=text if fits else "",
                    text_x=round(x + length / 2, 1),
                    text_y=y + BAR_HEIGHT - 4,
                    text_colour=TEXT_ON.get(series.colour, TEXT),
                    text_anchor="middle",
                )
            )
            x += length
        total = sum(series.values[index] or 0 for series in self.series)
        row.total_text, row.total_x, row.total_y = format_value(total, percent=self.percent), round(x + 4, 1), y + BAR_HEIGHT - 4

    @cached_property
    def height(self) -> int:
        return int(TOP + self.legend_height + len(self.categories) * (self._group_height + GROUP_GAP))

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

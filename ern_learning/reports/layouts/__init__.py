"""What each report shows: headline figures, charts and tables, built from its selector's rows."""

from dataclasses import dataclass, field

from ern_learning.reports.charts import BarChart
from ern_learning.reports.tables import Fact, ReportTable


@dataclass
class ReportContent:
    facts: list[Fact] = field(default_factory=list)
    charts: list[BarChart] = field(default_factory=list)
    tables: list[ReportTable] = field(default_factory=list)

    def table(self, key: str | None) -> ReportTable | None:
        """The table with this key, else the first one."""
        for table in self.tables:
            if table.key == key:
                return table
        return self.tables[0] if self.tables else None

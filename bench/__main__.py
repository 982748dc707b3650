"""`make bench`: every figure side by side, measured in one run on this machine; prints a Markdown table.

Load goes to 127.0.0.1 only, bounded in time and count. Not part of `make test`.
"""

import json
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench import pages, pageweight, queries

RESULTS = Path(__file__).resolve().parent.parent / "var" / "bench-results.json"


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def section(title: str) -> None:
    print(f"\n## {title}\n", flush=True)


def main() -> int:
    started = time.monotonic()
    print(f"# ERN Learning benchmarks — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC — {machine()}")
    figures: dict = {}

    section("Pages under gunicorn (3 workers, PostgreSQL, Redis cache), ratio to a bare Django view")
    page_figures = pages.run()
    print(pages.format_table(page_figures))

    section("SQL queries per page at two data sizes")
    query_figures = queries.run()
    print(queries.format_table(query_figures))
    figures["queries"] = query_figures

    section("Page weight: first visit to a Khmer lesson page (budget 150 KB)")
    with pages.gunicorn(pages.bench_env()) as base:
        found = pages.discover(pages.bench_env())
        weight = pageweight.measure(base + found["urls"]["lesson"])
    print(
        f"total {weight['total'] / 1024:.1f} KB — "
        + ", ".join(f"{k} {v / 1024:.1f} KB" for k, v in sorted(weight["by_type"].items()))
    )
    print("within budget" if weight["total"] <= 150 * 1024 else "OVER BUDGET")
    figures["page_weight"] = weight

    for title, module_name in (
        ("Certificates", "bench.certificates"),
        ("Registrations: 200 concurrent requests for 50 seats over HTTP", "bench.registrations"),
        ("Reports over 100,000 lesson-progress rows and 10,000 enrolments", "bench.reports"),
    ):
        section(title)
        module = __import__(module_name, fromlist=["run"])
        result = module.run()
        figures[module_name] = result
        print(module.format_table(result) if hasattr(module, "format_table") else json.dumps(result, indent=2, default=str))

    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2, default=str))
    print(f"\n(total {time.monotonic() - started:.0f} s; raw figures in {RESULTS})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

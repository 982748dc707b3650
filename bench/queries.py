"""SQL queries per page at two data sizes: the count must not grow with the data."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (5, 50)

# Runs inside a Django process on a throw-away PostgreSQL test database.
SCRIPT = r"""
import json, sys
import django
django.setup()
from django.test.utils import setup_databases, teardown_databases, setup_test_environment, CaptureQueriesContext
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation

setup_test_environment()
old = setup_databases(verbosity=0, interactive=False, keepdb=False)
try:
    from ern_learning.core.demo import seed_home_page
    from courses.services.progress import enrol_user
    from tests.factories.accounts import OfficerFactory
    from tests.factories.courses import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory

    size = int(sys.argv[1])
    home = seed_home_page()
    catalogue = CourseIndexPageFactory(parent=home)
    officer = OfficerFactory()
    courses = [CoursePageFactory(parent=catalogue, members_only=False) for _ in range(size)]
    lessons = [LessonPageFactory(parent=courses[0]) for _ in range(size)]
    for course in courses:
        enrol_user(officer, course)
    client = Client()
    client.force_login(officer)
    with translation.override("km"):
        pages = {
            "catalogue": reverse("courses:catalogue"),
            "course": courses[0].get_url(),
            "lesson": lessons[-1].get_url(),
            "dashboard": reverse("courses:my_learning"),
        }
    counts = {}
    for name, url in pages.items():
        client.get(url)  # warm per-process caches (content types, site root)
        with CaptureQueriesContext(connection) as captured:
            status = client.get(url).status_code
        counts[name] = {"queries": len(captured), "status": status}
    print("RESULT " + json.dumps(counts))
finally:
    teardown_databases(old, verbosity=0)
"""


def run() -> dict:
    figures = {}
    for size in SIZES:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "ern_learning.settings.test",
            "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/ern_bench_queries",
        }
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(size)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
        )
        line = next((line for line in result.stdout.splitlines() if line.startswith("RESULT ")), None)
        if line is None:
            raise RuntimeError(result.stdout[-2000:] + result.stderr[-4000:])
        figures[size] = json.loads(line.removeprefix("RESULT "))
    return figures


def format_table(figures: dict) -> str:
    small, large = SIZES
    lines = [f"| page | queries with {small} | queries with {large} | flat |", "| --- | ---: | ---: | --- |"]
    for page in figures[small]:
        a, b = figures[small][page]["queries"], figures[large][page]["queries"]
        lines.append(f"| {page} | {a} | {b} | {'yes' if a == b else 'NO'} |")
    return "\n".join(lines)

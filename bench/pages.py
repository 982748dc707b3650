"""Throughput and latency of the main pages under gunicorn, each as a ratio to a bare Django view."""

import json

from bench.load import run_load
from bench.server import bench_env, gunicorn, manage, prepare_demo_site

# Prints the URLs to measure and a session cookie for a demo officer, from inside the project.
DISCOVER = """
import json
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.utils import translation
from courses.models import CourseIndexPage, CoursePage, LessonPage
officer = get_user_model().objects.get(email="officer.kh@ern.example")
session = SessionStore()
session["_auth_user_id"] = str(officer.pk)
session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
session["_auth_user_hash"] = officer.get_session_auth_hash()
session.create()
course = CoursePage.objects.live().order_by("pk").first()
lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
with translation.override("km"):
    from django.urls import reverse
    urls = {
        "home": "/km/",
        "catalogue": CourseIndexPage.objects.live().order_by("path").first().get_url(),
        "course": course.get_url(),
        "lesson": lesson.get_url(),
        "dashboard": reverse("courses:my_learning"),
    }
# Pages only members may open (visitors get the need-to-know 404) are measured signed in only.
members_only = ["dashboard"] + (["lesson"] if course.members_only else [])
print(json.dumps({"cookie": "sessionid=" + session.session_key, "urls": urls, "members_only": members_only}))
"""


def discover(env) -> dict:
    return json.loads(manage("shell", "-c", DISCOVER, env=env).strip().splitlines()[-1])


def run(seconds: float = 4.0) -> dict:
    env = bench_env()
    prepare_demo_site(env)
    found = discover(env)
    rows = []
    with gunicorn(env) as base:
        for _ in range(2):  # warm every worker
            run_load(base, "/bench/ok", seconds=1)
        ceiling = run_load(base, "/bench/ok", seconds=seconds)
        rows.append(("bare Django view (ceiling)", "anonymous", ceiling, 1.0))
        for name, path in found["urls"].items():
            visitors = [("signed in", found["cookie"])]
            if name not in found["members_only"]:
                visitors.insert(0, ("anonymous", ""))
            for who, cookie in visitors:
                run_load(base, path, cookie=cookie, seconds=1)  # fill caches
                result = run_load(base, path, cookie=cookie, seconds=seconds)
                rows.append((f"{name} {path}", who, result, result.rps / ceiling.rps if ceiling.rps else 0))
    return {"rows": rows}


def format_table(figures: dict) -> str:
    lines = [
        "| page | visitor | req/s | p50 ms | p95 ms | errors | ratio to bare view |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, who, result, ratio in figures["rows"]:
        lines.append(
            f"| {name} | {who} | {result.rps:.0f} | {result.p50_ms:.1f} | {result.p95_ms:.1f} | {result.errors} | {ratio:.2f} |"
        )
    return "\n".join(lines)

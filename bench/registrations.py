"""Registrations over HTTP: 200 signed-in officers post "Register" at the same moment for a meeting with
50 seats, against gunicorn (4 workers) on PostgreSQL. Reports approved, waitlisted and failed counts (must
be 50, 150, 0) and registrations per second.

Load goes to 127.0.0.1 only; every request has a timeout and the whole run is bounded.
"""

import http.client
import json
import secrets
import string
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

from bench.server import bench_env, gunicorn, manage, recreate_database

DATABASE = "ern_bench"
PORT = 8110
WORKERS = 4
SEATS = 50
OFFICERS = 200
REQUEST_TIMEOUT = 60.0

# Runs inside the project: a meeting with 50 seats (approved at once while seats remain), 200 approved
# officers and a signed-in session for each. Prints what the load needs as JSON on the last line.
SETUP = """
import json
from datetime import timedelta
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
from ern_learning.accounts.models import Country, MembershipStatus, User
from ern_learning.core.demo import seed_home_page
from meetings.models import MeetingIndexPage, MeetingPage

home = seed_home_page()
index = MeetingIndexPage(title="Meetings", slug="events")
home.add_child(instance=index)
index.save_revision().publish()
start = timezone.now() + timedelta(days=30)
meeting = MeetingPage(
    title="Benchmark meeting", slug="benchmark-meeting", summary="Seats for the benchmark.",
    start_at=start, end_at=start + timedelta(hours=8), venue_name="UNCC", capacity=SEATS, approval_required=False,
)
index.add_child(instance=meeting)
meeting.save_revision().publish()
password = make_password("bench-only-password")
countries = ["KH", "ID", "LA", "MY", "PH", "TH", "VN"]
officers = User.objects.bulk_create([
    User(email=f"officer{n}@bench.example", first_name="Officer", last_name=str(n), password=password,
         country=countries[n % len(countries)], membership_status=MembershipStatus.APPROVED)
    for n in range(OFFICERS)
])
officer_group = Group.objects.get(name="Officer")
User.groups.through.objects.bulk_create([User.groups.through(user_id=o.pk, group_id=officer_group.pk) for o in officers])
cookies = []
for officer in officers:
    session = SessionStore()
    session["_auth_user_id"] = str(officer.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = officer.get_session_auth_hash()
    session.create()
    cookies.append(session.session_key)
print(json.dumps({"meeting": meeting.pk, "path": f"/en/meetings/{meeting.pk}/register/", "sessions": cookies}))
"""

COUNT = """
import json
from django.db.models import Count
from meetings.models import Registration
rows = Registration.objects.filter(meeting_id=MEETING).values("status").annotate(n=Count("pk")).order_by()
print(json.dumps({row["status"]: row["n"] for row in rows}))
"""


def _csrf_secret() -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(32))


def _register(base: str, path: str, session_key: str, start: threading.Barrier) -> tuple[int, float]:
    """One officer presses "Register"; returns the HTTP status (0 when the request failed) and its seconds."""
    host, port = base.removeprefix("http://").split(":")
    csrf = _csrf_secret()
    body = urlencode({"csrfmiddlewaretoken": csrf, "note": ""})
    headers = {
        "Cookie": f"sessionid={session_key}; csrftoken={csrf}",
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept-Language": "en",
    }
    connection = http.client.HTTPConnection(host, int(port), timeout=REQUEST_TIMEOUT)
    try:
        connection.connect()
        start.wait(timeout=REQUEST_TIMEOUT)
        started = time.perf_counter()
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status, time.perf_counter() - started
    except (OSError, http.client.HTTPException, threading.BrokenBarrierError):
        return 0, 0.0
    finally:
        connection.close()


def run() -> dict:
    env = bench_env(DATABASE)
    recreate_database(DATABASE)
    manage("migrate", "--noinput", env=env)
    manage("createcachetable", env=env)
    setup = SETUP.replace("SEATS", str(SEATS)).replace("OFFICERS", str(OFFICERS))
    prepared = json.loads(manage("shell", "-c", setup, env=env).strip().splitlines()[-1])
    sessions = prepared["sessions"]

    with gunicorn(env, port=PORT, workers=WORKERS) as base:
        start = threading.Barrier(len(sessions))
        with ThreadPoolExecutor(max_workers=len(sessions)) as pool:
            began = time.perf_counter()
            outcomes = list(pool.map(lambda key: _register(base, prepared["path"], key, start), sessions))
            elapsed = time.perf_counter() - began

    counts = json.loads(
        manage("shell", "-c", COUNT.replace("MEETING", str(prepared["meeting"])), env=env).strip().splitlines()[-1]
    )
    redirected = sum(1 for status, _seconds in outcomes if status == 302)
    latencies = sorted(seconds for status, seconds in outcomes if status == 302)
    approved, waitlisted = counts.get("approved", 0), counts.get("waitlisted", 0)
    return {
        "requests": len(sessions),
        "seats": SEATS,
        "workers": WORKERS,
        "approved": approved,
        "waitlisted": waitlisted,
        "failed": len(sessions) - redirected,
        "other_statuses": {status: n for status, n in counts.items() if status not in ("approved", "waitlisted")},
        "seconds": round(elapsed, 3),
        "registrations_per_second": round(redirected / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(1000 * latencies[len(latencies) // 2], 1) if latencies else None,
        "max_ms": round(1000 * latencies[-1], 1) if latencies else None,
        "correct": approved == SEATS and waitlisted == len(sessions) - SEATS and redirected == len(sessions),
    }


def format_table(figures: dict) -> str:
    return "\n".join(
        [
            "| requests | seats | approved | waitlisted | failed | seconds | registrations/s | p50 ms | max ms | as required |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
            f"| {figures['requests']} | {figures['seats']} | {figures['approved']} | {figures['waitlisted']} | {figures['failed']} "
            f"| {figures['seconds']} | {figures['registrations_per_second']} | {figures['p50_ms']} | {figures['max_ms']} "
            f"| {'yes (50 / 150 / 0)' if figures['correct'] else 'NO'} |",
        ]
    )


if __name__ == "__main__":
    result = run()
    print(format_table(result))

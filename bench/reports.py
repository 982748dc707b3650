"""Benchmark: the three report pages over 10,000 enrolments and 100,000 completed lessons, on PostgreSQL.

`run()` starts a child process that creates a fresh database `ern_bench_reports` (Django's test-database
machinery: created, migrated, dropped at the end), fills it with bulk inserts, then opens each report
page several times through the Django test client as an administrator with an authenticator app, and
reports the time per page in milliseconds (target: under 1 s). The child keeps this process's own
Django settings and database untouched.

    .venv/bin/python -m bench.reports             # prints the figures
    BENCH_POSTGRES_URL=postgres://user:pw@host:5432/postgres .venv/bin/python -m bench.reports
"""

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH_DATABASE = "ern_bench_reports"
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"
RESULT_MARKER = "BENCH-REPORTS-RESULT "
TARGET_MS = 1000
TIMED_RUNS = 5

LEARNERS = 1_000
COURSES = 10  # every learner enrols in every course: 10,000 enrolments
LESSONS_PER_COURSE = 15
QUESTIONS_PER_QUIZ = 10
MEETINGS = 20
REGISTRATIONS_PER_MEETING = 60
COUNTRIES = ["KH", "ID", "LA", "MY", "PH", "TH", "VN", "INTERPOL"]
LANGUAGES = ["km", "id", "lo", "ms", "fil", "th", "vi", "en"]


def run() -> dict:
    """Build the data set in a fresh PostgreSQL database, time the report pages, and return the figures."""
    root = Path(__file__).resolve().parent.parent
    environment = os.environ | {
        "DJANGO_SETTINGS_MODULE": "ern_learning.settings.test",
        "DATABASE_URL": os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES_URL),
    }
    completed = subprocess.run(
        [sys.executable, "-m", "bench.reports", "--child"],
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    for line in reversed(completed.stdout.splitlines()):
        if line.startswith(RESULT_MARKER):
            return json.loads(line[len(RESULT_MARKER) :])
    raise RuntimeError(f"The reports benchmark failed:\n{completed.stderr[-4000:]}")


# --- In the child process ---------------------------------------------------------------------


def _child() -> dict:
    import django

    django.setup()
    from django.db import connections
    from django.test.utils import setup_databases, teardown_databases

    connections["default"].settings_dict.setdefault("TEST", {})["NAME"] = BENCH_DATABASE
    databases = setup_databases(verbosity=0, interactive=False, aliases={"default"})
    try:
        started = time.perf_counter()
        sizes = _build()
        build_seconds = time.perf_counter() - started
        pages = _time_pages()
    finally:
        teardown_databases(databases, verbosity=0)
    return {
        "database": BENCH_DATABASE,
        "rows": sizes,
        "build_seconds": round(build_seconds, 1),
        "pages": pages,
        "target_ms": TARGET_MS,
        "within_target": all(page["median_ms"] < TARGET_MS for page in pages.values()),
    }


def _build() -> dict:
    """Courses, learners, enrolments, completed lessons, quiz attempts and meetings, mostly by bulk insert."""
    import datetime

    from django.db import connection, transaction
    from django.utils import timezone

    from courses.models import (
        Choice,
        CourseIndexPage,
        CoursePage,
        Enrolment,
        LessonCompletion,
        LessonPage,
        Question,
        QuizAttempt,
        QuizPage,
    )
    from ern_learning.accounts.models import User
    from ern_learning.core.demo import seed_home_page
    from meetings.models import AttendanceRecord, MeetingCountryQuota, MeetingIndexPage, MeetingPage, Registration

    now = timezone.now().replace(microsecond=0)
    day = datetime.timedelta(days=1)
    with transaction.atomic():
        home = seed_home_page()
        catalogue = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))
        courses, lessons, quizzes = [], {}, {}
        for number in range(COURSES):
            course = catalogue.add_child(
                instance=CoursePage(title=f"Course {number}", slug=f"course-{number}", summary="A course.", languages=LANGUAGES)
            )
            courses.append(course)
            lessons[course.pk] = [
                course.add_child(instance=LessonPage(title=f"Lesson {number}.{n}", slug=f"lesson-{number}-{n}"))
                for n in range(LESSONS_PER_COURSE)
            ]
            quiz = course.add_child(
                instance=QuizPage(title=f"Quiz {number}", slug=f"quiz-{number}", pass_mark=70, max_attempts=3)
            )
            questions = Question.objects.bulk_create(
                [Question(quiz=quiz, text=f"Question {n}?", sort_order=n) for n in range(QUESTIONS_PER_QUIZ)]
            )
            Choice.objects.bulk_create(
                [
                    Choice(question=question, text=text, is_correct=right, sort_order=n)
                    for question in questions
                    for n, (text, right) in enumerate([("Right", True), ("Wrong", False)])
                ]
            )
            quizzes[course.pk] = (quiz, [question.pk for question in questions])

        users = User.objects.bulk_create(
            [
                User(
                    email=f"learner{n}@bench.example",
                    first_name="Learner",
                    last_name=str(n),
                    country=COUNTRIES[n % len(COUNTRIES)],
                    preferred_language=LANGUAGES[n % len(LANGUAGES)],
                    membership_status="approved",
                    password="!",
                )
                for n in range(LEARNERS)
            ],
            batch_size=1000,
        )

        # Learner n, course c: enrolled (n * 7 + c * 13) % 365 days ago; a fifth complete 5 lessons, a fifth
        # all 15 (and take the quiz), the rest 10 — 100,000 completed lessons over 10,000 enrolments.
        enrolments, plans = [], []
        for n, user in enumerate(users):
            for c, course in enumerate(courses):
                index = n * COURSES + c
                lessons_done = (5, LESSONS_PER_COURSE, 10, 10, 10)[index % 5]
                enrolled_at = now - ((n * 7 + c * 13) % 365 + 30) * day
                finished = lessons_done == LESSONS_PER_COURSE
                completed_at = enrolled_at + (1 + index % 28) * day if finished and index % 3 else None
                last_lesson = lessons[course.pk][lessons_done - 1] if lessons_done else None
                enrolments.append(Enrolment(user=user, course=course, completed_at=completed_at, last_lesson=last_lesson))
                plans.append((enrolled_at, lessons_done, finished, completed_at))
        enrolments = Enrolment.objects.bulk_create(enrolments, batch_size=2000)
        for enrolment, (enrolled_at, *_rest) in zip(enrolments, plans, strict=True):
            enrolment.enrolled_at = enrolled_at
        Enrolment.objects.bulk_update(enrolments, ["enrolled_at"], batch_size=2000)

        completions, attempts = [], []
        for n, (enrolment, (enrolled_at, lessons_done, finished, completed_at)) in enumerate(zip(enrolments, plans, strict=True)):
            completions.extend(
                LessonCompletion(enrolment=enrolment, lesson=lesson) for lesson in lessons[enrolment.course_id][:lessons_done]
            )
            if not finished:
                continue
            quiz, question_ids = quizzes[enrolment.course_id]
            language = LANGUAGES[(n // COURSES) % len(LANGUAGES)]
            tries = [completed_at is not None] if completed_at is None or n % 2 else [False, True]
            for number, passed in enumerate(tries, start=1):
                wrong = 1 if passed else 5
                results = {str(question_id): position >= wrong for position, question_id in enumerate(question_ids)}
                score = round(100 * sum(results.values()) / len(results))
                attempts.append(
                    QuizAttempt(
                        enrolment=enrolment,
                        quiz=quiz,
                        number=number,
                        language=language,
                        question_order=question_ids,
                        results=results,
                        score=score,
                        passed=score >= quiz.pass_mark,
                        submitted_at=(completed_at or enrolled_at + 10 * day) - (len(tries) - number) * day,
                    )
                )
        LessonCompletion.objects.bulk_create(completions, batch_size=5000)
        QuizAttempt.objects.bulk_create(attempts, batch_size=2000)

        meeting_index = home.add_child(instance=MeetingIndexPage(title="Meetings", slug="meetings"))
        registrations, quotas = [], []
        for number in range(MEETINGS):
            start = now + (number - MEETINGS // 2) * 15 * day
            meeting = meeting_index.add_child(
                instance=MeetingPage(
                    title=f"Meeting {number}",
                    slug=f"meeting-{number}",
                    summary="A meeting.",
                    start_at=start,
                    end_at=start + day + 8 * datetime.timedelta(hours=1),
                    venue_name="Bangkok",
                    capacity=40,
                )
            )
            quotas.extend(MeetingCountryQuota(meeting=meeting, country=country, seats=5) for country in COUNTRIES[:7])
            for position in range(REGISTRATIONS_PER_MEETING):
                user = users[(number * REGISTRATIONS_PER_MEETING + position) % LEARNERS]
                status = ("approved", "approved", "approved", "pending", "waitlisted", "declined", "cancelled")[position % 7]
                registrations.append(
                    Registration(
                        meeting=meeting,
                        user=user,
                        country=user.country,
                        status=status,
                        waitlist_position=position if status == "waitlisted" else None,
                    )
                )
        MeetingCountryQuota.objects.bulk_create(quotas)
        registrations = Registration.objects.bulk_create(registrations, batch_size=2000)
        meeting_days = {meeting.pk: meeting.days for meeting in MeetingPage.objects.filter(end_at__lt=now)}
        AttendanceRecord.objects.bulk_create(
            [
                AttendanceRecord(registration=registration, date=attendance_day, attended=bool((registration.pk + offset) % 4))
                for registration in registrations
                if registration.status == "approved" and registration.meeting_id in meeting_days
                for offset, attendance_day in enumerate(meeting_days[registration.meeting_id])
            ],
            batch_size=5000,
        )
    # What autovacuum does soon after a bulk load in production: without statistics the planner misjudges every report query.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {
        "enrolments": Enrolment.objects.count(),
        "lesson_completions": LessonCompletion.objects.count(),
        "quiz_attempts": QuizAttempt.objects.count(),
        "registrations": Registration.objects.count(),
        "attendance_records": AttendanceRecord.objects.count(),
    }


def _time_pages() -> dict:
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from ern_learning.accounts.models import Country
    from ern_learning.accounts.roles import Role
    from ern_learning.accounts.services.members import create_member

    administrator = create_member(
        "admin@bench.example",
        password="bench-password-1",
        first_name="Bench",
        last_name="Admin",
        country=Country.UNODC,
        roles=(Role.ADMINISTRATOR,),
    )
    TOTP.activate(administrator, generate_totp_secret())
    client = Client()
    client.force_login(administrator)

    pages = {}
    for kind in ("learning", "assessment", "meetings"):
        for label, query in ((kind, ""), (f"{kind} (XLSX)", "?export=xlsx")):
            url = reverse(f"ern_reports:{kind}") + query
            response = client.get(url)  # warm up: Wagtail's own look-ups, template loading
            if response.status_code != 200:
                raise RuntimeError(f"{url} answered {response.status_code}")
            timings = []
            for _run in range(TIMED_RUNS):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    client.get(url)
                    timings.append((time.perf_counter() - started) * 1000)
            pages[label] = {
                "median_ms": round(statistics.median(timings)),
                "max_ms": round(max(timings)),
                "queries": len(queries.captured_queries),
                "bytes": len(response.content),
            }
    return pages


def format_table(result: dict) -> str:
    """The figures as a Markdown table, for `make bench`."""
    rows = result["rows"]
    lines = [
        f"{rows['enrolments']:,} enrolments, {rows['lesson_completions']:,} completed lessons, {rows['quiz_attempts']:,} quiz "
        f"attempts, {rows['registrations']:,} registrations (built in {result['build_seconds']} s)",
        "",
        "| page | median ms | max ms | queries |",
        "| --- | ---: | ---: | ---: |",
    ]
    lines += [
        f"| {name} | {page['median_ms']} | {page['max_ms']} | {page['queries']} |" for name, page in result["pages"].items()
    ]
    lines.append("")
    lines.append(f"target under {result['target_ms']} ms: {'met' if result['within_target'] else 'MISSED'}")
    return "\n".join(lines)


if __name__ == "__main__":
    if "--child" in sys.argv:
        print(RESULT_MARKER + json.dumps(_child()), flush=True)
    else:
        print(format_table(run()))

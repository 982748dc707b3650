"""Certificates: render time of a full certificate against a one-line WeasyPrint PDF, and bulk issue
of 1,000 certificates (total time, peak memory).

Renders alternate with the baseline, and each ratio is the median over rounds of a render divided
by the baseline rendered just before it: a slow spell on a shared machine weighs on both alike.
Times are medians.

Runs in a Django process of its own on a throw-away PostgreSQL test database.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BULK_SIZE = 1000
RENDER_ROUNDS = 41
TARGET_RATIO = 3.0

SCRIPT = r"""
import datetime, gc, json, logging, resource, statistics, sys, tempfile, time, tracemalloc
import django
django.setup()
logging.getLogger("weasyprint").setLevel(logging.ERROR)
from django.test.utils import setup_databases, teardown_databases, setup_test_environment

RENDER_ROUNDS, BULK_SIZE = int(sys.argv[1]), int(sys.argv[2])


def timed(function, rounds):
    times = []
    for _round in range(rounds):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


setup_test_environment()
old = setup_databases(verbosity=0, interactive=False, keepdb=False)
try:
    from django.utils import timezone
    from weasyprint import HTML

    from courses.models import BulkJobKind, Certificate, Enrolment
    from courses.rendering.certificate import certificate_html, certificate_render_options, render_certificate
    from courses.rendering.pdf import render_request
    from courses.rendering import worker
    from courses.services.certificates import certificate_content, issue_course_certificate, run_bulk_job, start_bulk_job
    from ern_learning.accounts.models import MembershipStatus, User
    from ern_learning.core.demo import seed_home_page
    from ern_learning.core.i18n import set_translations
    from tests.factories.accounts import AdministratorFactory, OfficerFactory
    from tests.factories.certificates import CertificateTemplateFactory
    from tests.factories.courses import CourseIndexPageFactory, CoursePageFactory

    import io
    from django.conf import settings
    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images.models import Image

    settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="ern-bench-media-")

    def png(title, size, colour):
        buffer = io.BytesIO()
        PILImage.new("RGB", size, colour).save(buffer, format="PNG")
        return Image.objects.create(title=title, file=ImageFile(buffer, name=f"{title}.png"))

    home = seed_home_page()
    catalogue = CourseIndexPageFactory(parent=home)
    template = CertificateTemplateFactory(logo=png("logo", (600, 200), "navy"), signature_image=png("signature", (480, 160), "black"))
    course = CoursePageFactory(
        parent=catalogue, languages=["en", "km", "th"], certificate_template=template, certificate_validity_months=24
    )
    set_translations(course, "title", {"km": "ភស្តុតាងឌីជីថលសម្រាប់ការស៊ើបអង្កេតការជួញដូរមនុស្ស"})
    course.save()
    holder = OfficerFactory(first_name="Sophea", last_name="Sok", native_name="សុខ សុភា", preferred_language="km")
    Enrolment.objects.create(user=holder, course=course, completed_at=timezone.now())
    certificate = issue_course_certificate(holder, course)
    content = certificate_content(certificate)  # Khmer, with logo, signature, expiry date and QR code
    html = certificate_html(content)
    certificate.bilingual = True
    bilingual_html = certificate_html(certificate_content(certificate))

    # One-line baseline and the full bilingual Khmer certificate (as the renderer child does it, but in
    # this process), measured in alternation so that load from elsewhere affects both alike.
    one_line = "<p>ERN Learning</p>"
    request = render_request(html, **certificate_render_options())
    bilingual_request = render_request(bilingual_html, **certificate_render_options())
    HTML(string=one_line).write_pdf()
    first_started = time.perf_counter()
    worker.render_pdf_bytes(**request)
    first_in_process = time.perf_counter() - first_started
    worker.render_pdf_bytes(**bilingual_request)
    baseline_times, certificate_times, bilingual_times = [], [], []
    for _round in range(RENDER_ROUNDS):
        baseline_times.append(timed(lambda: HTML(string=one_line).write_pdf(), 1))
        certificate_times.append(timed(lambda: worker.render_pdf_bytes(**request), 1))
        bilingual_times.append(timed(lambda: worker.render_pdf_bytes(**bilingual_request), 1))
    baseline, in_process = statistics.median(baseline_times), statistics.median(certificate_times)
    bilingual = statistics.median(bilingual_times)

    def paired_ratio(times):
        return statistics.median(render / before for render, before in zip(times, baseline_times))

    # End to end as the site does it: HTML built, rendered in the time-bounded child, bytes back.
    cold_started = time.perf_counter()
    render_certificate(content)
    cold_child = time.perf_counter() - cold_started
    end_to_end = timed(lambda: render_certificate(content), RENDER_ROUNDS)

    # Bulk issue: 1,000 learners who completed the course, issued by one background job.
    now = timezone.now()
    users = User.objects.bulk_create(
        [
            User(email=f"bulk{n}@police.example", first_name=f"Officer{n}", last_name="Bench", native_name="សុខ សុភា",
                 preferred_language="km", membership_status=MembershipStatus.APPROVED)
            for n in range(BULK_SIZE)
        ]
    )
    Enrolment.objects.bulk_create([Enrolment(user=user, course=course, completed_at=now) for user in users])
    staff = AdministratorFactory()

    def bulk_issue():
        job = start_bulk_job(BulkJobKind.ISSUE, course=course, by=staff)
        return run_bulk_job(job)

    gc.collect()
    started = time.perf_counter()
    job = bulk_issue()
    bulk_seconds = time.perf_counter() - started
    assert job.done == BULK_SIZE, (job.done, job.errors)

    Certificate.objects.filter(holder__in=users).delete()
    gc.collect()
    tracemalloc.start()
    job = bulk_issue()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print("RESULT " + json.dumps({
        "baseline_one_line_s": baseline,
        "certificate_in_process_s": in_process,
        "certificate_first_in_process_s": first_in_process,
        "certificate_end_to_end_s": end_to_end,
        "certificate_cold_child_s": cold_child,
        "ratio_in_process": paired_ratio(certificate_times),
        "bilingual_in_process_s": bilingual,
        "ratio_bilingual": paired_ratio(bilingual_times),
        "ratio_end_to_end": end_to_end / baseline,
        "bulk_issue_count": job.done,
        "bulk_issue_s": bulk_seconds,
        "bulk_issue_per_certificate_ms": 1000 * bulk_seconds / BULK_SIZE,
        "bulk_issue_peak_python_mib": peak / 2**20,
        "process_max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))
finally:
    teardown_databases(old, verbosity=0)
"""


def run() -> dict:
    """Measure; returns the figures (seconds, ratios, MiB)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ern_learning.settings.test",
        "DATABASE_URL": os.environ.get(
            "BENCH_CERTIFICATES_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ern_bench_certificates"
        ),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(RENDER_ROUNDS), str(BULK_SIZE)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    line = next((line for line in result.stdout.splitlines() if line.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(result.stdout[-2000:] + result.stderr[-4000:])
    figures = json.loads(line.removeprefix("RESULT "))
    figures["target_ratio"] = TARGET_RATIO
    figures["within_target"] = figures["ratio_in_process"] <= TARGET_RATIO
    return figures


def format_table(figures: dict) -> str:
    ms = 1000
    rows = [
        ("one-line WeasyPrint PDF (baseline, median)", f"{figures['baseline_one_line_s'] * ms:.0f} ms"),
        (
            "full Khmer certificate (logo, signature, QR, expiry), same process",
            f"{figures['certificate_in_process_s'] * ms:.0f} ms",
        ),
        (
            "ratio to baseline (target ≤ 3×)",
            f"{figures['ratio_in_process']:.2f}× — {'within' if figures['within_target'] else 'OVER'} target",
        ),
        (
            "the same, bilingual Khmer + English",
            f"{figures['bilingual_in_process_s'] * ms:.0f} ms ({figures['ratio_bilingual']:.2f}×)",
        ),
        ("first certificate in a process (fonts loaded)", f"{figures['certificate_first_in_process_s'] * ms:.0f} ms"),
        (
            "end to end through the time-bounded renderer (median)",
            f"{figures['certificate_end_to_end_s'] * ms:.0f} ms ({figures['ratio_end_to_end']:.2f}×)",
        ),
        ("first render after the renderer starts", f"{figures['certificate_cold_child_s'] * ms:.0f} ms"),
        (
            f"bulk issue of {figures['bulk_issue_count']:,} certificates",
            f"{figures['bulk_issue_s']:.1f} s ({figures['bulk_issue_per_certificate_ms']:.1f} ms each)",
        ),
        ("bulk issue peak Python memory (tracemalloc)", f"{figures['bulk_issue_peak_python_mib']:.1f} MiB"),
        ("process peak RSS", f"{figures['process_max_rss_mib']:.0f} MiB"),
    ]
    return "\n".join(["| measure | value |", "| --- | ---: |", *[f"| {name} | {value} |" for name, value in rows]])


if __name__ == "__main__":
    figures = run()
    print(format_table(figures))

"""Bad input everywhere: malformed, oversized and hostile values at every form and query parameter of
the project's own views, as an anonymous visitor and signed in. Nothing answers 500, nothing stored
comes back as live markup, and a rejected form says why."""

import html
import re
from urllib.parse import quote, urlsplit

import pytest
from django.core.cache import cache
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ern_learning.accounts.models import Country, MembershipStatus
from tests.factories.accounts import OfficerFactory, PendingUserFactory
from tests.security.test_authorization_matrix import url_patterns


def bounded_to(examples: int):
    """Hypothesis kept small and repeatable, so the whole module runs in well under two minutes."""
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )


bounded = bounded_to(20)
few = bounded_to(12)

# Markup that must never come back unescaped; none of it appears in our own pages.
MARKUP = [
    "<script>alert('ern')</script>",
    '"><img src=x onerror=alert(1)>',
    "<svg/onload=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    "</textarea><script>alert(2)</script>",
    "<iframe src=//evil.example></iframe>",
]
HOSTILE = MARKUP + [
    "'; DROP TABLE accounts_user; --",
    "' OR '1'='1",
    "1) OR 1=1 --",
    "%' OR 1=1 --",
    "1; SELECT pg_sleep(5); --",
    "{{ request.user.password }}",
    "{% debug %}",
    "%s%s%s%n",
    "../../../../etc/passwd",
    "a\x00b",
    "\x00",
    "ស៊ុន សុភា ខ្មែរ",  # Khmer
    "สมชาย ใจดีมากมาย",  # Thai
    "ສົມພອນ ພົມມະຈັນ",  # Lao
    "مرحبا بالعالم",  # Arabic, right to left
    "שלום \u202eevil\u202c",  # Hebrew and a right-to-left override
    "Nguyễn Văn Ａ 😀",
    "\r\nSet-Cookie: ern=1",
    " ",
    "",
    "x" * 10_000,
    "ខ" * 10_000,
    "-1",
    "0",
    str(2**63),
    str(2**70),
    "-9223372036854775809",
    "1e309",
    "NaN",
    "2026-02-30",
    "9999-99-99",
    "null",
    "[]",
    "{}",
]
MIXED_SCRIPTS = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "S", "Z"),
    include_characters="\u202e\u200b\u0000<>\"'&",
)
text = st.one_of(st.sampled_from(HOSTILE), st.text(MIXED_SCRIPTS, max_size=200))
scalar_or_list = st.one_of(text, st.lists(text, min_size=2, max_size=3))
huge_or_negative_ids = st.one_of(st.integers(min_value=-(2**70), max_value=0), st.integers(min_value=2**31, max_value=2**70))
id_like = st.one_of(huge_or_negative_ids.map(str), text)


def body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def assert_no_live_markup(page: str, *values) -> None:
    """None of the hostile markup sent comes back as markup."""
    for value in values:
        for item in value if isinstance(value, list) else [value]:
            for markup in MARKUP:
                if markup in str(item):
                    assert markup not in page


def assert_stays_on_site(response) -> None:
    if response.status_code in (301, 302):
        location = response["Location"]
        parts = urlsplit(location)
        assert parts.netloc in ("", "testserver"), location
        assert not re.match(r"^[/\\]{2}", location), location


def sign_in(client, user):
    client.force_login(user)
    return user


def act_as(client, world, actor: str) -> None:
    """Hypothesis reuses the client between examples: sign in, or out, every time."""
    if world.people[actor] is None:
        client.logout()
    else:
        client.force_login(world.people[actor])


# --- A generic sweep over every URL without arguments ---------------------------------------------


OWN_NAMESPACES = ("accounts:", "courses:", "certificates:", "meetings:", "meetings_admin:", "ern_reports:")
OWN_NAMES = ("healthz", "set_language", "courses_translation_status", "account_login", "account_signup", "account_reset_password")
SWEPT = sorted(
    key
    for key, route, has_arguments in url_patterns()
    if not has_arguments and (key.startswith(OWN_NAMESPACES) or key in OWN_NAMES)
)
PARAMETER_NAMES = [
    "q", "page", "p", "topic", "level", "language", "code", "next", "note", "reason", "decision", "action", "officers",
    "country", "agency", "status", "day", "present", "registrations", "columns", "statuses", "file_format", "subject",
    "message", "confirm", "token", "date_from", "date_to", "course", "meeting", "export", "table", "first_name",
    "last_name", "native_name", "unit", "rank", "preferred_language", "email", "login", "password", "password1", "password2",
]  # fmt: skip


@bounded_to(60)
@given(
    actor=st.sampled_from(["anonymous", "owner", "administrator", "focal_point"]),
    name=st.sampled_from(SWEPT),
    method=st.sampled_from(["get", "post"]),
    data=st.dictionaries(st.one_of(st.sampled_from(PARAMETER_NAMES), st.text(max_size=30)), scalar_or_list, max_size=6),
)
def test_sweep_of_urls_without_arguments_never_fails(client, world, actor, name, method, data):
    cache.clear()
    act_as(client, world, actor)

    response = getattr(client, method)(reverse(name), data)

    assert response.status_code < 500
    assert_stays_on_site(response)
    assert_no_live_markup(body(response), *data.values())


@bounded_to(40)
@given(
    actor=st.sampled_from(["anonymous", "owner"]),
    name=st.sampled_from(
        sorted(key for key, route, has_arguments in url_patterns() if has_arguments and key.startswith(OWN_NAMESPACES[:4]))
    ),
    value=st.one_of(st.integers(min_value=-(2**70), max_value=0).map(str), text),  # out-of-range ids: see below
    method=st.sampled_from(["get", "post"]),
)
def test_sweep_of_object_urls_with_bad_ids_never_fails(client, world, actor, name, value, method):
    act_as(client, world, actor)
    # Build the path by hand: reverse() would refuse these values.
    route = next(route for key, route, has_arguments in url_patterns() if key == name)
    path = "/" + re.sub(r"<(?:\w+:)?\w+>", quote(value, safe="") or "x", route.replace("<lang>/", "en/"))

    response = getattr(client, method)(path)

    assert response.status_code < 500
    assert_no_live_markup(body(response), value)


OWN_OBJECT_URLS = sorted(
    (key, route)
    for key, route, has_arguments in url_patterns()
    if has_arguments
    and key.startswith(
        OWN_NAMESPACES
        + (
            "accounts:",
            "certificate_admin:",
            "certificate_jobs:",
            "enrolments:",
            "lesson_completions:",
            "quiz_attempts:",
            "audit_log:",
            "outbound_emails:",
        )
    )
    and "<int:" in route
)


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize(("name", "route"), OWN_OBJECT_URLS, ids=[name for name, _route in OWN_OBJECT_URLS])
def test_object_url_with_out_of_range_id_is_refused_not_failed(client, world, name, route, method):
    """Ids beyond a 64-bit integer pass the <int:> converter; the database must never see them."""
    actor = "administrator" if "admin" in route.split("/")[0] else "owner"
    sign_in(client, world.people[actor])
    path = "/" + re.sub(r"<int:\w+>", str(2**63), route.replace("<lang>/", "en/"))

    response = getattr(client, method)(path)

    assert response.status_code in (302, 403, 404, 405)


# --- Catalogue filters and search ----------------------------------------------------------------


@pytest.mark.parametrize("actor", ["anonymous", "owner"])
@bounded
@given(q=scalar_or_list, topic=text, level=text, language=text, page=id_like)
def test_catalogue_filters_with_hostile_values_never_fail(client, world, actor, q, topic, level, language, page):
    if world.people[actor] is not None:
        sign_in(client, world.people[actor])
    catalogue_url = world.course.get_parent().url

    response = client.get(catalogue_url, {"q": q, "topic": topic, "level": level, "language": language, "page": page})

    assert response.status_code == 200
    assert_no_live_markup(body(response), q, topic, level, language)


@bounded
@given(query=text)
def test_catalogue_redirect_keeps_any_query_on_site(client, world, query):
    response = client.get(reverse("courses:catalogue"), {"q": query, "next": "https://evil.example/"})

    assert response.status_code == 302
    assert_stays_on_site(response)


# --- Certificate verification ----------------------------------------------------------------------


@bounded
@given(code=scalar_or_list)
def test_verify_form_with_hostile_code_explains_or_redirects(client, world, code):
    cache.clear()

    response = client.get(reverse("certificates:verify_form"), {"code": code})

    assert response.status_code in (200, 302)
    page = body(response)
    assert_no_live_markup(page, code)
    last = code[-1] if isinstance(code, list) else code
    if response.status_code == 200 and last.strip():
        assert "errorlist" in page


@bounded
@given(code=text.filter(lambda value: value not in ("", ".", "..") and "/" not in value))
def test_verify_page_with_hostile_code_is_not_found_and_escaped(client, world, code):
    cache.clear()

    response = client.get("/en/certificates/verify/" + quote(code, safe="") + "/")

    assert response.status_code in (404, 200)
    assert_no_live_markup(body(response), code)


# --- Meeting registration, cancelling, nominating, calendar --------------------------------------------


@few
@given(note=scalar_or_list)
def test_registration_note_is_stored_escaped_or_refused_with_a_message(client, world, note):
    from meetings.models import Registration

    officer = sign_in(client, OfficerFactory())

    response = client.post(reverse("meetings:register", args=[world.meeting.pk]), {"note": note}, follow=True)

    assert response.status_code == 200
    registration = Registration.objects.filter(meeting=world.meeting, user=officer).first()
    last = note[-1] if isinstance(note, list) else note
    if registration is None:
        assert len(last) > 500 or "\x00" in last
        assert "Your note is too long: 500 characters at most." in body(response) or "\x00" in last
    else:
        sign_in(client, world.people["organizer"])
        detail = client.get(reverse("meetings_admin:registration", args=[world.meeting.pk, registration.pk]))
        assert detail.status_code == 200
        assert_no_live_markup(body(detail), note)


@bounded
@given(reason=scalar_or_list, next_url=text)
def test_cancel_with_hostile_reason_and_next_never_fails_or_leaves_the_site(client, world, reason, next_url):
    sign_in(client, world.owner)

    response = client.post(reverse("meetings:cancel", args=[world.registration.pk]), {"reason": reason, "next": next_url})

    assert response.status_code in (302, 404)
    assert_stays_on_site(response)


@bounded
@given(officers=st.lists(id_like, max_size=3), note=text)
def test_nomination_with_hostile_values_never_fails(client, world, officers, note):
    sign_in(client, world.people["focal_point"])

    response = client.post(
        reverse("meetings:nominate", args=[world.meeting.pk]), {"officers": officers, "note": note}, follow=True
    )

    assert response.status_code == 200
    assert_no_live_markup(body(response), note)


def test_nomination_without_officers_says_so(client, world):
    sign_in(client, world.people["focal_point"])

    response = client.post(reverse("meetings:nominate", args=[world.meeting.pk]), {"note": "x"}, follow=True)

    assert "Tick at least one officer to nominate." in body(response)


@bounded
@given(token=text.filter(lambda value: "/" not in value))
def test_calendar_feed_with_hostile_token_is_not_found(client, world, token):
    response = client.get("/en/meetings/calendar/" + quote(token or "x", safe="") + ".ics")

    assert response.status_code == 404


@bounded
@given(action=scalar_or_list)
def test_calendar_feed_settings_with_hostile_action_never_fails(client, world, action):
    sign_in(client, world.owner)

    response = client.post(reverse("meetings:calendar_feed_settings"), {"action": action})

    assert response.status_code in (200, 302)
    assert_no_live_markup(body(response), action)


# --- Language switcher -------------------------------------------------------------------------------


@pytest.mark.parametrize("actor", ["anonymous", "owner"])
@bounded
@given(language=scalar_or_list, next_url=text)
def test_language_switcher_with_hostile_values_stays_on_site(client, world, actor, language, next_url):
    if world.people[actor] is not None:
        sign_in(client, world.people[actor])

    response = client.post(reverse("set_language"), {"language": language, "next": next_url})

    assert response.status_code in (200, 204, 302)
    assert_stays_on_site(response)
    if world.people[actor] is not None:
        world.owner.refresh_from_db()
        assert world.owner.preferred_language in ("en", "km", "id", "lo", "ms", "fil", "th", "vi")


# --- Profile, sign-up and vetting ---------------------------------------------------------------------


PROFILE_TEXT_FIELDS = ["first_name", "last_name", "native_name", "agency", "unit", "rank"]


@few
@given(values=st.fixed_dictionaries(dict.fromkeys(PROFILE_TEXT_FIELDS, scalar_or_list)), country=text, language=text)
def test_profile_with_hostile_values_is_saved_escaped_or_explained(client, world, values, country, language):
    officer = sign_in(client, world.people["other_officer"])
    before = (officer.first_name, officer.last_name)

    response = client.post(reverse("accounts:profile"), {**values, "country": country, "preferred_language": language})

    assert response.status_code in (200, 302)
    officer.refresh_from_db()
    if response.status_code == 200:
        assert "errorlist" in body(response)
        assert (officer.first_name, officer.last_name) == before
        assert_no_live_markup(body(response), *values.values())
    else:
        for page_url in (reverse("accounts:profile"), reverse("meetings:nominations")):
            if page_url == reverse("meetings:nominations"):
                sign_in(client, world.people["focal_point"])
            page = client.get(page_url, follow=True)
            assert page.status_code == 200
            assert_no_live_markup(body(page), *values.values())


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("first_name", "", "This field is required."),
        ("first_name", "x" * 151, "Ensure this value has at most 150 characters (it has 151)."),
        ("country", "ATLANTIS", "Select a valid choice. ATLANTIS is not one of the available choices."),
        ("preferred_language", "xx", "Select a valid choice. xx is not one of the available choices."),
        ("native_name", "a\x00b", "Null characters are not allowed."),
    ],
)
def test_profile_rejected_field_says_why(client, world, field, value, message):
    sign_in(client, world.owner)
    data = {"first_name": "Sophea", "last_name": "Sok", "country": "KH", "preferred_language": "en", field: value}

    response = client.post(reverse("accounts:profile"), data)

    assert response.status_code == 200
    assert html.escape(message) in body(response)


@bounded
@given(values=st.fixed_dictionaries(dict.fromkeys(PROFILE_TEXT_FIELDS, text)), email=text, country=text)
def test_signup_with_hostile_values_never_fails(client, db, values, email, country):
    cache.clear()

    response = client.post(
        reverse("account_signup"),
        {
            **values,
            "email": email,
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
            "country": country,
            "preferred_language": "en",
        },
    )

    assert response.status_code in (200, 302)
    assert_no_live_markup(body(response), *values.values(), email)


@bounded
@given(first_name=st.sampled_from(MARKUP), native_name=st.sampled_from(MARKUP + ["ស៊ុន សុភា"]), agency=st.sampled_from(MARKUP))
def test_vetting_queue_shows_hostile_applicant_names_escaped(client, world, first_name, native_name, agency):
    PendingUserFactory(country=Country.CAMBODIA, first_name=first_name, native_name=native_name, agency=agency)
    sign_in(client, world.people["focal_point"])

    response = client.get(reverse("accounts:vetting_queue"))

    assert response.status_code == 200
    assert_no_live_markup(body(response), first_name, native_name, agency)


@bounded
@given(decision=scalar_or_list, note=scalar_or_list)
def test_vetting_decision_with_hostile_values_never_fails_and_explains(client, world, decision, note):
    applicant = PendingUserFactory(country=Country.CAMBODIA)
    sign_in(client, world.people["focal_point"])

    response = client.post(
        reverse("accounts:vetting_decide", args=[applicant.pk]), {"decision": decision, "note": note}, follow=True
    )

    assert response.status_code == 200
    applicant.refresh_from_db()
    page = body(response)
    assert_no_live_markup(page, note)
    last_decision = decision[-1] if isinstance(decision, list) else decision
    if applicant.membership_status == MembershipStatus.PENDING:
        if last_decision in ("approve", "reject"):
            # The decision was fine: the message must be about the note, not "Choose approve or reject."
            assert "Choose approve or reject." not in page
        else:
            assert "Choose approve or reject." in page


def test_vetting_decision_with_too_long_note_says_the_note_is_too_long(client, world):
    sign_in(client, world.people["focal_point"])

    response = client.post(
        reverse("accounts:vetting_decide", args=[world.applicant.pk]), {"decision": "approve", "note": "x" * 501}, follow=True
    )

    world.applicant.refresh_from_db()
    assert world.applicant.membership_status == MembershipStatus.PENDING
    assert "Choose approve or reject." not in body(response)
    assert "500" in body(response)


# --- Quizzes ----------------------------------------------------------------------------------------------


@bounded
@given(
    token=scalar_or_list,
    answers=st.dictionaries(
        st.one_of(st.sampled_from(["question_1", "question_2"]), st.text(max_size=20)),
        st.one_of(id_like, st.lists(id_like, max_size=3)),
        max_size=4,
    ),
)
def test_quiz_submission_with_hostile_values_never_fails(client, world, token, answers):
    sign_in(client, world.owner)

    response = client.post(reverse("courses:submit_quiz", args=[world.quiz.pk]), {"token": token, **answers})

    assert response.status_code in (302, 400, 403, 409)
    assert_no_live_markup(body(response), token, *answers.values())


@few
@given(answers=st.lists(st.one_of(id_like, st.lists(id_like, max_size=3)), min_size=3, max_size=3))
def test_quiz_answers_with_hostile_choice_ids_are_graded_or_refused(client, world, answers):
    from courses.models import QuizAttempt
    from courses.services.quizzes import start_attempt

    cache.clear()
    QuizAttempt.objects.filter(enrolment=world.enrolment, submitted_at__isnull=True).delete()
    attempt = start_attempt(world.owner, world.quiz)
    sign_in(client, world.owner)
    data = {"token": str(attempt.token)}
    for question_id, answer in zip(attempt.question_order, answers, strict=True):
        data[f"question_{question_id}"] = answer

    response = client.post(reverse("courses:submit_quiz", args=[world.quiz.pk]), data)

    assert response.status_code in (200, 302, 400, 409)
    attempt.refresh_from_db()
    if response.status_code == 302:
        assert attempt.submitted_at is not None
        assert attempt.score == 0 or attempt.score is not None
    QuizAttempt.objects.filter(pk=attempt.pk).delete()


# --- Certificates ----------------------------------------------------------------------------------------


@bounded
@given(language=scalar_or_list, bilingual=scalar_or_list)
def test_certificate_language_with_hostile_values_never_fails(client, world, language, bilingual):
    sign_in(client, world.owner)
    prefix = f"certificate-{world.certificate.pk}"

    response = client.post(
        reverse("certificates:change_language", args=[world.certificate.pk]),
        {f"{prefix}-language": language, f"{prefix}-bilingual": bilingual},
        follow=True,
    )

    assert response.status_code == 200
    world.certificate.refresh_from_db()
    assert world.certificate.language in ("en", "km", "id", "lo", "ms", "fil", "th", "vi")


@few
@given(reason=scalar_or_list)
def test_certificate_revocation_reason_is_stored_escaped_or_explained(client, world, reason):
    sign_in(client, world.people["administrator"])

    response = client.post(reverse("certificate_admin:revoke", args=[world.certificate.pk]), {"reason": reason})

    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert "error" in body(response)
    inspect = client.get(reverse("certificate_admin:inspect", args=[world.certificate.pk]))
    assert inspect.status_code == 200
    assert_no_live_markup(body(inspect), reason)


@few
@given(course=st.one_of(huge_or_negative_ids.map(str), text), kind=scalar_or_list)
def test_bulk_job_form_with_hostile_values_never_fails(client, world, course, kind):
    sign_in(client, world.people["administrator"])

    response = client.post(reverse("certificate_jobs:add"), {"course": course, "kind": kind})

    assert response.status_code == 200
    assert "error" in body(response)
    response = client.get(reverse("certificate_jobs:add"), {"course": course, "kind": kind})
    assert response.status_code == 200


# --- Organisers' admin -------------------------------------------------------------------------------------


@few
@given(q=scalar_or_list, status=text, country=text, agency=text, p=id_like)
def test_registrations_filters_with_hostile_values_never_fail(client, world, q, status, country, agency, p):
    sign_in(client, world.people["organizer"])

    response = client.get(
        reverse("meetings_admin:registrations", args=[world.meeting.pk]),
        {"q": q, "status": status, "country": country, "agency": agency, "p": p},
    )

    assert response.status_code == 200
    assert_no_live_markup(body(response), q, status, country, agency)


@few
@given(registrations=st.lists(id_like, max_size=3), action=text, reason=text, override=text)
def test_bulk_action_with_hostile_values_never_fails(client, world, registrations, action, reason, override):
    sign_in(client, world.people["organizer"])

    response = client.post(
        reverse("meetings_admin:registrations", args=[world.meeting.pk]),
        {"registrations": registrations, "action": action, "reason": reason, "override_capacity": override},
        follow=True,
    )

    assert response.status_code == 200
    assert_no_live_markup(body(response), reason)


@few
@given(day=scalar_or_list, present=st.lists(id_like, max_size=3))
def test_attendance_with_hostile_values_never_fails(client, world, day, present):
    sign_in(client, world.people["organizer"])
    url = reverse("meetings_admin:attendance", args=[world.meeting.pk])

    assert client.get(url, {"day": day}).status_code == 200
    response = client.post(url, {"day": day, "present": present})
    assert response.status_code == 302
    assert_stays_on_site(response)


@few
@given(columns=st.lists(text, max_size=3), statuses=st.lists(text, max_size=3), file_format=text)
def test_participant_export_with_hostile_values_never_fails(client, world, columns, statuses, file_format):
    sign_in(client, world.people["organizer"])

    response = client.post(
        reverse("meetings_admin:export", args=[world.meeting.pk]),
        {"columns": columns, "statuses": statuses, "file_format": file_format},
    )

    assert response.status_code == 200
    if response["Content-Type"].startswith("text/html"):
        assert "error" in body(response)


@few
@given(subject=text, message=text, statuses=st.lists(text, max_size=2))
def test_email_participants_with_hostile_values_never_fails(client, world, subject, message, statuses, mailoutbox):
    sign_in(client, world.people["organizer"])

    response = client.post(
        reverse("meetings_admin:email", args=[world.meeting.pk]), {"subject": subject, "message": message, "statuses": statuses}
    )

    assert response.status_code in (200, 302)
    assert_no_live_markup(body(response), subject, message)
    for email in mailoutbox:
        assert "\n" not in email.subject


@few
@given(reason=text, confirm=text)
def test_cancel_meeting_with_hostile_values_never_fails(client, world, reason, confirm):
    sign_in(client, world.people["organizer"])

    response = client.post(reverse("meetings_admin:cancel", args=[world.meeting.pk]), {"reason": reason, "confirm": confirm})

    assert response.status_code in (200, 302)
    assert_no_live_markup(body(response), reason)


# --- Reports ----------------------------------------------------------------------------------------------


@bounded_to(30)
@given(
    actor=st.sampled_from(["administrator", "focal_point"]),
    report=st.sampled_from(["learning", "assessment", "meetings"]),
    params=st.fixed_dictionaries(
        {},
        optional={
            "date_from": text,
            "date_to": text,
            "country": text,
            "course": id_like,
            "meeting": id_like,
            "language": text,
            "export": st.sampled_from(["csv", "xlsx", "pdf", "", "<script>"]),
            "table": text,
            "people-page": id_like,
        },
    ),
)
def test_report_filters_with_hostile_values_never_fail(client, world, actor, report, params):
    act_as(client, world, actor)

    response = client.get(reverse(f"ern_reports:{report}"), params)

    assert response.status_code == 200
    assert_no_live_markup(body(response), *params.values())


# --- Admin search of our own listings ------------------------------------------------------------------------


@bounded_to(30)
@given(
    namespace=st.sampled_from(
        [
            "enrolments",
            "lesson_completions",
            "quiz_attempts",
            "certificate_admin",
            "certificate_jobs",
            "audit_log",
            "outbound_emails",
        ]
    ),
    q=text,
    page=id_like,
)
def test_admin_listing_search_with_hostile_values_never_fails(client, world, namespace, q, page):
    sign_in(client, world.people["administrator"])

    response = client.get(reverse(f"{namespace}:index"), {"q": q, "p": page})

    assert response.status_code < 500
    assert_no_live_markup(body(response), q)


# --- Stored names with markup, wherever other people read them ----------------------------------------------


@few
@given(
    name=st.sampled_from(MARKUP),
    native_name=st.sampled_from(MARKUP),
    agency=st.sampled_from(MARKUP),
    note=st.sampled_from(MARKUP),
)
def test_hostile_names_and_notes_come_back_escaped_to_staff(client, world, name, native_name, agency, note):
    from courses.services.certificates import issue_meeting_certificate
    from meetings.services.registrations import register_attendee

    officer = OfficerFactory(first_name=name, last_name=name, native_name=native_name, agency=agency)
    register_attendee(world.meeting, user=officer, note=note)
    certificate = issue_meeting_certificate(officer, world.meeting)
    pages = {
        "organizer": [
            reverse("meetings_admin:registrations", args=[world.meeting.pk]),
            reverse("meetings_admin:attendance", args=[world.meeting.pk]),
            reverse("certificate_admin:index"),
        ],
        "focal_point": [reverse("meetings:nominations")],
        "anonymous": [reverse("certificates:verify", args=[certificate.display_code])],
    }

    for actor, urls in pages.items():
        act_as(client, world, actor)
        for url in urls:
            cache.clear()
            response = client.get(url)
            assert response.status_code == 200, url
            assert_no_live_markup(body(response), name, native_name, agency, note)

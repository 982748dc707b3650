"""The authorization matrix: who gets what from every URL of the project.

Each URL name (or a glob over a namespace that belongs to Wagtail or Django) maps to an Entry: the
cases checked against the world of conftest.py, or a documented delegation to the framework that
guards it, with a few sample cases so the delegation is not taken on faith.

Actors: "owner" is a Cambodian officer who owns every object of the world; "other_officer" is another
Cambodian officer; "focal_point" is Cambodia's focal point, "foreign_focal_point" Thailand's;
"organizer", "administrator", "author", "reviewer" are UNODC staff; "anonymous" is not signed in.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

# Expected outcomes besides a plain status code.
LOGIN = "login"  # 302 to /<lang>/accounts/login/?next=<the URL asked for>
ADMIN_DENIED = "admin-denied"  # Wagtail's answer to staff without the permission: 302 back to the dashboard
ADMIN_NO_ACCESS = "admin-no-access"  # someone without access to the admin at all: 302 to sign in
DJANGO_ADMIN_LOGIN = "django-admin-login"  # 302 to /django-admin/login/?next=...
REDIRECT = "redirect"  # 302 elsewhere: the action was done, or refused with a message on the next page
NOT_FOUND_ANYWHERE = "not-found"  # 404, possibly after the language-prefix redirect Django adds to admin 404s


@dataclass(frozen=True)
class Case:
    actor: str
    expected: int | str
    method: str = "GET"
    kwargs: Callable = lambda world: {}
    data: Callable = lambda world: {}
    query: str = ""
    arrange: Callable | None = None  # (world) -> None, before the request
    check: Callable | None = None  # (world, response) -> None, the state afterwards
    absent: tuple[str, ...] = ()  # text that must not be in the answer
    present: tuple[str, ...] = ()  # text that must be in the answer
    url_name: str | None = None  # for glob entries: the URL name this sample uses
    label: str = ""


@dataclass(frozen=True)
class Entry:
    why: str
    cases: tuple[Case, ...] = field(default=())
    delegated_to: str = ""


def delegated(to: str, why: str, *cases: Case) -> Entry:
    return Entry(why=why, cases=cases, delegated_to=to)


def checked(why: str, *cases: Case) -> Entry:
    return Entry(why=why, cases=cases)


# --- Helpers for arranging and checking ---------------------------------------------------------


def _registration_status(world):
    from meetings.models import Registration

    return Registration.objects.get(pk=world.registration.pk).status


def registration_still(status):
    def check(world, response):
        assert _registration_status(world) == status

    return check


def owner_still_there(world, response):
    world.owner.refresh_from_db()
    assert (world.owner.is_active, world.owner.email) == (True, "owner@police.example")


def registration_cancelled(world, response):
    assert _registration_status(world) == "cancelled"


def registration_untouched(world, response):
    assert _registration_status(world) == "approved"


def certificate_language(expected):
    def check(world, response):
        from courses.models import Certificate

        assert Certificate.objects.get(pk=world.certificate.pk).language == expected

    return check


def applicant_status(expected):
    def check(world, response):
        world.applicant.refresh_from_db()
        assert world.applicant.membership_status == expected

    return check


def nominated(expected: bool):
    def check(world, response):
        from meetings.models import Registration

        assert Registration.objects.filter(meeting=world.meeting, user=world.people["other_officer"]).exists() is expected

    return check


def registered(actor: str, expected: bool):
    def check(world, response):
        from meetings.models import Registration

        assert Registration.objects.filter(meeting=world.meeting, user=world.people[actor]).exists() is expected

    return check


def lesson_completed(actor: str, expected: bool):
    def check(world, response):
        from courses.models import LessonCompletion

        done = LessonCompletion.objects.filter(enrolment__user=world.people[actor], lesson=world.lessons[0]).exists()
        assert done is expected

    return check


def enrolled(actor: str, expected: bool):
    def check(world, response):
        from courses.models import Enrolment

        assert Enrolment.objects.filter(user=world.people[actor], course=world.course).exists() is expected

    return check


def open_attempt_for_owner(world):
    from courses.services.quizzes import start_attempt

    world.open_attempt = start_attempt(world.owner, world.quiz)


def enrol_other_officer_with_owner_attempt(world):
    from courses.services.progress import enrol_user

    open_attempt_for_owner(world)
    enrol_user(world.people["other_officer"], world.course)


def owner_attempt_still_open(world, response):
    world.open_attempt.refresh_from_db()
    assert world.open_attempt.submitted_at is None


def owner_attempt_submitted(world, response):
    world.open_attempt.refresh_from_db()
    assert world.open_attempt.submitted_at is not None


def submit_data(world):
    """The open attempt's token and the right answer to every question."""
    from tests.factories.courses import correct_answers

    data = {"token": str(world.open_attempt.token)}
    for question_id, choice_ids in correct_answers(world.quiz).items():
        data[f"question_{question_id}"] = [str(choice_id) for choice_id in choice_ids]
    return data


def pending_registration_of_other_officer(world):
    from tests.factories.meetings import RegistrationFactory

    world.other_registration = RegistrationFactory(meeting=world.meeting, user=world.people["other_officer"])


def calendar_feed(world):
    return {"token": world.calendar_token}


# Keyword arguments of the URLs, from the world.
course_id = lambda world: {"course_id": world.course.pk}  # noqa: E731
lesson_id = lambda world: {"lesson_id": world.lessons[0].pk}  # noqa: E731
quiz_id = lambda world: {"quiz_id": world.quiz.pk}  # noqa: E731
attempt_id = lambda world: {"attempt_id": world.attempt.pk}  # noqa: E731
certificate_pk = lambda world: {"pk": world.certificate.pk}  # noqa: E731
meeting_certificate_pk = lambda world: {"pk": world.meeting_certificate.pk}  # noqa: E731
verification_code = lambda world: {"code": world.certificate.code}  # noqa: E731
meeting_id = lambda world: {"meeting_id": world.meeting.pk}  # noqa: E731
registration_id = lambda world: {"registration_id": world.registration.pk}  # noqa: E731
meeting_registration = lambda world: {"meeting_id": world.meeting.pk, "registration_id": world.registration.pk}  # noqa: E731
applicant_id = lambda world: {"user_id": world.applicant.pk}  # noqa: E731
enrolment_pk = lambda world: {"pk": world.enrolment.pk}  # noqa: E731
attempt_pk = lambda world: {"pk": world.attempt.pk}  # noqa: E731
completion_pk = lambda world: {"pk": _completion(world).pk}  # noqa: E731
audit_pk = lambda world: {"pk": _audit_event(world).pk}  # noqa: E731


def _completion(world):
    from courses.models import LessonCompletion

    return LessonCompletion.objects.get(enrolment=world.enrolment, lesson=world.lessons[1])


def _audit_event(world):
    from ern_learning.core.models import AuditEvent
    from ern_learning.core.services.audit import record_event

    return AuditEvent.objects.first() or record_event("security.test", actor=world.owner)


OWNER_NAME = "Sokunthearith"  # the owner's family name: it must not leak to people without a need to know
OWNER_EMAIL = "owner@police.example"


def change_language_data(world):
    prefix = f"certificate-{world.certificate.pk}"
    return {f"{prefix}-language": "en", f"{prefix}-bilingual": "on"}


def login_required_page(why: str) -> Entry:
    """A page about the signed-in person only: anyone signed in gets their own, anonymous is sent to sign in."""
    return checked(
        why,
        Case("anonymous", LOGIN),
        Case("owner", 200),
        Case("other_officer", 200, absent=(OWNER_NAME,)),
        Case("foreign_focal_point", 200, absent=(OWNER_NAME,)),
        Case("organizer", 200, absent=(OWNER_NAME,)),
    )


def admin_for(allowed: tuple[str, ...], denied: tuple[str, ...], *, kwargs=lambda world: {}, why: str, method="GET") -> Entry:
    """A project admin view: `allowed` staff get 200, other staff are refused, officers and anonymous must sign in."""
    denied = tuple(dict.fromkeys(denied + tuple(actor for actor in ("organizer", "foreign_focal_point") if actor not in allowed)))
    cases = [
        Case("anonymous", LOGIN, method=method, kwargs=kwargs),
        Case("owner", ADMIN_NO_ACCESS, method=method, kwargs=kwargs),
        Case("other_officer", ADMIN_NO_ACCESS, method=method, kwargs=kwargs),
    ]
    cases += [Case(actor, 200, method=method, kwargs=kwargs) for actor in allowed]
    cases += [
        Case(actor, (ADMIN_DENIED, NOT_FOUND_ANYWHERE), method=method, kwargs=kwargs, absent=(OWNER_NAME,)) for actor in denied
    ]
    return checked(why, *cases)


def read_only_records(namespace: str, *, object_kwargs, readers, non_readers, why: str) -> dict[str, Entry]:
    """A read-only ModelViewSet of learners' records: list and inspect are need-to-know, nothing is writable."""
    foreign = ("foreign_focal_point",) if "foreign_focal_point" not in non_readers else ()
    entries = {
        f"{namespace}:index": checked(
            why,
            Case("anonymous", LOGIN),
            Case("owner", ADMIN_NO_ACCESS),
            *[Case(actor, 200, present=(OWNER_NAME,)) for actor in readers],
            *[Case(actor, 200, absent=(OWNER_NAME,), label=f"{actor}-filtered") for actor in foreign],
            *[Case(actor, ADMIN_DENIED) for actor in non_readers],
        ),
        f"{namespace}:index_results": checked(
            why,
            Case("anonymous", LOGIN),
            *[Case(actor, 200, present=(OWNER_NAME,)) for actor in readers],
            *[Case(actor, 200, absent=(OWNER_NAME,), label=f"{actor}-filtered") for actor in foreign],
            *[Case(actor, ADMIN_DENIED) for actor in non_readers],
        ),
        f"{namespace}:inspect": checked(
            why,
            Case("anonymous", LOGIN, kwargs=object_kwargs),
            Case("owner", ADMIN_NO_ACCESS, kwargs=object_kwargs),
            Case("other_officer", ADMIN_NO_ACCESS, kwargs=object_kwargs),
            *[Case(actor, 200, kwargs=object_kwargs) for actor in readers],
            *[Case(actor, NOT_FOUND_ANYWHERE, kwargs=object_kwargs) for actor in foreign],
            *[
                Case(actor, (ADMIN_DENIED, NOT_FOUND_ANYWHERE), kwargs=object_kwargs, absent=(OWNER_NAME,))
                for actor in non_readers
            ],
        ),
        f"{namespace}:add": checked(
            "Records are written by services only.",
            Case("anonymous", LOGIN),
            Case("administrator", ADMIN_DENIED),
            Case("administrator", ADMIN_DENIED, method="POST", label="administrator-post"),
        ),
    }
    for view in ("edit", "delete"):
        entries[f"{namespace}:{view}"] = checked(
            "Records are written by services only.",
            Case("anonymous", LOGIN, kwargs=object_kwargs),
            Case("owner", ADMIN_NO_ACCESS, kwargs=object_kwargs),
            Case("other_officer", ADMIN_NO_ACCESS, kwargs=object_kwargs),
            Case("organizer", (ADMIN_DENIED, NOT_FOUND_ANYWHERE), kwargs=object_kwargs),
            Case("administrator", ADMIN_DENIED, kwargs=object_kwargs),
            Case("administrator", ADMIN_DENIED, method="POST", kwargs=object_kwargs, label="administrator-post"),
            *[Case(actor, (ADMIN_DENIED, NOT_FOUND_ANYWHERE), kwargs=object_kwargs) for actor in readers + foreign],
        )
    for view in ("history", "history_results", "usage"):
        entries[f"{namespace}:{view}"] = checked(
            "History and usage name the learner: need-to-know like inspect.",
            Case("anonymous", LOGIN, kwargs=object_kwargs),
            Case("owner", ADMIN_NO_ACCESS, kwargs=object_kwargs),
            Case("other_officer", ADMIN_NO_ACCESS, kwargs=object_kwargs),
            *[Case(actor, (200, ADMIN_DENIED), kwargs=object_kwargs) for actor in readers],
            *[
                Case(actor, (ADMIN_DENIED, NOT_FOUND_ANYWHERE), kwargs=object_kwargs, absent=(OWNER_NAME,))
                for actor in foreign + non_readers
            ],
        )
    return entries


def course_code(world) -> str:
    return world.certificate.display_code


def meeting_code(world) -> str:
    return world.meeting_certificate.display_code


def certificate_not_revoked(world, response):
    world.certificate.refresh_from_db()
    assert world.certificate.revoked_at is None


def report_entry(full: tuple[str, ...], denied: tuple[str, ...]) -> Entry:
    """A report: `full` staff see every country; a focal point sees their own country only, whatever they ask."""
    return checked(
        "Reports: whole for some staff roles, one country for a focal point, nothing for others.",
        Case("anonymous", LOGIN),
        Case("owner", ADMIN_NO_ACCESS),
        *[Case(actor, 200) for actor in full],
        Case("focal_point", 200),
        Case(
            "foreign_focal_point",
            200,
            query="?country=KH",
            absent=(OWNER_NAME, OWNER_EMAIL),
            label="foreign_focal_point-asks-for-cambodia",
        ),
        Case(
            "foreign_focal_point",
            200,
            query="?country=KH&export=csv&table=people",
            absent=(OWNER_NAME, OWNER_EMAIL),
            label="foreign_focal_point-exports-cambodia",
        ),
        *[Case(actor, ADMIN_DENIED) for actor in denied],
    )


STAFF_MEETINGS = ("organizer", "administrator")
NOT_MEETING_STAFF = ("focal_point", "foreign_focal_point", "author", "reviewer")


def meetings_admin(view: str, *, kwargs, post_data=lambda world: {}, why: str) -> Entry:
    return checked(
        why,
        Case("anonymous", LOGIN, kwargs=kwargs),
        Case("owner", ADMIN_NO_ACCESS, kwargs=kwargs),
        Case("other_officer", ADMIN_NO_ACCESS, kwargs=kwargs),
        *[Case(actor, 200, kwargs=kwargs) for actor in STAFF_MEETINGS],
        *[Case(actor, ADMIN_DENIED, kwargs=kwargs, absent=(OWNER_NAME,)) for actor in NOT_MEETING_STAFF],
        Case("foreign_focal_point", ADMIN_DENIED, method="POST", kwargs=kwargs, data=post_data, label="foreign_focal_point-post"),
        Case("anonymous", LOGIN, method="POST", kwargs=kwargs, data=post_data, label="anonymous-post"),
    )


def wagtail_sample(url_name: str, kwargs=lambda world: {}) -> tuple[Case, ...]:
    return (
        Case("anonymous", LOGIN, url_name=url_name, kwargs=kwargs),
        Case("owner", ADMIN_NO_ACCESS, url_name=url_name, kwargs=kwargs),
    )


MATRIX: dict[str, Entry] = {
    # --- Public -------------------------------------------------------------------------------
    "healthz": checked("Load balancer probe; says nothing but ok.", Case("anonymous", 200), Case("owner", 200)),
    "set_language": checked(
        "Public language switcher (POST); it only sets a cookie and, when signed in, the profile's language.",
        Case("anonymous", REDIRECT, method="POST", data=lambda world: {"language": "km", "next": "/"}),
        Case("owner", REDIRECT, method="POST", data=lambda world: {"language": "th", "next": "/"}),
        Case("anonymous", 405, label="anonymous-get"),
    ),
    "wagtail_serve": delegated(
        "Wagtail pages",
        "Pages are covered by the per-page tests of courses and meetings (members-only pages, lesson access).",
    ),
    "wagtailcore_authenticate_with_password": delegated("Wagtail", "Password-protected page form; Wagtail's own checks."),
    "wagtailcore_login": delegated("our allauth login", "Shadowed by the unnamed /_util/login/ route (see its entry)."),
    "route:<lang>/_util/login/": checked(
        "Wagtail's private-page login, shadowed so it goes through allauth (MFA, rate limits).",
        Case("anonymous", 302, url_name="route:<lang>/_util/login/"),
    ),
    "wagtaildocs_serve": delegated(
        "Wagtail documents + meetings.before_serve_document",
        "Collection privacy and meeting documents are tested in tests/core/test_uploads.py and the meetings tests.",
        Case("anonymous", 404, url_name="wagtaildocs_serve", kwargs=lambda world: (999999, "x.pdf")),
    ),
    "wagtaildocs_authenticate_with_password": delegated("Wagtail", "Password-protected document form; Wagtail's own checks."),
    # --- Accounts (allauth) ----------------------------------------------------------------------
    "account_*": delegated(
        "django-allauth",
        "Sign-in, sign-up, e-mail, password and reauthentication views: allauth guards them; rate limits in test_rate_limits.py.",
        Case("anonymous", 200, url_name="account_login"),
        Case("anonymous", 200, url_name="account_signup"),
        Case("anonymous", LOGIN, url_name="account_email"),
        Case("anonymous", LOGIN, url_name="account_change_password"),
    ),
    "mfa_*": delegated(
        "django-allauth MFA",
        "Two-factor set-up and sign-in: allauth guards them.",
        Case("anonymous", LOGIN, url_name="mfa_index"),
        Case("anonymous", LOGIN, url_name="mfa_activate_totp"),
        Case("anonymous", LOGIN, url_name="mfa_view_recovery_codes"),
    ),
    # --- Profile and vetting -------------------------------------------------------------------------
    "accounts:profile": login_required_page("Everyone's own profile."),
    "accounts:personal_data": login_required_page("The signed-in person's own data."),
    "accounts:download_personal_data": checked(
        "Everyone downloads their own data only (there is no id to change).",
        Case("anonymous", LOGIN, method="POST"),
        Case("owner", 200, method="POST", present=(OWNER_EMAIL,)),
        Case("other_officer", 200, method="POST", absent=(OWNER_EMAIL, OWNER_NAME)),
        Case("foreign_focal_point", 200, method="POST", absent=(OWNER_EMAIL, OWNER_NAME)),
        Case("organizer", 200, method="POST", absent=(OWNER_EMAIL, OWNER_NAME)),
        Case("owner", 405, label="owner-get"),
    ),
    "accounts:delete_account": checked(
        "Deleting one's own account needs one's password.",
        Case("anonymous", LOGIN),
        Case("anonymous", LOGIN, method="POST", data=lambda world: {"password": "correct-horse-battery"}, label="anonymous-post"),
        Case("owner", 200),
        Case(
            "owner",
            200,
            method="POST",
            data=lambda world: {"password": "not-my-password"},
            check=owner_still_there,
            label="owner-wrong-password",
        ),
        Case("other_officer", 200, method="POST", data=lambda world: {"password": "not-my-password"}, check=owner_still_there),
    ),
    "accounts:account_deleted": checked("Public good-bye page.", Case("anonymous", 200)),
    "accounts:vetting_queue": checked(
        "Applicants are shown to administrators, and to focal points for their own country.",
        Case("anonymous", LOGIN),
        Case("owner", 403, absent=("Chanthavong",)),
        Case("organizer", 403, absent=("Chanthavong",)),
        Case("focal_point", 200, present=("Chanthavong",)),
        Case("foreign_focal_point", 200, absent=("Chanthavong",)),
        Case("administrator", 200, present=("Chanthavong",)),
    ),
    "accounts:vetting_decide": checked(
        "Deciding on a Cambodian application: Cambodia's focal point and administrators only.",
        *[
            Case(
                actor,
                404,
                method="POST",
                kwargs=applicant_id,
                data=lambda world: {"decision": "approve", "note": ""},
                check=applicant_status("pending"),
            )
            for actor in ("owner", "other_officer", "foreign_focal_point", "organizer", "author")
        ],
        Case(
            "anonymous",
            LOGIN,
            method="POST",
            kwargs=applicant_id,
            data=lambda world: {"decision": "approve"},
            check=applicant_status("pending"),
        ),
        Case(
            "focal_point",
            REDIRECT,
            method="POST",
            kwargs=applicant_id,
            data=lambda world: {"decision": "approve", "note": ""},
            check=applicant_status("approved"),
        ),
        Case(
            "administrator",
            REDIRECT,
            method="POST",
            kwargs=applicant_id,
            data=lambda world: {"decision": "reject", "note": ""},
            check=applicant_status("rejected"),
        ),
        Case("focal_point", 405, kwargs=applicant_id, label="focal_point-get"),
    ),
    # --- Courses -------------------------------------------------------------------------------
    "courses:catalogue": checked(
        "Public catalogue address; redirects to the course index page.", Case("anonymous", REDIRECT), Case("owner", REDIRECT)
    ),
    "courses:my_learning": login_required_page("The signed-in person's own learning."),
    "courses:enrol": checked(
        "Any approved member may enrol in a members-only course; anonymous must sign in.",
        Case("anonymous", LOGIN, method="POST", kwargs=course_id),
        Case("other_officer", REDIRECT, method="POST", kwargs=course_id, check=enrolled("other_officer", True)),
        Case("foreign_focal_point", REDIRECT, method="POST", kwargs=course_id, check=enrolled("foreign_focal_point", True)),
        Case("organizer", REDIRECT, method="POST", kwargs=course_id, check=enrolled("organizer", True)),
        Case("owner", REDIRECT, method="POST", kwargs=course_id, label="owner-again", check=enrolled("owner", True)),
        Case("other_officer", 405, kwargs=course_id, label="other_officer-get", check=enrolled("other_officer", False)),
        Case(
            "other_officer",
            404,
            method="POST",
            kwargs=lambda world: {"course_id": world.lessons[0].pk},
            label="other_officer-not-a-course",
        ),
    ),
    "courses:complete_lesson": checked(
        "Only an enrolled learner completes a lesson, for themselves.",
        Case("anonymous", LOGIN, method="POST", kwargs=lesson_id),
        Case("owner", REDIRECT, method="POST", kwargs=lesson_id, check=lesson_completed("owner", True)),
        Case("other_officer", 403, method="POST", kwargs=lesson_id, check=lesson_completed("other_officer", False)),
        Case("foreign_focal_point", 403, method="POST", kwargs=lesson_id, check=lesson_completed("foreign_focal_point", False)),
        Case("organizer", 403, method="POST", kwargs=lesson_id, check=lesson_completed("organizer", False)),
        Case("owner", 405, kwargs=lesson_id, label="owner-get"),
    ),
    "courses:start_quiz": checked(
        "Only an enrolled learner starts a quiz.",
        Case("anonymous", LOGIN, method="POST", kwargs=quiz_id),
        Case("owner", REDIRECT, method="POST", kwargs=quiz_id),
        Case("other_officer", 403, method="POST", kwargs=quiz_id),
        Case("foreign_focal_point", 403, method="POST", kwargs=quiz_id),
        Case("organizer", 403, method="POST", kwargs=quiz_id),
    ),
    "courses:take_quiz": checked(
        "The open attempt is shown to its learner only; others are sent to the course page to enrol.",
        Case("anonymous", LOGIN, kwargs=quiz_id),
        Case("owner", 200, kwargs=quiz_id, arrange=open_attempt_for_owner),
        Case("other_officer", REDIRECT, kwargs=quiz_id, arrange=open_attempt_for_owner),
        Case("foreign_focal_point", REDIRECT, kwargs=quiz_id, arrange=open_attempt_for_owner),
        Case("organizer", REDIRECT, kwargs=quiz_id, arrange=open_attempt_for_owner),
    ),
    "courses:submit_quiz": checked(
        "An attempt is submitted by its own learner only; another's token is refused and the attempt stays open.",
        Case(
            "anonymous",
            LOGIN,
            method="POST",
            kwargs=quiz_id,
            data=submit_data,
            arrange=open_attempt_for_owner,
            check=owner_attempt_still_open,
        ),
        Case(
            "owner",
            REDIRECT,
            method="POST",
            kwargs=quiz_id,
            data=submit_data,
            arrange=open_attempt_for_owner,
            check=owner_attempt_submitted,
        ),
        Case(
            "other_officer",
            403,
            method="POST",
            kwargs=quiz_id,
            data=submit_data,
            arrange=open_attempt_for_owner,
            check=owner_attempt_still_open,
        ),
        Case(
            "other_officer",
            400,
            method="POST",
            kwargs=quiz_id,
            data=submit_data,
            arrange=enrol_other_officer_with_owner_attempt,
            check=owner_attempt_still_open,
            label="enrolled-other_officer-with-owner-token",
        ),
        Case(
            "foreign_focal_point",
            403,
            method="POST",
            kwargs=quiz_id,
            data=submit_data,
            arrange=open_attempt_for_owner,
            check=owner_attempt_still_open,
        ),
        Case(
            "organizer",
            403,
            method="POST",
            kwargs=quiz_id,
            data=submit_data,
            arrange=open_attempt_for_owner,
            check=owner_attempt_still_open,
        ),
    ),
    "courses:attempt": checked(
        "A quiz result is its learner's only.",
        Case("anonymous", LOGIN, kwargs=attempt_id),
        Case("owner", 200, kwargs=attempt_id),
        *[
            Case(actor, 404, kwargs=attempt_id, absent=(OWNER_NAME,))
            for actor in ("other_officer", "focal_point", "foreign_focal_point", "organizer", "administrator")
        ],
    ),
    # --- Certificates ----------------------------------------------------------------------------
    "certificates:mine": login_required_page("The signed-in person's own certificates."),
    "certificates:verify_form": checked("Public verification form.", Case("anonymous", 200), Case("owner", 200)),
    "certificates:verify": checked(
        "Public verification: anyone holding a code sees the same facts.",
        *[
            Case(actor, 200, kwargs=verification_code, present=(OWNER_NAME,))
            for actor in ("anonymous", "owner", "other_officer", "foreign_focal_point", "organizer")
        ],
        Case(
            "anonymous", 404, kwargs=lambda world: {"code": "ZZZZZ-ZZZZZ"}, absent=(OWNER_NAME,), label="anonymous-unknown-code"
        ),
    ),
    "certificates:download": checked(
        "A PDF goes to its holder, and to staff whose role covers the course or meeting; others cannot tell it exists.",
        Case("anonymous", LOGIN, kwargs=certificate_pk),
        Case("owner", 200, kwargs=certificate_pk),
        Case("administrator", 200, kwargs=certificate_pk),
        Case("author", 200, kwargs=certificate_pk),
        *[
            Case(actor, 404, kwargs=certificate_pk)
            for actor in ("other_officer", "focal_point", "foreign_focal_point", "organizer")
        ],
        Case("owner", 200, kwargs=meeting_certificate_pk, label="owner-meeting-certificate"),
        Case("organizer", 200, kwargs=meeting_certificate_pk, label="organizer-meeting-certificate"),
        *[
            Case(actor, 404, kwargs=meeting_certificate_pk, label=f"{actor}-meeting-certificate")
            for actor in ("other_officer", "foreign_focal_point", "author")
        ],
        Case("other_officer", 404, kwargs=lambda world: {"pk": 999999}, label="other_officer-missing"),
    ),
    "certificates:change_language": checked(
        "Only the holder chooses their certificate's language.",
        Case(
            "anonymous", LOGIN, method="POST", kwargs=certificate_pk, data=change_language_data, check=certificate_language("en")
        ),
        Case("owner", REDIRECT, method="POST", kwargs=certificate_pk, data=change_language_data),
        *[
            Case(actor, 404, method="POST", kwargs=certificate_pk, data=change_language_data)
            for actor in ("other_officer", "foreign_focal_point", "organizer", "administrator")
        ],
        Case("owner", 405, kwargs=certificate_pk, label="owner-get"),
    ),
    # --- Meetings ---------------------------------------------------------------------------------
    "meetings:list": checked("Public list; members-only meetings only for members.", Case("anonymous", 200), Case("owner", 200)),
    "meetings:my_meetings": login_required_page("The signed-in person's own registrations."),
    "meetings:calendar_feed_settings": login_required_page("The signed-in person's own calendar feed."),
    "meetings:calendar_feed": checked(
        "The secret token is the key (calendar apps cannot sign in); a wrong token is not found.",
        *[
            Case(actor, 200, kwargs=calendar_feed, present=("ERN coordination meeting",))
            for actor in ("anonymous", "owner", "other_officer", "foreign_focal_point", "organizer")
        ],
        Case("anonymous", 404, kwargs=lambda world: {"token": "not-the-token"}, label="anonymous-wrong-token"),
        Case("anonymous", 404, kwargs=lambda world: {"token": world.calendar_token[:-1]}, label="anonymous-truncated-token"),
    ),
    "meetings:nominations": checked(
        "A focal point's page.",
        Case("anonymous", LOGIN),
        Case("owner", 403),
        Case("organizer", 403),
        Case("focal_point", 200),
        Case("foreign_focal_point", 200, absent=(OWNER_NAME,)),
    ),
    "meetings:register": checked(
        "Approved members register themselves.",
        Case("anonymous", LOGIN, method="POST", kwargs=meeting_id),
        Case("other_officer", REDIRECT, method="POST", kwargs=meeting_id, check=registered("other_officer", True)),
        Case("foreign_focal_point", REDIRECT, method="POST", kwargs=meeting_id, check=registered("foreign_focal_point", True)),
        Case("owner", REDIRECT, method="POST", kwargs=meeting_id, label="owner-again", check=registration_still("approved")),
        Case("organizer", REDIRECT, method="POST", kwargs=meeting_id),
        Case("other_officer", 405, kwargs=meeting_id, label="other_officer-get", check=registered("other_officer", False)),
        Case(
            "other_officer",
            404,
            method="POST",
            kwargs=lambda world: {"meeting_id": world.course.pk},
            label="other_officer-not-a-meeting",
        ),
    ),
    "meetings:nominate": checked(
        "A focal point nominates officers of their own country only.",
        Case(
            "anonymous",
            LOGIN,
            method="POST",
            kwargs=meeting_id,
            data=lambda world: {"officers": [world.people["other_officer"].pk]},
        ),
        Case(
            "owner",
            403,
            method="POST",
            kwargs=meeting_id,
            data=lambda world: {"officers": [world.people["other_officer"].pk]},
            check=nominated(False),
        ),
        Case(
            "other_officer",
            403,
            method="POST",
            kwargs=meeting_id,
            data=lambda world: {"officers": [world.people["other_officer"].pk]},
            check=nominated(False),
        ),
        Case(
            "organizer",
            403,
            method="POST",
            kwargs=meeting_id,
            data=lambda world: {"officers": [world.people["other_officer"].pk]},
            check=nominated(False),
        ),
        Case(
            "focal_point",
            REDIRECT,
            method="POST",
            kwargs=meeting_id,
            data=lambda world: {"officers": [world.people["other_officer"].pk]},
            check=nominated(True),
        ),
        Case(
            "foreign_focal_point",
            REDIRECT,
            method="POST",
            kwargs=meeting_id,
            data=lambda world: {"officers": [world.people["other_officer"].pk]},
            check=nominated(False),
        ),
    ),
    "meetings:meeting_calendar_file": checked(
        "A meeting's .ics goes to its approved participants only.",
        Case("anonymous", LOGIN, kwargs=meeting_id),
        Case("owner", 200, kwargs=meeting_id),
        *[Case(actor, 404, kwargs=meeting_id) for actor in ("other_officer", "foreign_focal_point", "organizer")],
    ),
    "meetings:cancel": checked(
        "The participant, their country's focal point and organisers cancel; others cannot tell it exists.",
        Case("anonymous", LOGIN, method="POST", kwargs=registration_id, check=registration_untouched),
        Case("owner", REDIRECT, method="POST", kwargs=registration_id, check=registration_cancelled),
        Case("other_officer", 404, method="POST", kwargs=registration_id, check=registration_untouched),
        Case("foreign_focal_point", 404, method="POST", kwargs=registration_id, check=registration_untouched),
        Case("focal_point", REDIRECT, method="POST", kwargs=registration_id, check=registration_cancelled),
        Case("organizer", REDIRECT, method="POST", kwargs=registration_id, check=registration_cancelled),
        Case("owner", 405, kwargs=registration_id, label="owner-get", check=registration_untouched),
    ),
    # --- The project's own admin views ----------------------------------------------------------
    "courses_translation_status": admin_for(
        ("administrator", "author", "reviewer"), ("organizer", "focal_point"), why="Course × language table for content staff."
    ),
    "meetings_admin:index": meetings_admin("index", kwargs=lambda world: {}, why="Organisers' meeting overview."),
    "meetings_admin:registrations": meetings_admin(
        "registrations",
        kwargs=meeting_id,
        post_data=lambda world: {"registrations": [world.registration.pk], "action": "cancel"},
        why="Registrations list and bulk actions: organisers only.",
    ),
    "meetings_admin:registration": meetings_admin("registration", kwargs=meeting_registration, why="One registration's history."),
    "meetings_admin:attendance": meetings_admin(
        "attendance",
        kwargs=meeting_id,
        post_data=lambda world: {"day": world.meeting.days[0].isoformat(), "present": [world.registration.pk]},
        why="Attendance sheet.",
    ),
    "meetings_admin:certificates": checked(
        "Issuing certificates of attendance (POST only): organisers and administrators.",
        Case("anonymous", LOGIN, method="POST", kwargs=meeting_id),
        Case("owner", ADMIN_NO_ACCESS, method="POST", kwargs=meeting_id),
        Case("other_officer", ADMIN_NO_ACCESS, method="POST", kwargs=meeting_id),
        *[Case(actor, REDIRECT, method="POST", kwargs=meeting_id) for actor in STAFF_MEETINGS],
        *[Case(actor, ADMIN_DENIED, method="POST", kwargs=meeting_id) for actor in NOT_MEETING_STAFF],
        Case("organizer", 405, kwargs=meeting_id, label="organizer-get"),
    ),
    "meetings_admin:export": meetings_admin(
        "export",
        kwargs=meeting_id,
        post_data=lambda world: {"columns": ["name", "email"], "statuses": ["approved"], "file_format": "csv"},
        why="Participants export (personal data).",
    ),
    "meetings_admin:email": meetings_admin(
        "email",
        kwargs=meeting_id,
        post_data=lambda world: {"statuses": ["approved"], "subject": "Hi", "message": "Hello"},
        why="E-mail to participants.",
    ),
    "meetings_admin:cancel": meetings_admin(
        "cancel", kwargs=meeting_id, post_data=lambda world: {"reason": "No", "confirm": "on"}, why="Cancelling a meeting."
    ),
    **read_only_records(
        "enrolments",
        object_kwargs=enrolment_pk,
        readers=("administrator", "author", "reviewer", "focal_point"),
        non_readers=("organizer",),
        why="Learners' enrolments: content staff, and focal points for their own country.",
    ),
    **read_only_records(
        "lesson_completions",
        object_kwargs=completion_pk,
        readers=("administrator", "author", "reviewer", "focal_point"),
        non_readers=("organizer",),
        why="Completed lessons: content staff, and focal points for their own country.",
    ),
    **read_only_records(
        "quiz_attempts",
        object_kwargs=attempt_pk,
        readers=("administrator", "author", "reviewer", "focal_point"),
        non_readers=("organizer",),
        why="Quiz attempts: content staff, and focal points for their own country.",
    ),
    "audit_log:index": admin_for(
        ("administrator",), ("organizer", "focal_point", "author"), why="Audit log: administrators only."
    ),
    "audit_log:index_results": admin_for(("administrator",), ("organizer", "focal_point"), why="Audit log: administrators only."),
    "audit_log:inspect": admin_for(
        ("administrator",), ("organizer", "focal_point"), kwargs=audit_pk, why="Audit log: administrators only."
    ),
    "audit_log:add": admin_for((), ("administrator", "organizer"), why="The audit log is append-only, written by services."),
    "audit_log:edit": admin_for((), ("administrator",), kwargs=audit_pk, why="The audit log is never edited."),
    "audit_log:delete": admin_for((), ("administrator",), kwargs=audit_pk, why="The audit log is never deleted from the admin."),
    "audit_log:history": admin_for((), ("organizer", "focal_point"), kwargs=audit_pk, why="No history of an append-only record."),
    "audit_log:history_results": admin_for((), ("organizer",), kwargs=audit_pk, why="No history of an append-only record."),
    "audit_log:usage": admin_for((), ("organizer",), kwargs=audit_pk, why="No usage of an append-only record."),
    "outbound_emails:index": admin_for(
        ("administrator",), ("organizer", "focal_point", "author"), why="Outgoing e-mails (addresses): administrators only."
    ),
    "outbound_emails:index_results": admin_for(("administrator",), ("organizer",), why="Outgoing e-mails: administrators only."),
    "outbound_emails:retry_all": admin_for(
        ("administrator",), ("organizer", "focal_point"), why="Re-sending e-mails: administrators only."
    ),
    "outbound_emails:add": admin_for((), ("administrator",), why="E-mails are written by services only."),
    **{
        f"outbound_emails:{view}": delegated(
            "Wagtail ModelViewSet + OutboundEmailPermissionPolicy",
            "Per-object views of outgoing e-mail: the read-only policy (view/retry for administrators) decides.",
            Case("anonymous", LOGIN, url_name=f"outbound_emails:{view}", kwargs=lambda world: {"pk": 1}),
            Case("owner", ADMIN_NO_ACCESS, url_name=f"outbound_emails:{view}", kwargs=lambda world: {"pk": 1}),
            Case(
                "organizer",
                (ADMIN_DENIED, NOT_FOUND_ANYWHERE),
                url_name=f"outbound_emails:{view}",
                kwargs=lambda world: {"pk": 1},
            ),
        )
        for view in ("edit", "delete", "history", "history_results", "usage", "inspect", "retry")
    },
    "wagtailsnippets_courses_topic:*": delegated(
        "Wagtail snippets + model permissions",
        "Topics (no personal data): authors, reviewers and administrators edit them.",
        *wagtail_sample("wagtailsnippets_courses_topic:list"),
        Case("organizer", ADMIN_DENIED, url_name="wagtailsnippets_courses_topic:list"),
        Case("author", 200, url_name="wagtailsnippets_courses_topic:list"),
    ),
    "wagtailsnippetchoosers_courses_topic:*": delegated(
        "Wagtail snippet chooser", "Topic chooser for editors.", *wagtail_sample("wagtailsnippetchoosers_courses_topic:choose")
    ),
    # --- Certificates in the admin ------------------------------------------------------------------
    "certificate_admin:index": checked(
        "Certificates list: course certificates for content staff, meeting certificates for organisers.",
        Case("anonymous", LOGIN),
        Case("owner", ADMIN_NO_ACCESS),
        Case("administrator", 200, present=(course_code, meeting_code)),
        Case("author", 200, present=(course_code,), absent=(meeting_code,)),
        Case("organizer", 200, present=(meeting_code,), absent=(course_code,)),
        Case("foreign_focal_point", ADMIN_DENIED),
    ),
    "certificate_admin:index_results": checked(
        "Certificates list (results only).",
        Case("anonymous", LOGIN),
        Case("author", 200, present=(course_code,), absent=(meeting_code,)),
        Case("organizer", 200, present=(meeting_code,), absent=(course_code,)),
        Case("focal_point", ADMIN_DENIED),
    ),
    **{
        f"certificate_admin:{view}": checked(
            "One certificate: only staff whose role covers it; others cannot tell it exists.",
            Case("anonymous", LOGIN, kwargs=certificate_pk),
            Case("owner", ADMIN_NO_ACCESS, kwargs=certificate_pk),
            Case("other_officer", ADMIN_NO_ACCESS, kwargs=certificate_pk),
            Case("administrator", 200, kwargs=certificate_pk),
            Case("author", 200, kwargs=certificate_pk),
            Case("organizer", NOT_FOUND_ANYWHERE, kwargs=certificate_pk, absent=(OWNER_NAME,)),
            Case("organizer", 200, kwargs=meeting_certificate_pk, label="organizer-meeting-certificate"),
            Case("author", NOT_FOUND_ANYWHERE, kwargs=meeting_certificate_pk, label="author-meeting-certificate"),
            Case("foreign_focal_point", (ADMIN_DENIED, NOT_FOUND_ANYWHERE), kwargs=certificate_pk, absent=(OWNER_NAME,)),
            Case("focal_point", (ADMIN_DENIED, NOT_FOUND_ANYWHERE), kwargs=certificate_pk, absent=(OWNER_NAME,)),
            *(
                [
                    Case(
                        "organizer",
                        NOT_FOUND_ANYWHERE,
                        method="POST",
                        kwargs=certificate_pk,
                        data=lambda world: {"reason": "Not theirs to revoke"},
                        check=certificate_not_revoked,
                        label="organizer-post",
                    ),
                    Case(
                        "foreign_focal_point",
                        (ADMIN_DENIED, NOT_FOUND_ANYWHERE),
                        method="POST",
                        kwargs=certificate_pk,
                        data=lambda world: {"reason": "Not theirs to revoke"},
                        check=certificate_not_revoked,
                        label="foreign_focal_point-post",
                    ),
                ]
                if view == "revoke"
                else []
            ),
        )
        for view in ("inspect", "revoke", "reissue")
    },
    **{
        f"certificate_admin:{view}": checked(
            "Certificates are written by services only; history and usage name the holder.",
            Case("anonymous", LOGIN, kwargs=certificate_pk),
            Case("owner", ADMIN_NO_ACCESS, kwargs=certificate_pk),
            Case("other_officer", ADMIN_NO_ACCESS, kwargs=certificate_pk),
            Case(
                "administrator",
                (200, ADMIN_DENIED) if view in ("history", "history_results", "usage") else ADMIN_DENIED,
                kwargs=certificate_pk,
            ),
            Case("organizer", (ADMIN_DENIED, NOT_FOUND_ANYWHERE), kwargs=certificate_pk, absent=(OWNER_NAME,)),
            Case("foreign_focal_point", (ADMIN_DENIED, NOT_FOUND_ANYWHERE), kwargs=certificate_pk, absent=(OWNER_NAME,)),
        )
        for view in ("edit", "delete", "history", "history_results", "usage")
    },
    "certificate_admin:add": admin_for((), ("administrator", "author"), why="Certificates are issued by services only."),
    "certificate_jobs:index": admin_for(("administrator", "author", "organizer"), ("focal_point",), why="Bulk certificate jobs."),
    "certificate_jobs:index_results": admin_for(("administrator", "organizer"), ("focal_point",), why="Bulk certificate jobs."),
    "certificate_jobs:add": admin_for(("administrator", "author", "organizer"), ("focal_point",), why="Starting a bulk job."),
    **{
        f"certificate_jobs:{view}": checked(
            "One bulk job (a ZIP of PDFs): staff whose role covers it.",
            Case("anonymous", LOGIN, kwargs=lambda world: {"pk": 999999}),
            Case("owner", ADMIN_NO_ACCESS, kwargs=lambda world: {"pk": 999999}),
            Case("other_officer", ADMIN_NO_ACCESS, kwargs=lambda world: {"pk": 999999}),
            Case("administrator", (NOT_FOUND_ANYWHERE, ADMIN_DENIED), kwargs=lambda world: {"pk": 999999}),
            Case("organizer", (NOT_FOUND_ANYWHERE, ADMIN_DENIED), kwargs=lambda world: {"pk": 999999}),
            Case("foreign_focal_point", (ADMIN_DENIED, NOT_FOUND_ANYWHERE), kwargs=lambda world: {"pk": 999999}),
        )
        for view in ("inspect", "result", "edit", "delete", "history", "history_results", "usage")
    },
    "certificate_jobs:retry": checked(
        "Running a failed bulk job again (POST): staff whose role covers it.",
        Case("anonymous", LOGIN, method="POST", kwargs=lambda world: {"pk": 999999}),
        Case("owner", ADMIN_NO_ACCESS, method="POST", kwargs=lambda world: {"pk": 999999}),
        Case("other_officer", ADMIN_NO_ACCESS, method="POST", kwargs=lambda world: {"pk": 999999}),
        Case("administrator", (NOT_FOUND_ANYWHERE, ADMIN_DENIED), method="POST", kwargs=lambda world: {"pk": 999999}),
        Case("organizer", (NOT_FOUND_ANYWHERE, ADMIN_DENIED), method="POST", kwargs=lambda world: {"pk": 999999}),
        Case("foreign_focal_point", ADMIN_DENIED, method="POST", kwargs=lambda world: {"pk": 999999}),
    ),
    "wagtailsnippets_courses_certificatetemplate:*": delegated(
        "Wagtail snippets + model permissions",
        "Certificate templates (no personal data): content staff and administrators.",
        *wagtail_sample("wagtailsnippets_courses_certificatetemplate:list"),
        Case("author", 200, url_name="wagtailsnippets_courses_certificatetemplate:list"),
        Case("focal_point", ADMIN_DENIED, url_name="wagtailsnippets_courses_certificatetemplate:list"),
    ),
    "wagtailsnippetchoosers_courses_certificatetemplate:*": delegated(
        "Wagtail snippet chooser",
        "Template chooser for editors.",
        *wagtail_sample("wagtailsnippetchoosers_courses_certificatetemplate:choose"),
    ),
    # --- Reports ----------------------------------------------------------------------------------
    "ern_reports:learning": report_entry(("administrator", "author"), ("organizer", "reviewer")),
    "ern_reports:assessment": report_entry(("administrator", "author"), ("organizer", "reviewer")),
    "ern_reports:meetings": report_entry(("administrator", "organizer"), ("author", "reviewer")),
    # --- Wagtail's and Django's own admin ----------------------------------------------------------
    "admin:*": delegated(
        "Django admin (is_staff), sign-in through allauth",
        "Nobody of the network is is_staff; the Django admin is for superusers only.",
        Case("anonymous", DJANGO_ADMIN_LOGIN, url_name="admin:index"),
        Case("owner", (DJANGO_ADMIN_LOGIN, 403), url_name="admin:index"),
        Case("administrator", (DJANGO_ADMIN_LOGIN, 403), url_name="admin:index"),
    ),
    "route:django-admin/*": delegated("Django admin (is_staff)", "Django admin's own object redirects and catch-all."),
    "route:admin/^.*/$": delegated("Wagtail admin", "Catch-all 404 of the Wagtail admin."),
    "route:admin/test404/": delegated("Wagtail admin", "Wagtail's own 404 test page."),
    "route:admin/pages/(?P<page_id>\\d+)/edit/copy_translation_content/$": delegated(
        "wagtail-modeltranslation + Wagtail page permissions", "Editor helper behind the admin's login."
    ),
    "wagtailadmin_home": delegated("Wagtail admin", "The dashboard.", *wagtail_sample("wagtailadmin_home")),
    "wagtailadmin_login": checked(
        "Wagtail's admin login, shadowed so it goes through allauth.",
        Case("anonymous", 302),
        Case("anonymous", 302, query="?next=https://evil.example/", label="anonymous-offsite-next", absent=("evil.example",)),
    ),
    "wagtailadmin_password_reset*": delegated(
        "Wagtail admin (WAGTAIL_PASSWORD_RESET_ENABLED = False)",
        "Password resets go through allauth only.",
        Case("anonymous", (404, LOGIN, 302), url_name="wagtailadmin_password_reset"),
    ),
    "wagtailadmin_*": delegated(
        "Wagtail admin (access_admin + page/collection permissions)",
        "Wagtail's own admin views.",
        *wagtail_sample("wagtailadmin_explore_root"),
        *wagtail_sample("wagtailadmin_account"),
    ),
    "wagtailadmin_api:*": delegated(
        "Wagtail admin API", "Behind the admin's login.", *wagtail_sample("wagtailadmin_api:pages:listing")
    ),
    "wagtailadmin_collections:*": delegated("Wagtail admin", "Collections.", *wagtail_sample("wagtailadmin_collections:index")),
    "wagtailadmin_editing_sessions:*": delegated("Wagtail admin", "Editing sessions."),
    "wagtailadmin_pages:*": delegated(
        "Wagtail page permissions",
        "Page editing.",
        *wagtail_sample("wagtailadmin_pages:edit", kwargs=lambda world: {"page_id": world.course.pk}),
    ),
    "wagtailadmin_reports:*": delegated(
        "Wagtail admin",
        "Wagtail's own reports (site history, locked pages...).",
        *wagtail_sample("wagtailadmin_reports:site_history"),
    ),
    "wagtailadmin_workflows:*": delegated(
        "Wagtail admin", "Moderation workflows.", *wagtail_sample("wagtailadmin_workflows:index")
    ),
    "wagtail_bulk_action": delegated("Wagtail admin", "Bulk actions on pages, images, documents, users."),
    "wagtaildocs:*": delegated("Wagtail collection permissions", "Document library.", *wagtail_sample("wagtaildocs:index")),
    "wagtaildocs_chooser:*": delegated(
        "Wagtail collection permissions", "Document chooser.", *wagtail_sample("wagtaildocs_chooser:choose")
    ),
    "wagtailimages:*": delegated("Wagtail collection permissions", "Image library.", *wagtail_sample("wagtailimages:index")),
    "wagtailimages_chooser:*": delegated(
        "Wagtail collection permissions", "Image chooser.", *wagtail_sample("wagtailimages_chooser:choose")
    ),
    "wagtailembeds:*": delegated("Wagtail admin", "Embed chooser."),
    "wagtailforms:*": delegated("Wagtail admin", "Form submissions.", *wagtail_sample("wagtailforms:index")),
    "wagtailredirects:*": delegated("Wagtail admin", "Redirects.", *wagtail_sample("wagtailredirects:index")),
    "wagtailsearchpromotions:*": delegated(
        "Wagtail admin", "Search promotions.", *wagtail_sample("wagtailsearchpromotions:index")
    ),
    "wagtailsettings:*": delegated("Wagtail settings permissions", "Site settings."),
    "wagtailsites:*": delegated("Wagtail admin", "Sites.", *wagtail_sample("wagtailsites:index")),
    "wagtailsnippets:*": delegated("Wagtail snippets", "Snippet index.", *wagtail_sample("wagtailsnippets:index")),
    "wagtailusers_groups:*": delegated(
        "Wagtail users (auth.view_group)",
        "Roles.",
        *wagtail_sample("wagtailusers_groups:index"),
        Case("organizer", ADMIN_DENIED, url_name="wagtailusers_groups:index"),
    ),
    "wagtailusers_users:*": delegated(
        "Wagtail users (accounts.view_user)",
        "The people of the network: administrators see all; a focal point must not see other countries' officers.",
        *wagtail_sample("wagtailusers_users:index"),
        Case("organizer", ADMIN_DENIED, url_name="wagtailusers_users:index"),
        Case("administrator", 200, url_name="wagtailusers_users:index", present=(OWNER_EMAIL,)),
        Case(
            "foreign_focal_point",
            (200, ADMIN_DENIED),
            url_name="wagtailusers_users:index",
            absent=(OWNER_EMAIL, OWNER_NAME),
            label="foreign_focal_point-no-other-country",
        ),
        Case(
            "foreign_focal_point",
            (ADMIN_DENIED, NOT_FOUND_ANYWHERE),
            url_name="wagtailusers_users:edit",
            kwargs=lambda world: {"pk": world.owner.pk},
            absent=(OWNER_EMAIL,),
            label="foreign_focal_point-edit-other-country",
        ),
    ),
}

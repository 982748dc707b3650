"""Demo activity for the reports (`seed_demo`, after the courses and meetings steps; safe to run twice).

Adds four learners per member country and, through the courses and meetings services, their
enrolments, lessons, quiz attempts in their own languages and meeting registrations. Khmer
learners keep missing the second question of each quiz, so the assessment report flags it as
"check the translation". The services stamp everything with the current time; enrolment dates
are then moved back over the past weeks (the one thing no service does), so the monthly figures
and the time to complete say something.
"""

import datetime
import logging

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone, translation

from courses.models import CoursePage, Enrolment, QuestionKind, QuizAttempt, QuizPage
from courses.selectors.catalog import course_lessons
from courses.services.exceptions import ActionRefused, EnrolmentRefused, QuizRefused
from courses.services.progress import complete_lesson, enrol_user
from courses.services.quizzes import grade_attempt, start_attempt
from ern_learning.accounts.models import Country, User
from ern_learning.accounts.roles import Role
from ern_learning.accounts.services.members import create_member

logger = logging.getLogger(__name__)

AGENCIES = {
    Country.CAMBODIA: ("Cambodian National Police", "km"),
    Country.INDONESIA: ("Indonesian National Police", "id"),
    Country.LAO_PDR: ("Ministry of Public Security", "lo"),
    Country.MALAYSIA: ("Royal Malaysia Police", "ms"),
    Country.PHILIPPINES: ("Philippine National Police", "fil"),
    Country.THAILAND: ("Royal Thai Police", "th"),
    Country.VIET_NAM: ("Ministry of Public Security", "vi"),
}

# (first name, last name, name in own script) — four learners per member country.
LEARNERS = {
    Country.CAMBODIA: [
        ("Pisey", "Chan", "ចាន់ ពិសី"),
        ("Rithy", "Heng", "ហេង រិទ្ធី"),
        ("Sreymom", "Ouk", "អ៊ុក ស្រីមុំ"),
        ("Vuthy", "Meas", "មាស វុទ្ធី"),
    ],
    Country.INDONESIA: [("Budi", "Santoso", ""), ("Siti", "Rahayu", ""), ("Agus", "Wibowo", ""), ("Rina", "Kusuma", "")],
    Country.LAO_PDR: [
        ("Khamla", "Vongsa", "ຄຳຫຼ້າ ວົງສາ"),
        ("Bounmy", "Sisouk", "ບຸນມີ ສີສຸກ"),
        ("Noy", "Phanthavong", "ນ້ອຍ ພັນທະວົງ"),
        ("Souksavanh", "Keomany", "ສຸກສະຫວັນ ແກ້ວມະນີ"),
    ],
    Country.MALAYSIA: [
        ("Nur Aisyah", "Ismail", ""),
        ("Hafiz", "Abdullah", ""),
        ("Siti Aminah", "Yusof", ""),
        ("Kumar", "Rajan", ""),
    ],
    Country.PHILIPPINES: [
        ("Jose", "Dela Cruz", ""),
        ("Ana", "Mendoza", ""),
        ("Mark", "Bautista", ""),
        ("Grace", "Villanueva", ""),
    ],
    Country.THAILAND: [
        ("Kanya", "Suwan", "กัญญา สุวรรณ"),
        ("Anan", "Boonmee", "อนันต์ บุญมี"),
        ("Pimchanok", "Thongdee", "พิมพ์ชนก ทองดี"),
        ("Surasak", "Kaewmanee", "สุรศักดิ์ แก้วมณี"),
    ],
    Country.VIET_NAM: [
        ("Thu Trang", "Pham", "Phạm Thu Trang"),
        ("Duc Anh", "Tran", "Trần Đức Anh"),
        ("Thi Lan", "Le", "Lê Thị Lan"),
        ("Quang Huy", "Vu", "Vũ Quang Huy"),
    ],
}

# The quiz question Khmer learners keep missing: the second one, as an author would find after a poor translation.
HARD_IN_KHMER = 1
# Enrolments older than this were dated by an earlier run and are left alone.
FRESH = datetime.timedelta(hours=12)


def _learners(password: str) -> list[User]:
    learners = []
    for country, names in LEARNERS.items():
        agency, language = AGENCIES[country]
        for number, (first_name, last_name, native_name) in enumerate(names, start=1):
            # Cambodians all learn in Khmer (so their answers are enough to judge); elsewhere the fourth learner uses English.
            preferred = language if number < 4 or country == Country.CAMBODIA else "en"
            learners.append(
                create_member(
                    f"learner{number}.{country.lower()}@ern.example",
                    password=password,
                    first_name=first_name,
                    last_name=last_name,
                    native_name=native_name,
                    country=country,
                    agency=agency,
                    rank="Police Lieutenant",
                    preferred_language=preferred,
                    roles=(Role.OFFICER,),
                )
            )
    return learners


def _answers(quiz: QuizPage, *, wrong: set[int]) -> dict[int, list[int]]:
    """Right answers, except a wrong choice for the questions at the `wrong` positions."""
    answers = {}
    for position, question in enumerate(quiz.questions.prefetch_related("choices").order_by("sort_order", "pk")):
        choices = list(question.choices.all())
        if position in wrong:
            answers[question.pk] = [next(choice.pk for choice in choices if not choice.is_correct)]
        else:
            answers[question.pk] = [choice.pk for choice in choices if choice.is_correct]
        if question.kind != QuestionKind.MULTIPLE:
            answers[question.pk] = answers[question.pk][:1]
    return answers


def _quiz_plan(learner: User, index: int) -> list[set[int]]:
    """The questions answered wrong in each attempt, by the learner's language and place in the list."""
    if learner.preferred_language == "km":
        # One other slip per attempt, a different question each time, so only the hard one stands out.
        return [{HARD_IN_KHMER, 2 + index % 4}, {HARD_IN_KHMER, 2 + (index + 2) % 4}, {HARD_IN_KHMER} if index % 2 else set()]
    if index % 4 == 0:
        return [{2, 4}, set()]
    return [set()]


def _take_quiz(learner: User, quiz: QuizPage, plan: list[set[int]]) -> int:
    if QuizAttempt.objects.filter(enrolment__user=learner, quiz=quiz, submitted_at__isnull=False).exists():
        return 0
    taken = 0
    with translation.override(learner.preferred_language):
        for wrong in plan[: quiz.max_attempts]:
            attempt = grade_attempt(start_attempt(learner, quiz), answers=_answers(quiz, wrong=wrong))
            taken += 1
            if attempt.passed:
                break
    return taken


def _learn(learner: User, index: int, courses: list[CoursePage], *, now: datetime.datetime) -> tuple[int, int]:
    """Enrol in the first course (every second learner also in the next), study, take the quiz; returns (enrolments, attempts)."""
    enrolled = attempts = 0
    for position, course in enumerate(courses[: 1 + index % 2]):
        enrolment = enrol_user(learner, course)
        enrolled += 1
        lessons = course_lessons(course)
        # Most finish every lesson; elsewhere than in Cambodia every fifth stops half-way and every seventh has not started.
        if learner.country == Country.CAMBODIA or (index % 5 and index % 7):
            done = lessons
        else:
            done = lessons[: len(lessons) // 2] if index % 7 else []
        for lesson in done:
            complete_lesson(learner, lesson)
        quiz = QuizPage.objects.child_of(course).live().first()
        if quiz is not None and len(done) == len(lessons):
            attempts += _take_quiz(learner, quiz, _quiz_plan(learner, index))
        days_ago = 3 + (index * 13 + position * 29) % 80
        Enrolment.objects.filter(pk=enrolment.pk, enrolled_at__gte=now - FRESH).update(
            enrolled_at=now - datetime.timedelta(days=days_ago)
        )
    return enrolled, attempts


def _register(learners: list[User], *, organiser: User | None, now: datetime.datetime) -> int:
    """One learner per country in each upcoming meeting, registered through the meetings services; organisers approve two in three."""
    from meetings.errors import RegistrationError
    from meetings.models import MeetingPage, Registration, RegistrationStatus
    from meetings.services.registrations import approve_registration, register_attendee

    registered = 0
    meetings = MeetingPage.objects.live().filter(start_at__gt=now).order_by("start_at", "pk")
    for number, meeting in enumerate(meetings):
        for index, learner in enumerate(learners):
            if index % 4 != number % 4:
                continue
            try:
                registration = register_attendee(meeting, user=learner, now=now)
                registered += 1
            except (RegistrationError, PermissionDenied):
                registration = Registration.objects.filter(meeting=meeting, user=learner).first()
            if registration is None or registration.status != RegistrationStatus.PENDING or organiser is None or index % 3 == 0:
                continue
            try:
                approve_registration(registration, by=organiser, now=now)
            except (RegistrationError, PermissionDenied) as refusal:
                logger.info("Demo registration of %s stays pending: %s", learner.email, refusal)
    return registered


def seed_report_activity(*, people: dict[str, User], home) -> list[str]:
    """Learners, their progress, quiz attempts in seven languages and meeting registrations, for every report (idempotent)."""
    from ern_learning.accounts.demo import DEMO_PASSWORD

    now = timezone.now()
    with transaction.atomic():
        learners = _learners(DEMO_PASSWORD)
        courses = [
            course
            for course in CoursePage.objects.live().descendant_of(home).order_by("path")
            if course_lessons(course) or QuizPage.objects.child_of(course).exists()
        ]
        enrolments = attempts = 0
        if courses:
            for index, learner in enumerate(learners):
                try:
                    counted = _learn(learner, index, courses, now=now)
                except (EnrolmentRefused, ActionRefused, QuizRefused) as refusal:
                    logger.debug("Demo learning of %s stopped: %s", learner.email, refusal)
                    continue
                enrolments += counted[0]
                attempts += counted[1]
        registered = _register(learners, organiser=people.get("organiser@ern.example"), now=now)
    return [
        f"Reports: {len(learners)} demo learners (learner1.kh@ern.example …), {enrolments} enrolments, "
        f"{attempts} new quiz attempts, {registered} new meeting registrations; "
        "the assessment report flags the second quiz question in Khmer"
    ]

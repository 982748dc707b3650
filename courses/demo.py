"""Demo courses for `seed_demo`: the catalogue, two real courses with their own image and documents, and some officers'
progress (safe to run twice)."""

from django.db import transaction
from django.utils import translation

from courses.demo_content import TOPICS, digital_evidence, following_the_money
from courses.demo_content.media import DemoMedia, ensure_demo_media
from courses.models import Choice, CourseIndexPage, CoursePage, LessonPage, Question, QuizAttempt, QuizPage
from courses.selectors.catalog import course_lessons
from courses.services.authoring import ensure_topic
from courses.services.progress import complete_lesson, enrol_user, record_lesson_visit
from courses.services.quizzes import grade_attempt, start_attempt
from ern_learning.core.i18n import set_translations
from ern_learning.core.services.publishing import publish_page
from ern_learning.languages import LANGUAGE_CODES

CATALOGUE_TITLES = {
    "en": "Courses",
    "km": "វគ្គសិក្សា",
    "id": "Kursus",
    "lo": "ຫຼັກສູດ",
    "ms": "Kursus",
    "fil": "Mga kurso",
    "th": "หลักสูตร",
    "vi": "Khóa học",
}


def _per_language(translations: dict, getter) -> dict:
    """One value per language; languages without a translation get an empty value, so English shows instead."""
    values = {}
    for code in LANGUAGE_CODES:
        try:
            values[code] = getter(translations[code])
        except (KeyError, IndexError, TypeError):
            values[code] = None
    return values


def _child(parent, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _ensure_index(home, *, editors) -> CourseIndexPage:
    index = CourseIndexPage.objects.first()
    if index is None:
        index = CourseIndexPage(title=CATALOGUE_TITLES["en"], slug="courses")
        home.add_child(instance=index)
    set_translations(index, "title", CATALOGUE_TITLES)
    return publish_page(index, **editors)


def _blocks(blocks, media: DemoMedia, language: str) -> list[dict] | None:
    if not blocks:
        return None
    return [{"type": block_type, "value": media.block_value(block_type, value, language)} for block_type, value in blocks]


def _bodies(texts: dict, number: int, media: DemoMedia) -> dict:
    """Lesson `number`'s body in each language, with the demo's files in place; None where it is not translated."""
    bodies = _per_language(texts, lambda t: t["lessons"][number]["body"])
    return {code: _blocks(blocks, media, code) for code, blocks in bodies.items()}


def _checklists(texts: dict) -> dict[str, dict]:
    """The seizure checklist's words in each language that has them, with the course title it belongs to."""
    return {
        code: {**content["seizure_checklist"], "course": content["title"]}
        for code, content in texts.items()
        if "seizure_checklist" in content
    }


def _ensure_course(index, spec, topics, *, editors, media: DemoMedia) -> CoursePage:
    texts = spec["translations"]
    course = _child(index, CoursePage, spec["slug"])
    if course is None:
        course = CoursePage(title=texts["en"]["title"], slug=spec["slug"], summary=texts["en"]["summary"])
        index.add_child(instance=course)
    course.topic = topics[spec["topic"]]
    course.level = spec["level"]
    course.estimated_minutes = spec["minutes"]
    course.members_only = spec["members_only"]
    course.languages = spec["languages"]
    set_translations(course, "title", _per_language(texts, lambda t: t["title"]))
    set_translations(course, "summary", _per_language(texts, lambda t: t["summary"]))
    set_translations(course, "outcomes", _per_language(texts, lambda t: "\n".join(t["outcomes"])))
    course.prerequisites.set(CoursePage.objects.filter(slug__in=spec.get("prerequisites", [])))
    publish_page(course, **editors)

    for number, lesson_spec in enumerate(spec["lessons"]):
        lesson = _child(course, LessonPage, lesson_spec["slug"])
        created = lesson is None
        if created:
            lesson = LessonPage(title=texts["en"]["lessons"][number]["title"], slug=lesson_spec["slug"])
            course.add_child(instance=lesson)
        lesson.estimated_minutes = lesson_spec["minutes"]
        set_translations(lesson, "title", _per_language(texts, lambda t, n=number: t["lessons"][n]["title"]))
        set_translations(lesson, "summary", _per_language(texts, lambda t, n=number: t["lessons"][n]["summary"]))
        set_translations(lesson, "body", _bodies(texts, number, media))
        if created and lesson_spec.get("earlier_english_body"):
            _publish_earlier_version(lesson, lesson_spec, texts, number, editors=editors, media=media)
        publish_page(lesson, **editors)

    _ensure_quiz(course, spec["quiz"], texts, editors=editors)
    return course


def _publish_earlier_version(lesson, lesson_spec, texts, number, *, editors, media: DemoMedia) -> None:
    """Publish the lesson as it was when some languages were translated, so the status view shows them as outdated."""
    final = _bodies(texts, number, media)
    earlier = dict.fromkeys(LANGUAGE_CODES)
    earlier.update({code: final[code] for code in lesson_spec.get("earlier_languages", [])})
    earlier["en"] = _blocks(lesson_spec["earlier_english_body"], media, "en")
    set_translations(lesson, "body", earlier)
    publish_page(lesson, **editors)
    set_translations(lesson, "body", final)


def _ensure_quiz(course, spec, texts, *, editors) -> QuizPage:
    quiz = _child(course, QuizPage, spec["slug"])
    if quiz is None:
        quiz = QuizPage(title=texts["en"]["quiz"]["title"], slug=spec["slug"])
        course.add_child(instance=quiz)
    with transaction.atomic():
        existing = list(Question.objects.filter(quiz=quiz).order_by("sort_order", "pk"))
        for number, question_spec in enumerate(spec["questions"]):
            question = existing[number] if number < len(existing) else Question(quiz=quiz)
            question.sort_order = number
            question.kind = question_spec["kind"]
            set_translations(question, "text", _per_language(texts, lambda t, n=number: t["quiz"]["questions"][n]["text"]))
            set_translations(
                question, "explanation", _per_language(texts, lambda t, n=number: t["quiz"]["questions"][n]["explanation"])
            )
            question.save()
            _ensure_choices(question, number, question_spec, texts)
        Question.objects.filter(pk__in=[question.pk for question in existing[len(spec["questions"]) :]]).delete()
    # Fetched again so that the revision holds the questions as saved above.
    quiz = QuizPage.objects.get(pk=quiz.pk)
    quiz.pass_mark = spec["pass_mark"]
    quiz.max_attempts = spec["max_attempts"]
    set_translations(quiz, "title", _per_language(texts, lambda t: t["quiz"]["title"]))
    set_translations(quiz, "intro", _per_language(texts, lambda t: t["quiz"]["intro"]))
    return publish_page(quiz, **editors)


def _ensure_choices(question, number, question_spec, texts) -> None:
    existing = list(Choice.objects.filter(question=question).order_by("sort_order", "pk"))
    count = len(texts["en"]["quiz"]["questions"][number]["choices"])
    for index in range(count):
        choice = existing[index] if index < len(existing) else Choice(question=question)
        choice.sort_order = index
        choice.is_correct = index in question_spec["correct"]
        set_translations(choice, "text", _per_language(texts, lambda t, i=index: t["quiz"]["questions"][number]["choices"][i][0]))
        set_translations(
            choice, "feedback", _per_language(texts, lambda t, i=index: t["quiz"]["questions"][number]["choices"][i][1])
        )
        choice.save()
    Choice.objects.filter(pk__in=[choice.pk for choice in existing[count:]]).delete()


def _answers(quiz: QuizPage, *, correct: bool) -> dict[int, list[int]]:
    answers = {}
    for question in quiz.questions.prefetch_related("choices"):
        choices = [choice for choice in question.choices.all() if choice.is_correct == correct]
        answers[question.pk] = [choice.pk for choice in choices] if correct else [choices[0].pk]
    return answers


def _take_quiz(user, quiz: QuizPage, *, passing: bool) -> None:
    attempts = QuizAttempt.objects.filter(enrolment__user=user, quiz=quiz, submitted_at__isnull=False)
    if attempts.filter(passed=passing).exists() or attempts.filter(passed=True).exists():
        return
    with translation.override(user.preferred_language):
        grade_attempt(start_attempt(user, quiz), answers=_answers(quiz, correct=passing))


def _seed_progress(people, courses) -> list[str]:
    evidence, money = courses
    evidence_lessons = course_lessons(evidence)
    evidence_quiz = QuizPage.objects.child_of(evidence).get()
    lines = []
    if (sophea := people.get("officer.kh@ern.example")) is not None:
        enrol_user(sophea, evidence)
        for lesson in evidence_lessons:
            complete_lesson(sophea, lesson)
        _take_quiz(sophea, evidence_quiz, passing=True)
        enrol_user(sophea, money)
        complete_lesson(sophea, course_lessons(money)[0])
        lines.append(f"{sophea.email} completed “{evidence.title_en}” and started “{money.title_en}”")
    if (niran := people.get("officer.th@ern.example")) is not None:
        enrolment = enrol_user(niran, evidence)
        for lesson in evidence_lessons[:2]:
            complete_lesson(niran, lesson)
        record_lesson_visit(enrolment, evidence_lessons[2])
        lines.append(f"{niran.email} is half-way through “{evidence.title_en}”")
    if (dewi := people.get("officer.id@ern.example")) is not None:
        enrol_user(dewi, evidence)
        for lesson in evidence_lessons:
            complete_lesson(dewi, lesson)
        _take_quiz(dewi, evidence_quiz, passing=False)
        lines.append(f"{dewi.email} finished the lessons of “{evidence.title_en}” and failed one quiz attempt")
    if (minh := people.get("officer.vn@ern.example")) is not None:
        enrol_user(minh, evidence)
        complete_lesson(minh, evidence_lessons[0])
        lines.append(f"{minh.email} started “{evidence.title_en}”")
    return lines


def seed_courses(*, people: dict, home) -> list[str]:
    """Build the catalogue, the two demo courses and officers' progress, through the services (idempotent)."""
    editors = {"author": people.get("author@ern.example"), "reviewer": people.get("reviewer@ern.example")}
    with transaction.atomic(), translation.override("en"):
        topics = {slug: ensure_topic(slug, names=names, descriptions=descriptions) for slug, names, descriptions in TOPICS}
        index = _ensure_index(home, editors=editors)
        specs = (digital_evidence.COURSE, following_the_money.COURSE)
        media = ensure_demo_media(_checklists(digital_evidence.COURSE["translations"]))
        courses = [_ensure_course(index, spec, topics, editors=editors, media=media) for spec in specs]
        lines = [f"Course catalogue at /en/{index.slug}/ with {len(topics)} topics"]
        for course in courses:
            lessons = len(course_lessons(course))
            languages = ", ".join(course.languages)
            lines.append(f"Course “{course.title_en}”: {lessons} lessons and a quiz ({languages})")
        lines.extend(_seed_progress(people, courses))
    return lines

import factory
from wagtail.models import Page

from courses.models import Choice, CourseIndexPage, CourseLevel, CoursePage, LessonPage, Question, QuestionKind, QuizPage, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class PageFactory(factory.Factory):
    """Adds the page under `parent` and, unless `live=False`, publishes a revision as an editor would."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttributeSequence(lambda page, n: f"page-{n}")

    @classmethod
    def _create(cls, model_class, parent: Page, live: bool = True, **kwargs):
        page = model_class(**kwargs)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        else:
            page.live = False
            page.save(update_fields=["live"])
        page.refresh_from_db()
        return page


class CourseIndexPageFactory(PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Courses"
    slug = "courses"


class CoursePageFactory(PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "What the course is about."
    outcomes = "Seize a phone safely\nKeep the chain of custody"
    level = CourseLevel.INTRODUCTORY
    estimated_minutes = 90
    members_only = True
    languages = factory.LazyFunction(lambda: ["en"])


class LessonPageFactory(PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    summary = "What the lesson covers."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Read this carefully.</p>")])


class QuizPageFactory(PageFactory):
    """A quiz whose questions are single choice with three choices, the first one correct, unless given."""

    class Meta:
        model = QuizPage

    title = "Final quiz"
    slug = factory.Sequence(lambda n: f"quiz-{n}")
    pass_mark = 60
    max_attempts = 2

    @classmethod
    def _create(cls, model_class, parent: Page, live: bool = True, questions=3, **kwargs):
        if isinstance(questions, int):
            questions = [make_question(f"Question {n}?") for n in range(1, questions + 1)]
        kwargs["questions"] = questions
        return super()._create(model_class, parent, live=live, **kwargs)


def make_question(text: str, *, kind: str = QuestionKind.SINGLE, choices=None) -> Question:
    """A question with (text, is_correct) choices; by default three choices, the first correct."""
    choices = choices or [("Right", True), ("Wrong", False), ("Also wrong", False)]
    return Question(
        kind=kind,
        text=text,
        choices=[
            Choice(text=choice_text, is_correct=correct, feedback=f"Feedback on {choice_text}")
            for choice_text, correct in choices
        ],
    )


def correct_answers(quiz: QuizPage) -> dict[int, list[int]]:
    return {
        question.pk: [choice.pk for choice in question.choices.all() if choice.is_correct] for question in quiz.questions.all()
    }


def wrong_answers(quiz: QuizPage) -> dict[int, list[int]]:
    return {
        question.pk: [next(choice.pk for choice in question.choices.all() if not choice.is_correct)]
        for question in quiz.questions.all()
    }

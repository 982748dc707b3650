"""My learning: every course a learner is enrolled in, with progress, in a fixed number of queries."""

from django.http import HttpRequest

from courses.models import Enrolment, LessonPage, QuizAttempt, QuizPage
from courses.selectors.progress import CourseProgress, course_lesson_counts, course_quizzes, learner_enrolments

RECENT_ATTEMPTS = 5


def continue_target(enrolment: Enrolment, progress: CourseProgress, quiz: QuizPage | None) -> LessonPage | QuizPage | None:
    """Where "Continue" takes the learner: the quiz once every lesson is done and it is not passed yet, else the
    lesson they opened last; None sends them to the course page."""
    if quiz is not None and not progress.quiz_passed and progress.lessons_done >= progress.lessons_total:
        return quiz
    if enrolment.last_lesson is not None and enrolment.last_lesson.live:
        return enrolment.last_lesson
    return None


def dashboard_context(request: HttpRequest) -> dict:
    user = request.user
    enrolments = learner_enrolments(user)
    courses = [enrolment.course for enrolment in enrolments]
    lesson_counts = course_lesson_counts(courses)
    quizzes = course_quizzes(courses)
    items = []
    for enrolment in enrolments:
        quiz = quizzes.get(enrolment.course_id)
        progress = CourseProgress(
            lessons_total=lesson_counts.get(enrolment.course_id, 0),
            lessons_done=enrolment.lessons_done,
            has_quiz=quiz is not None,
            quiz_passed=enrolment.quiz_passed,
            enrolment=enrolment,
        )
        resume = continue_target(enrolment, progress, quiz)
        items.append({"enrolment": enrolment, "course": enrolment.course, "progress": progress, "resume": resume})
    recent_attempts = (
        QuizAttempt.objects.filter(enrolment__user=user, submitted_at__isnull=False)
        .select_related("quiz")
        .order_by("-submitted_at")[:RECENT_ATTEMPTS]
    )
    return {
        "in_progress": [item for item in items if item["enrolment"].completed_at is None],
        "completed": [item for item in items if item["enrolment"].completed_at is not None],
        "recent_attempts": list(recent_attempts),
    }

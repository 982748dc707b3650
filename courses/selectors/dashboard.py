"""My learning: every course a learner is enrolled in, with progress, in a fixed number of queries."""

from django.http import HttpRequest

from courses.models import QuizAttempt
from courses.selectors.progress import CourseProgress, course_outline_counts, learner_enrolments

RECENT_ATTEMPTS = 5


def dashboard_context(request: HttpRequest) -> dict:
    user = request.user
    enrolments = learner_enrolments(user)
    outline = course_outline_counts([enrolment.course for enrolment in enrolments])
    items = []
    for enrolment in enrolments:
        lessons_total, has_quiz = outline.get(enrolment.course_id, (0, False))
        progress = CourseProgress(
            lessons_total=lessons_total,
            lessons_done=enrolment.lessons_done,
            has_quiz=has_quiz,
            quiz_passed=enrolment.quiz_passed,
            enrolment=enrolment,
        )
        resume = enrolment.last_lesson if enrolment.last_lesson and enrolment.last_lesson.live else None
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

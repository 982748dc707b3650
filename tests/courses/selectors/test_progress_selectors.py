import pytest

from courses.selectors.progress import CourseProgress, course_outline_counts, progress_by_course
from courses.services.progress import complete_lesson, enrol_user
from courses.services.quizzes import grade_attempt, start_attempt
from tests.factories.courses import CoursePageFactory, LessonPageFactory, QuizPageFactory, correct_answers


@pytest.mark.parametrize(
    "lessons_total, lessons_done, has_quiz, quiz_passed, expected",
    [
        (4, 1, False, False, 25),
        (3, 1, True, False, 25),
        (3, 3, True, False, 75),
        (3, 3, True, True, 100),
        (0, 0, False, False, 0),
    ],
)
def test_course_progress_percent(lessons_total, lessons_done, has_quiz, quiz_passed, expected):
    progress = CourseProgress(lessons_total=lessons_total, lessons_done=lessons_done, has_quiz=has_quiz, quiz_passed=quiz_passed)

    assert progress.percent == expected


def test_course_outline_counts_ignores_drafts(catalogue):
    first = CoursePageFactory(parent=catalogue)
    second = CoursePageFactory(parent=catalogue)
    LessonPageFactory(parent=first)
    LessonPageFactory(parent=first)
    LessonPageFactory(parent=first, live=False)
    QuizPageFactory(parent=second)

    assert course_outline_counts([first, second]) == {first.pk: (2, False), second.pk: (0, True)}


def test_progress_by_course_counts_live_lessons_and_passed_quiz(officer, catalogue):
    course = CoursePageFactory(parent=catalogue)
    lessons = [LessonPageFactory(parent=course) for _ in range(2)]
    quiz = QuizPageFactory(parent=course)
    other = CoursePageFactory(parent=catalogue)
    enrol_user(officer, course)
    complete_lesson(officer, lessons[0])
    grade_attempt(start_attempt(officer, quiz), answers=correct_answers(quiz))
    lessons[1].unpublish()

    progress = progress_by_course(officer, [course, other])

    assert (progress[course.pk].lessons_total, progress[course.pk].lessons_done, progress[course.pk].quiz_passed) == (1, 1, True)
    assert progress[course.pk].completed_at is None
    assert progress[course.pk].percent == 100 * 2 // 2
    assert progress[other.pk].is_enrolled is False

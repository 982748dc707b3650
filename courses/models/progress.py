"""What learners do: enrolments, completed lessons and quiz attempts."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ern_learning.languages import LANGUAGES

__all__ = ["Enrolment", "LessonCompletion", "QuizAttempt"]


class Enrolment(models.Model):
    """A learner taking a course. `completed_at` is set once, when every lesson is done and the quiz passed."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.CASCADE, related_name="enrolments"
    )
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    last_lesson = models.ForeignKey(
        "courses.LessonPage",
        verbose_name=_("last lesson opened"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_activity_at = models.DateTimeField(_("last activity"), null=True, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-enrolled_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="courses_enrolment_unique")]

    def __str__(self) -> str:
        return f"{self.user} – {self.course}"

    @property
    def is_completed(self) -> bool:
        return self.completed_at is not None


class LessonCompletion(models.Model):
    enrolment = models.ForeignKey(
        Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="completions"
    )
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)

    class Meta:
        verbose_name = _("completed lesson")
        verbose_name_plural = _("completed lessons")
        ordering = ["completed_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["enrolment", "lesson"], name="courses_lesson_completion_unique")]

    def __str__(self) -> str:
        return f"{self.enrolment} – {self.lesson}"


class QuizAttempt(models.Model):
    """One try at a quiz: the order it was shown in, the answers given and the result, kept for history."""

    enrolment = models.ForeignKey(Enrolment, verbose_name=_("enrolment"), on_delete=models.CASCADE, related_name="attempts")
    quiz = models.ForeignKey("courses.QuizPage", verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="attempts")
    # Sent with the form: posting the same form twice grades the attempt once.
    token = models.UUIDField(_("token"), default=uuid.uuid4, unique=True, editable=False)
    number = models.PositiveSmallIntegerField(_("attempt number"))
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGES, default="en")
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    # Question ids in the order shown, and for each question id (as a string) its choice ids in order.
    question_order = models.JSONField(_("question order"), default=list)
    choice_order = models.JSONField(_("choice order"), default=dict)
    # For each question id (as a string): the chosen choice ids, and whether the answer was right.
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    results = models.JSONField(_("results"), default=dict, blank=True)
    score = models.PositiveSmallIntegerField(_("score (%)"), null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "quiz", "number"], name="courses_attempt_number_unique"),
            models.UniqueConstraint(
                fields=["enrolment", "quiz"],
                condition=models.Q(submitted_at__isnull=True),
                name="courses_attempt_one_open",
            ),
            models.CheckConstraint(
                condition=models.Q(score__isnull=True) | models.Q(score__lte=100), name="courses_attempt_score_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} – {self.quiz} #{self.number}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None

"""Wagtail tells us when pages change; the cache service does the rest."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses.services.cache import invalidate_public_pages


def _invalidate(**kwargs):
    invalidate_public_pages()


def connect() -> None:
    from courses.models import CourseIndexPage, CoursePage, LessonPage, QuizPage, Topic

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_invalidate, dispatch_uid=f"courses-invalidate-{id(signal)}")
    post_save.connect(_invalidate, sender=Topic, dispatch_uid="courses-invalidate-topic-save")
    for model in (Topic, CourseIndexPage, CoursePage, LessonPage, QuizPage):
        post_delete.connect(_invalidate, sender=model, dispatch_uid=f"courses-invalidate-delete-{model.__name__}")

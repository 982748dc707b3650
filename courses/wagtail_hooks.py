"""The courses part of the Wagtail admin: topics, learners' records (read-only) and the translation status."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import IndexView, InspectView, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.models import Enrolment, LessonCompletion, QuizAttempt, Topic
from courses.selectors.staff import can_see_translation_status, learner_records_visible_to
from courses.selectors.translations import translation_overview
from ern_learning.languages import LANGUAGES


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 210
    add_to_admin_menu = False
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)


WRITE_ACTIONS = frozenset({"add", "change", "delete"})


class RecordIndexView(IndexView):
    def get_base_queryset(self):
        return learner_records_visible_to(self.request.user, super().get_base_queryset())


class RecordInspectView(InspectView):
    def get_object(self, queryset=None):
        visible = learner_records_visible_to(self.request.user, self.model._default_manager.all())
        obj = visible.filter(pk=self.pk).first()
        if obj is None:
            raise Http404
        return obj


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Nobody adds, changes or deletes these records in the admin, superusers included."""

    def user_has_permission(self, user, action):
        return action not in WRITE_ACTIONS and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [action for action in actions if action not in WRITE_ACTIONS])

    def users_with_any_permission(self, actions, **kwargs):
        return super().users_with_any_permission([action for action in actions if action not in WRITE_ACTIONS], **kwargs)


for record_model in (Enrolment, LessonCompletion, QuizAttempt):
    register_permission_policy(record_model, ReadOnlyPermissionPolicy(record_model))


class LearnerRecordViewSet(ModelViewSet):
    """Learners' records are written by the learning services only; staff read and export them."""

    index_view_class = RecordIndexView
    inspect_view_class = RecordInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields: list[str] = []


class EnrolmentViewSet(LearnerRecordViewSet):
    model = Enrolment
    icon = "user"
    menu_label = _("Enrolments")
    list_display = ["user", "course", "enrolled_at", "last_activity_at", "completed_at"]
    list_filter = ["course", "completed_at", "user__country"]
    list_export = ["user", "user.email", "user.country", "course", "enrolled_at", "completed_at"]
    export_headings = {"user.email": _("E-mail"), "user.country": _("Country or organisation")}
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    inspect_view_fields = ["user", "course", "enrolled_at", "last_lesson", "last_activity_at", "completed_at"]


class LessonCompletionViewSet(LearnerRecordViewSet):
    model = LessonCompletion
    icon = "tick"
    menu_label = _("Completed lessons")
    list_display = ["enrolment", "lesson", "completed_at"]
    list_filter = ["enrolment__course", "completed_at"]
    list_export = ["enrolment.user", "enrolment.user.email", "enrolment.course", "lesson", "completed_at"]
    export_headings = {"enrolment.user": _("Learner"), "enrolment.user.email": _("E-mail"), "enrolment.course": _("Course")}
    search_fields = ["enrolment__user__email", "enrolment__user__last_name"]


class QuizAttemptViewSet(LearnerRecordViewSet):
    model = QuizAttempt
    icon = "clipboard-list"
    menu_label = _("Quiz attempts")
    list_display = ["enrolment", "number", "score", "passed", "submitted_at"]
    list_filter = ["quiz", "passed", "submitted_at"]
    list_export = [
        "enrolment.user",
        "enrolment.user.email",
        "enrolment.course",
        "number",
        "language",
        "score",
        "passed",
        "submitted_at",
    ]
    export_headings = {"enrolment.user": _("Learner"), "enrolment.user.email": _("E-mail"), "enrolment.course": _("Course")}
    search_fields = ["enrolment__user__email", "enrolment__user__last_name"]
    inspect_view_fields = [
        "enrolment",
        "quiz",
        "number",
        "language",
        "started_at",
        "submitted_at",
        "score",
        "passed",
        "answers",
        "results",
    ]


class LearningRecordsGroup(ModelViewSetGroup):
    menu_label = _("Learning records")
    menu_icon = "group"
    menu_order = 300
    items = (EnrolmentViewSet("enrolments"), LessonCompletionViewSet("lesson_completions"), QuizAttemptViewSet("quiz_attempts"))


@hooks.register("register_admin_viewset")
def register_learning_records():
    return LearningRecordsGroup()


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Course × language: complete, missing or outdated, each cell linking to the page to fix."""

    template_name = "courses/admin/translation_status.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_translation_status(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["languages"] = LANGUAGES
        context["courses"] = translation_overview()
        return context


@hooks.register("register_admin_urls")
def register_translation_status_url():
    return [path("courses/translations/", TranslationStatusView.as_view(), name="courses_translation_status")]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_translation_status(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(_("Translation status"), reverse("courses_translation_status"), icon_name="globe", order=310)


from courses import certificate_admin  # noqa: E402,F401 - certificates (issue 4) register their admin views here

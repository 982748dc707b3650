"""The reports in Wagtail's Reports menu, each shown only to the people who may open it."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .selectors.access import ReportKind, report_scope


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/network/", include(urls, namespace="ern_reports"))]


class ReportMenuItem(MenuItem):
    def __init__(self, kind: str, label, url: str, **kwargs):
        self.kind = kind
        super().__init__(label, url, **kwargs)

    def is_shown(self, request):
        return report_scope(request.user, self.kind) is not None


def _menu_item(kind: str, label, icon_name: str, order: int) -> ReportMenuItem:
    return ReportMenuItem(
        kind, label, reverse(f"ern_reports:{kind}"), name=f"ern-report-{kind}", icon_name=icon_name, order=order
    )


@hooks.register("register_reports_menu_item")
def register_learning_report():
    return _menu_item(ReportKind.LEARNING, _("Learning"), "doc-full", 10)


@hooks.register("register_reports_menu_item")
def register_assessment_report():
    return _menu_item(ReportKind.ASSESSMENT, _("Assessment"), "tasks", 20)


@hooks.register("register_reports_menu_item")
def register_meetings_report():
    return _menu_item(ReportKind.MEETINGS, _("Meetings and attendance"), "date", 30)

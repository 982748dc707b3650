"""The three reports in the Wagtail admin: filters, headline figures, charts, tables and downloads."""

import dataclasses

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import Button

from .exports import CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, csv_bytes, xlsx_bytes
from .forms import CourseFilterForm, MeetingFilterForm, QuizFilterForm, ReportFilterForm
from .layouts import ReportContent
from .layouts.assessment import assessment_content
from .layouts.learning import learning_content
from .layouts.meetings import meetings_content
from .selectors.access import ReportKind, report_scope
from .selectors.assessment import assessment_report
from .selectors.figures import country_name
from .selectors.filters import ReportFilters
from .selectors.learning import course_options, learning_report
from .selectors.meetings import meeting_options, meetings_report

ROWS_PER_PAGE = 100
EXPORT_FORMATS = ("csv", "xlsx")


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    """A report: who may see it and which rows (see selectors.access), its filters, and its files."""

    kind: str = ""
    intro = ""
    template_name = "reports/report.html"
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        self.scope = report_scope(request.user, self.kind)
        if self.scope is None:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    # --- What each report defines --------------------------------------------------------------

    def make_form(self, data) -> ReportFilterForm:
        raise NotImplementedError

    def build(self, filters: ReportFilters) -> ReportContent:
        raise NotImplementedError

    # --- Request handling ----------------------------------------------------------------------

    @cached_property
    def form(self) -> ReportFilterForm:
        return self.make_form(self.request.GET)

    def get(self, request, *args, **kwargs):
        self.content = None
        if self.form.is_valid():
            self.filters = ReportFilters.within(self.scope, **self.form.criteria())
            self.content = self.build(self.filters)
            export = request.GET.get("export")
            if export in EXPORT_FORMATS:
                return self.export(export)
        return self.render_to_response(self.get_context_data())

    def export(self, file_format: str) -> HttpResponse:
        stamp = timezone.localdate().isoformat()
        if file_format == "csv":
            table = self.content.table(self.request.GET.get("table"))
            response = HttpResponse(csv_bytes(table), content_type=CSV_CONTENT_TYPE)
            filename = f"ern-{self.kind}-{table.key}-{stamp}.csv"
        else:
            content = xlsx_bytes(self.content.tables, about=self.about(), about_title=_("About this report"))
            response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
            filename = f"ern-{self.kind}-report-{stamp}.xlsx"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    def about(self) -> list[tuple[str, str]]:
        """What the downloaded report covers: its name, when it was made, and every filter."""
        lines = [
            (_("Report"), str(self.page_title)),
            (_("Made on"), date_format(timezone.localtime(), "DATETIME_FORMAT")),
            (_("Country or organisation"), country_name(self.filters.country) if self.filters.country else _("All countries")),
        ]
        for name, field in self.form.fields.items():
            if name == "country":
                continue
            value = self.form.cleaned_data.get(name)
            if value in (None, ""):
                shown = _("Any")
            elif hasattr(field, "choices"):
                shown = str(dict(field.choices).get(str(value), value))
            else:
                shown = value.isoformat() if hasattr(value, "isoformat") else str(value)
            lines.append((str(field.label), shown))
        return lines

    # --- Page -----------------------------------------------------------------------------------

    def export_url(self, file_format: str, table: str | None = None) -> str:
        params = self.request.GET.copy()
        for name in [name for name in params if name.endswith("-page")]:
            del params[name]
        params["export"] = file_format
        if table:
            params["table"] = table
        else:
            params.pop("table", None)
        return f"{self.request.path}?{params.urlencode()}"

    def page_url(self, table_key: str, number: int) -> str:
        params = self.request.GET.copy()
        params.pop("export", None)
        params[f"{table_key}-page"] = number
        return f"{self.request.path}?{params.urlencode()}"

    @cached_property
    def header_more_buttons(self):
        if self.content is None:
            return []
        return [
            Button(_("Download XLSX"), url=self.export_url("xlsx"), icon_name="download", priority=90),
            Button(_("Download CSV"), url=self.export_url("csv"), icon_name="download", priority=100),
        ]

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        tables = []
        if self.content is not None:
            tables = [self._displayed(table) for table in self.content.tables]
        context.update(
            {
                "form": self.form,
                "content": self.content,
                "tables": tables,
                "intro": self.intro,
                "scope_country": country_name(self.scope.country) if self.scope.country else "",
                "reset_url": self.request.path,
            }
        )
        return context

    def _displayed(self, table):
        """The table as shown: one page of it when it is long, with its own download link."""
        page = None
        if table.paginate and len(table.rows) > ROWS_PER_PAGE:
            page = Paginator(range(len(table.rows)), ROWS_PER_PAGE).get_page(self.request.GET.get(f"{table.key}-page"))
            shown = slice(page.start_index() - 1, page.end_index())
            table = dataclasses.replace(table, rows=table.rows[shown], highlight=table.highlight[shown])
        return {
            "table": table,
            "page": page,
            "previous_url": self.page_url(table.key, page.previous_page_number()) if page and page.has_previous() else "",
            "next_url": self.page_url(table.key, page.next_page_number()) if page and page.has_next() else "",
            "csv_url": self.export_url("csv", table.key),
        }


class LearningReportView(ReportView):
    kind = ReportKind.LEARNING
    page_title = gettext_lazy("Learning report")
    intro = gettext_lazy(
        "Enrolments, progress and completions per course, country, language and month, and how long learners take."
    )

    def make_form(self, data):
        return CourseFilterForm(data, scope=self.scope, courses=course_options())

    def build(self, filters):
        return learning_content(learning_report(filters))


class AssessmentReportView(ReportView):
    kind = ReportKind.ASSESSMENT
    page_title = gettext_lazy("Assessment report")
    intro = gettext_lazy(
        "Quiz pass rates per course and language, and how often each question is answered right in each language: "
        "a question much harder in one language often has a translation problem."
    )

    def make_form(self, data):
        return QuizFilterForm(data, scope=self.scope, courses=course_options())

    def build(self, filters):
        return assessment_content(assessment_report(filters))


class MeetingsReportView(ReportView):
    kind = ReportKind.MEETINGS
    page_title = gettext_lazy("Meetings report")
    intro = gettext_lazy("Registrations by status and country, attendance, and seats used per country quota.")

    def make_form(self, data):
        return MeetingFilterForm(data, scope=self.scope, meetings=meeting_options())

    def build(self, filters):
        return meetings_content(meetings_report(filters))

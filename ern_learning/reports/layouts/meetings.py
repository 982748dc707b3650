from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from ern_learning.reports.charts import BarChart, Series
from ern_learning.reports.selectors.figures import country_name
from ern_learning.reports.selectors.meetings import STATUSES, MeetingsReport
from ern_learning.reports.tables import Column, Fact, Kind, ReportTable
from meetings.models import RegistrationStatus

from . import ReportContent


def _meeting_state(row: dict) -> str:
    if row["cancelled"]:
        return pgettext("meeting", "Cancelled")
    return pgettext("meeting", "Held") if row["held"] else pgettext("meeting", "Upcoming")


def meetings_content(report: MeetingsReport) -> ReportContent:
    totals = report.totals
    status_labels = [str(RegistrationStatus(status).label) for status in STATUSES]
    held = [row for row in report.meetings if row["held"] and not row["cancelled"]]
    return ReportContent(
        facts=[
            Fact(_("Registrations"), totals["total"]),
            Fact(str(RegistrationStatus.APPROVED.label), totals[RegistrationStatus.APPROVED]),
            Fact(str(RegistrationStatus.WAITLISTED.label), totals[RegistrationStatus.WAITLISTED]),
            Fact(_("Attended at least one day"), totals["attendees"]),
            Fact(_("Attendance rate"), totals["attendance_rate"], Kind.PERCENT),
        ],
        charts=[
            BarChart(
                key="registrations-by-country",
                title=_("Registrations by country and status"),
                description=_("How many registrations each country or organisation has in each status."),
                category_heading=_("Country or organisation"),
                categories=[country_name(row["country"]) for row in report.by_country],
                series=[
                    Series(label, [row[status] for row in report.by_country])
                    for status, label in zip(STATUSES, status_labels, strict=True)
                ],
                stacked=True,
            ),
            BarChart(
                key="attendance-by-meeting",
                title=_("Attendance rate by meeting"),
                description=_("The share of approved participants who attended at least one day, for each meeting held."),
                category_heading=_("Meeting"),
                categories=[row["meeting"] for row in held],
                series=[Series(_("Attendance rate"), [row["attendance_rate"] for row in held])],
                percent=True,
            ),
            BarChart(
                key="quota-use",
                title=_("Seats used per country quota"),
                description=_("The share of each country's reserved seats taken by approved participants."),
                category_heading=_("Country and meeting"),
                categories=[f"{country_name(row['country'])} · {row['meeting']}" for row in report.quotas],
                series=[Series(_("Seats used"), [row["share"] for row in report.quotas])],
                percent=True,
            ),
        ],
        tables=[
            ReportTable(
                key="countries",
                title=_("Registrations by country and status"),
                description=_(
                    "The attendance rate is the share of approved participants of meetings already held who attended at least one day."
                ),
                columns=[
                    Column(_("Country or organisation")),
                    *[Column(label, Kind.NUMBER) for label in status_labels],
                    Column(_("All registrations"), Kind.NUMBER),
                    Column(_("Approved for meetings held"), Kind.NUMBER),
                    Column(_("Attended at least one day"), Kind.NUMBER),
                    Column(_("Attendance rate (%)"), Kind.PERCENT),
                ],
                rows=[
                    [
                        country_name(row["country"]),
                        *[row[status] for status in STATUSES],
                        row["total"],
                        row["approved_held"],
                        row["attendees"],
                        row["attendance_rate"],
                    ]
                    for row in report.by_country
                ],
            ),
            ReportTable(
                key="meetings",
                title=_("By meeting"),
                description=_("Participant-days: each approved participant counts once for each day of the meeting."),
                columns=[
                    Column(_("Meeting")),
                    Column(_("Starts"), Kind.DATE),
                    Column(_("Status")),
                    Column(_("Seats"), Kind.NUMBER),
                    Column(_("Registrations"), Kind.NUMBER),
                    Column(str(RegistrationStatus.APPROVED.label), Kind.NUMBER),
                    Column(str(RegistrationStatus.WAITLISTED.label), Kind.NUMBER),
                    Column(_("Seats used (%)"), Kind.PERCENT),
                    Column(_("Attended at least one day"), Kind.NUMBER),
                    Column(_("Attendance rate (%)"), Kind.PERCENT),
                    Column(_("Participant-days attended"), Kind.NUMBER),
                    Column(_("Participant-days possible"), Kind.NUMBER),
                    Column(_("Days attended (%)"), Kind.PERCENT),
                ],
                rows=[
                    [
                        row["meeting"],
                        row["start"],
                        _meeting_state(row),
                        row["capacity"],
                        row["registered"],
                        row["approved"],
                        row["waitlisted"],
                        row["seats_used"],
                        row["attendees"],
                        row["attendance_rate"],
                        row["days_attended"],
                        row["days_possible"],
                        row["day_rate"],
                    ]
                    for row in report.meetings
                ],
                paginate=True,
            ),
            ReportTable(
                key="quotas",
                title=_("Seats used per country quota"),
                columns=[
                    Column(_("Meeting")),
                    Column(_("Starts"), Kind.DATE),
                    Column(_("Country or organisation")),
                    Column(_("Seats reserved"), Kind.NUMBER),
                    Column(_("Seats taken"), Kind.NUMBER),
                    Column(_("Seats used (%)"), Kind.PERCENT),
                ],
                rows=[
                    [row["meeting"], row["start"], country_name(row["country"]), row["seats"], row["used"], row["share"]]
                    for row in report.quotas
                ],
                empty_message=_("None of these meetings reserves seats per country."),
            ),
        ],
    )

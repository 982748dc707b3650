from .notifications import CalendarFeedToken
from .pages import (
    AttendanceMode,
    MeetingCountryQuota,
    MeetingDocument,
    MeetingDocumentKind,
    MeetingIndexPage,
    MeetingKind,
    MeetingPage,
    MeetingState,
)
from .registrations import (
    ACTIVE_STATUSES,
    AttendanceRecord,
    Registration,
    RegistrationStatus,
    RegistrationStatusChange,
)

__all__ = [
    "ACTIVE_STATUSES",
    "AttendanceMode",
    "AttendanceRecord",
    "CalendarFeedToken",
    "MeetingCountryQuota",
    "MeetingDocument",
    "MeetingDocumentKind",
    "MeetingIndexPage",
    "MeetingKind",
    "MeetingPage",
    "MeetingState",
    "Registration",
    "RegistrationStatus",
    "RegistrationStatusChange",
]

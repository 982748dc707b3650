from django.urls import path

from . import admin_views

app_name = "meetings_admin"

urlpatterns = [
    path("", admin_views.MeetingIndexView.as_view(), name="index"),
    path("<int:meeting_id>/", admin_views.RegistrationsView.as_view(), name="registrations"),
    path(
        "<int:meeting_id>/registrations/<int:registration_id>/", admin_views.RegistrationDetailView.as_view(), name="registration"
    ),
    path("<int:meeting_id>/attendance/", admin_views.AttendanceView.as_view(), name="attendance"),
    path("<int:meeting_id>/certificates/", admin_views.AttendanceCertificatesView.as_view(), name="certificates"),
    path("<int:meeting_id>/export/", admin_views.ExportView.as_view(), name="export"),
    path("<int:meeting_id>/email/", admin_views.EmailParticipantsView.as_view(), name="email"),
    path("<int:meeting_id>/cancel/", admin_views.CancelMeetingView.as_view(), name="cancel"),
]

from django.urls import path

from .views import AssessmentReportView, LearningReportView, MeetingsReportView

app_name = "ern_reports"
urlpatterns = [
    path("learning/", LearningReportView.as_view(), name="learning"),
    path("assessment/", AssessmentReportView.as_view(), name="assessment"),
    path("meetings/", MeetingsReportView.as_view(), name="meetings"),
]

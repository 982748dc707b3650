from django.urls import path

from . import views

app_name = "meetings"

urlpatterns = [
    path("", views.meeting_list, name="list"),
    path("my/", views.my_meetings, name="my_meetings"),
    path("my/calendar/", views.calendar_feed_settings, name="calendar_feed_settings"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
    path("nominations/", views.nominations, name="nominations"),
    path("<int:meeting_id>/register/", views.register, name="register"),
    path("<int:meeting_id>/nominate/", views.nominate, name="nominate"),
    path("<int:meeting_id>/calendar.ics", views.meeting_calendar_file, name="meeting_calendar_file"),
    path("registrations/<int:registration_id>/cancel/", views.cancel, name="cancel"),
]

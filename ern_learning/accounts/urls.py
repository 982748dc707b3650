from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("vetting/", views.vetting_queue, name="vetting_queue"),
    path("vetting/<int:user_id>/", views.vetting_decide, name="vetting_decide"),
]

from django.urls import path

from . import views, views_personal_data

app_name = "accounts"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("vetting/", views.vetting_queue, name="vetting_queue"),
    path("vetting/<int:user_id>/", views.vetting_decide, name="vetting_decide"),
    path("my-data/", views_personal_data.personal_data, name="personal_data"),
    path("my-data/download/", views_personal_data.download_personal_data, name="download_personal_data"),
    path("delete/", views_personal_data.delete_account, name="delete_account"),
    path("deleted/", views_personal_data.account_deleted, name="account_deleted"),
]

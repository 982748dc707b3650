from django.urls import path

from courses.views import certificates as views

app_name = "certificates"

urlpatterns = [
    path("", views.my_certificates, name="mine"),
    path("verify/", views.verify_form, name="verify_form"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("<int:pk>/pdf/", views.download, name="download"),
    path("<int:pk>/language/", views.change_language, name="change_language"),
]

from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from ern_learning.core import views as core_views

# Both admins sign in through allauth, so MFA and rate limits cannot be bypassed there.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("i18n/setlang/", core_views.switch_language, name="set_language"),
    path("admin/login/", core_views.admin_login, name="wagtailadmin_login"),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("account/", include("ern_learning.accounts.urls")),
    path("learning/", include("courses.urls")),
    path("certificates/", include("courses.certificate_urls")),
    path("meetings/", include("meetings.urls")),
    path("_util/login/", core_views.admin_login),  # shadows Wagtail's password-only login for private pages
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG or getattr(settings, "SERVE_MEDIA_FILES", False):
    # Development only (`make run`); in production the web server or object storage serves media.
    from django.urls import re_path
    from django.views.static import serve

    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns = [re_path(rf"^{media_prefix}(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})] + urlpatterns

"""`make run`: SQLite, e-mail printed to the console, background tasks run at once.

DEBUG is off by default so the demo shows what officers see (our own 403/404/500 pages in their
language, not Django's technical pages); `DEBUG=true make run` brings the debug pages back.
"""

import os

os.environ.setdefault("DEBUG", "false")

from .base import *  # noqa: E402,F403
from .base import BASE_DIR  # noqa: E402

SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}
MEDIA_ROOT = BASE_DIR / "var" / "media"

# The published demo passwords are allowed here, never in production (seed_demo checks).
DEMO_DATA_ALLOWED = True
# runserver serves files only with DEBUG on: WhiteNoise serves static files from the apps, and
# ern_learning/urls.py the uploaded media.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA_FILES = True

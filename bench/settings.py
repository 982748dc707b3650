"""Production settings as deployed, on this machine: PostgreSQL, Redis cache, gunicorn, plain HTTP on loopback."""

import os

os.environ.setdefault("SECRET_KEY", "bench-only-" + "k" * 60)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/ern_bench")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/5")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("WAGTAILADMIN_BASE_URL", "https://learning.ern.example")

from ern_learning.settings.production import *  # noqa: E402,F403
from ern_learning.settings.production import BASE_DIR  # noqa: E402

ROOT_URLCONF = "bench.urls"
# Loopback is plain HTTP: secure-only cookies would never come back.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
STATIC_ROOT = BASE_DIR / "var" / "bench-static"
MEDIA_ROOT = BASE_DIR / "var" / "bench-media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "ERROR"}}

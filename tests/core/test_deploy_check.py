import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRATCH_DATABASE = "sqlite:///" + str(ROOT / "var" / "deploy-check.sqlite3")


def manage(*arguments: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """`manage.py <arguments>` in a process of its own with exactly this environment."""
    env = {key: value for key, value in env.items() if key != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_deploy_check():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ern_learning.settings.production",
        "SECRET_KEY": "x7#kq" * 12,
        "ALLOWED_HOSTS": "learning.ern.example",
        "CSRF_TRUSTED_ORIGINS": "https://learning.ern.example",
        "WAGTAILADMIN_BASE_URL": "https://learning.ern.example",
        "DATABASE_URL": SCRATCH_DATABASE,
    }
    env.pop("DEBUG", None)

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_settings_refuse_a_missing_secret_key():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "ern_learning.settings.production", "SECRET_KEY": ""}

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def environment_of_env_example() -> dict[str, str]:
    """The variables .env.example sets, read by a POSIX shell as the README says to load it."""
    script = "set -a; . ./.env.example; set +a; env -0"
    output = subprocess.run(["sh", "-c", script], cwd=ROOT, env={"PATH": os.environ["PATH"]}, capture_output=True, check=True)
    return dict(item.split("=", 1) for item in output.stdout.decode().split("\0") if "=" in item)


def test_env_example_loads_in_a_shell_and_passes_the_deploy_check():
    env = {**os.environ, **environment_of_env_example()}
    env["DATABASE_URL"] = SCRATCH_DATABASE  # nothing listens at the example's address

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert environment_of_env_example()["DEFAULT_FROM_EMAIL"] == "ERN Learning <no-reply@learning.ern.example>"


def test_env_example_names_every_variable_the_settings_read():
    read = set()
    for path in (ROOT / "ern_learning" / "settings").glob("*.py"):
        read |= set(re.findall(r'(?:environ\.get|environ\[|env_bool|env_list)\(?\s*"([A-Z_]+)"', path.read_text()))
    example = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), flags=re.MULTILINE))

    # DEBUG-only knobs of `make run`, never set in production.
    assert read - example - {"TASKS_BACKEND"} == set()


@pytest.mark.parametrize("address", ["", "http://127.0.0.1:8000", "http://localhost"])
def test_production_settings_refuse_a_local_or_missing_public_address(address):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ern_learning.settings.production",
        "SECRET_KEY": "x7#kq" * 12,
        "WAGTAILADMIN_BASE_URL": address,
    }

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "WAGTAILADMIN_BASE_URL" in result.stderr

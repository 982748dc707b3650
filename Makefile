# ERN Learning — `make run` to try it, `make test` to check it. See README.md.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
UV := $(VENV)/bin/uv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_LINK_MODE := copy


.PHONY: run install install-test migrate messages compilemessages demo test lint bench system-deps clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(UV): $(VENV)/bin/python
	$(VENV)/bin/pip install --quiet "uv==0.13.9"

install: $(UV)
	$(UV) sync --frozen --inexact --no-default-groups

install-test: $(UV)
	$(UV) sync --frozen --inexact --group test

compilemessages: install
	$(MANAGE) compilemessages --ignore=.venv --ignore=var -v 0

migrate: install
	$(MANAGE) migrate --noinput
	$(MANAGE) createcachetable

demo: system-deps migrate compilemessages
	$(MANAGE) seed_demo

run: demo
	$(MANAGE) runserver 127.0.0.1:8000

# Regenerate the English source catalogs after changing user-facing strings.
messages: install
	$(MANAGE) makemessages $(foreach l,km id lo ms fil th vi,-l $(l)) --no-wrap --ignore=.venv --ignore=var --ignore=tests --ignore=bench --no-obsolete

# Debian packages: WeasyPrint's Pango and HarfBuzz, poppler (tests read PDFs), Chromium (browser tests).
SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 poppler-utils chromium gettext
system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

lint: install-test
	$(VENV)/bin/ruff check .
	DJANGO_SETTINGS_MODULE=ern_learning.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=ern_learning.settings.test $(MANAGE) check

test: system-deps install-test compilemessages lint
	$(VENV)/bin/pytest $(PYTEST_ARGS)

bench: system-deps install-test compilemessages
	$(PY) -m bench

clean:
	rm -rf var db.sqlite3*

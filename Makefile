# Kuntaan: `make run` to start, `make test` to check everything. See README.md.
# The Python the virtual environment is made with: any 3.11 or newer (scripts/ensure_venv.sh picks one; name it
# with `make PYTHON=python3.13 …`). A .venv made with another, or whose Python is gone, is rebuilt.
PYTHON ?=
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed
export DJANGO_SUPERUSER_PASSWORD ?= kuntaan-local-admin
# pytest's worker processes (pytest-xdist), each with a test database of its own: one per core by default;
# `make test WORKERS=0` runs in this process alone.
WORKERS ?= auto

.PHONY: run serve-prod faults install migrate demo test test-fast e2e check lint format messages bench tokens fonts icons clean

$(STAMP): pyproject.toml
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install:
	@PYTHON="$(PYTHON)" sh scripts/ensure_venv.sh $(VENV)
	@$(MAKE) --no-print-directory $(STAMP)

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo
	$(MANAGE) ensure_superuser --username admin --email admin@kuntaan.invalid
	$(MANAGE) ensure_demo_users

# The site, with the workers that send e-mails and write exports beside it (stopped with it).
run: demo
	$(MANAGE) db_worker --backend exports & exports=$$!; $(MANAGE) db_worker --backend emails & emails=$$!; \
		trap 'kill $$exports $$emails' EXIT INT TERM; $(MANAGE) runserver 127.0.0.1:8000

# The production stack on this machine (scripts/serve_prod.sh): gunicorn, the task workers and the scheduled jobs
# under honcho, on PostgreSQL and Redis (DATABASE_URL, REDIS_URL; this machine's by default). DEMO=0: no demo.
serve-prod: install
	VENV=$(VENV) sh scripts/serve_prod.sh

# The whole suite: Django's checks, migrations in step with models, translations complete, deploy checks on
# the production settings, then pytest (unit and integration, then real-browser). Skipped tests are listed with
# their reasons (-rs).
test: test-fast e2e

# Everything but the real browser: the checks, then the unit and integration tests.
test-fast: install check
	$(BIN)/pytest -q -rs -n $(WORKERS) tests --ignore=tests/e2e

# The real-browser tests alone (Debian's Chromium; they skip with the reason without it). Each worker serves the
# site from a database of its own; a file's tests stay together, in order, on one worker.
e2e: install
	$(BIN)/pytest -q -rs -n $(WORKERS) --dist loadfile tests/e2e

check: install
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(PY) scripts/check_messages.py
	DJANGO_SETTINGS_MODULE=config.settings.production SECRET_KEY=placeholder-$$(date +%s)-not-a-real-secret-0123456789abcdefghij \
		ALLOWED_HOSTS=kuntaan.example.fi REDIS_URL=redis://127.0.0.1:6379/0 $(MANAGE) check --deploy --fail-level WARNING

lint: install
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/djhtml --check templates

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .
	$(BIN)/djhtml templates

messages: install
	$(MANAGE) makemessages $(foreach l,$(shell $(PY) site/config/languages.py),-l $(l)) --add-location=file --ignore=".venv/*" --ignore="staticfiles/*" --ignore="tests/*"
	$(PY) scripts/compile_messages.py

bench: install
	$(PY) bench/run.py

# Faults under load (tests/faults/, outside the suite's time budget): each prints what it sent, what was
# acknowledged and what is in the database, and fails on a loss. On PostgreSQL (DATABASE_URL names the server;
# each script makes a database of its own).
faults: install
	status=0; for fault in kill_worker postgres_outage redis_outage kill_task_worker kill_export_worker; do \
		$(PY) -m tests.faults.$$fault || status=1; done; exit $$status

tokens:
	cd $$(mktemp -d) && npm pack --silent suomifi-design-tokens && tar xzf suomifi-design-tokens-*.tgz && \
		node $(CURDIR)/scripts/suomifi_tokens.js $$PWD/package > $(CURDIR)/static/css/vendor/suomifi-tokens.css

# Source Sans 3 from its registry package (OFL), the subsets the site's languages need.
fonts: install
	cd $$(mktemp -d) && npm pack --silent @fontsource-variable/source-sans-3 && tar xzf fontsource-variable-source-sans-3-*.tgz && \
		$(CURDIR)/$(PY) $(CURDIR)/scripts/vendor_fonts.py $$PWD/package $(CURDIR)/static/fonts

# The favicon's PNG and ICO forms and the social preview card, drawn from the site's own parts.
icons: install
	$(PY) scripts/draw_icons.py

clean:
	rm -rf $(VENV) staticfiles .cache db.sqlite3 db.sqlite3-wal db.sqlite3-shm

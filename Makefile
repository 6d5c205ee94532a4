# KBT Fagskole course site. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help run test setup migrate demo demo-snapshot messages lint benchmark loadtest pdfcheck designsystemet lighthouse clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed-run: requirements.txt
	scripts/install-system-packages run
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed-run requirements-dev.txt
	scripts/install-system-packages test
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed-run ## Create .venv and install the requirements

migrate: setup ## Apply database migrations
	$(MANAGE) migrate --no-input

demo: migrate ## Load the demo content (idempotent)
	$(MANAGE) load_demo

SNAPSHOT_DB := var/demo-snapshot.sqlite3
demo-snapshot: setup ## Build the demo through wagtail-localize in a new SQLite database and store it as load_demo's snapshot
	mkdir -p var && rm -f $(SNAPSHOT_DB)
	DATABASE_URL=sqlite:///$(CURDIR)/$(SNAPSHOT_DB) $(MANAGE) migrate --no-input --verbosity 0
	DATABASE_URL=sqlite:///$(CURDIR)/$(SNAPSHOT_DB) $(MANAGE) save_demo_snapshot
	rm -f $(SNAPSHOT_DB)

run: demo ## Run the site with demo content at http://$(HOST):$(PORT)
	$(MANAGE) collectstatic --no-input --verbosity 0
	$(MANAGE) runserver $(HOST):$(PORT)

test: $(VENV)/.installed-test ## Run the whole test suite (DATABASE_URL picks the database)
	$(PY) -m pytest $(PYTEST_ARGS)

messages: $(VENV)/.installed-test ## Update locale/*/django.po from the code and compile them
	$(MANAGE) makemessages --locale nb --locale en --no-obsolete --no-location \
		--ignore '.venv/*' --ignore 'var/*'
	$(MANAGE) compilemessages --ignore '.venv/*'

benchmark: $(VENV)/.installed-test migrate ## Time the guide PDF, the conversation tool's largest PDF (cold, warm), "Translate this page" (40 themes) and load_demo on an empty database
	$(MANAGE) benchmark_pdf
	$(MANAGE) benchmark_translate
	$(PY) scripts/benchmark_load_demo.py

loadtest: $(VENV)/.installed-run ## Load gunicorn (production settings, loopback) with page cache on and off
	scripts/install-system-packages loadtest
	$(PY) scripts/loadtest.py

pdfcheck: $(VENV)/.installed-test demo ## Print each demo PDF's machine-checkable accessibility figures
	$(MANAGE) pdfcheck

lint: $(VENV)/.installed-test ## Lint and check formatting with ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Designsystemet's CSS is vendored (site/static/vendor/designsystemet/), so `make run` and CI need
# no npm: this target updates the copy to the version pinned in package.json/package-lock.json.
DS_DIST := node_modules/@digdir/designsystemet-css
DS_VENDOR := site/static/vendor/designsystemet
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

designsystemet: node_modules/.package-lock.json ## Update the vendored Designsystemet CSS to package-lock.json's version
	mkdir -p $(DS_VENDOR)
	cp $(DS_DIST)/dist/src/index.css $(DS_VENDOR)/designsystemet.css
	cp $(DS_DIST)/dist/theme/designsystemet.css $(DS_VENDOR)/theme.css
	cp $(DS_DIST)/LICENSE $(DS_VENDOR)/LICENSE
	node -p "require('./$(DS_DIST)/package.json').version" > $(DS_VENDOR)/VERSION

lighthouse: node_modules/.package-lock.json $(VENV)/.installed-test demo ## Lighthouse accessibility and SEO scores, one page per type (demo content)
	$(PY) scripts/lighthouse.py

clean: ## Remove the virtualenv and local database
	rm -rf $(VENV) var

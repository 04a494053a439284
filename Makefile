# Pôle Patrimoine: the two commands are `make start` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

export PLONE_VAR ?= $(CURDIR)/var
export PLONE_PORT ?= 8080
export PLONE_HOST ?= 127.0.0.1
export PLONE_ADMIN_PASSWORD ?= admin

.DEFAULT_GOAL := help

.PHONY: help
help: ## This help
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-16s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python setup.py constraints.txt
	$(BIN)/pip install -q -c constraints.txt pip setuptools wheel
	$(BIN)/pip install -q -c constraints.txt -e ".[test,relstorage,bench]"
	@touch $@

.PHONY: install
install: $(VENV)/.installed ## Create .venv from the pinned constraints

# Plone formats its own dates (bylines, listings) in the process's time zone:
# Paris, unless TZ says otherwise.
.PHONY: start
start: install ## Create the site with demo content if absent, serve it on http://localhost:$PLONE_PORT/Plone (RELSTORAGE_DSN: on PostgreSQL; PLONE_INSTANCES=N: a cluster)
	@export TZ="$${TZ:-Europe/Paris}"; \
	if [ "$${PLONE_INSTANCES:-1}" != 1 ]; then exec $(BIN)/python scripts/cluster.py; fi; \
	set -e; \
	$(BIN)/python scripts/instance.py; \
	$(BIN)/zconsole run $(PLONE_VAR)/etc/zope.conf scripts/create_site.py; \
	echo "Pôle Patrimoine: http://localhost:$(PLONE_PORT)/Plone (user: admin, password: $(PLONE_ADMIN_PASSWORD))"; \
	exec $(BIN)/runwsgi $(PLONE_VAR)/etc/zope.ini

.PHONY: cluster
cluster: install ## $PLONE_INSTANCES (default 2) instances on RelStorage behind haproxy on $PLONE_PORT; Ctrl-C stops them all
	TZ="$${TZ:-Europe/Paris}" PLONE_INSTANCES=$${PLONE_INSTANCES:-2} exec $(BIN)/python scripts/cluster.py

.PHONY: db
db: install ## Start the local PostgreSQL (data in $PLONE_VAR/postgresql, port $PLONE_DB_PORT) and print its RELSTORAGE_DSN
	@$(BIN)/python scripts/db.py start

.PHONY: db-stop
db-stop: install ## Stop the local PostgreSQL of make db
	@$(BIN)/python scripts/db.py stop

.PHONY: system-deps
system-deps: ## Install the Debian packages the tests need (Chromium, PostgreSQL, haproxy) when missing
	@bash scripts/system-deps.sh

.PHONY: test
test: system-deps install ## Run the whole test suite (installs the Debian packages it needs first, see system-deps)
	$(BIN)/pytest --durations=25 tests

.PHONY: lint
lint: install ## ruff (lint and format check), zpretty --check, pyroma, towncrier fragments
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests scripts benchmarks
	find src \( -name '*.zcml' -o -name '*.xml' \) | xargs $(BIN)/zpretty --check
	$(BIN)/pyroma -n 8 .
	$(BIN)/towncrier build --draft --version next >/dev/null

.PHONY: changelog
changelog: install ## Fold the news/ fragments into CHANGES.md (VERSION=x.y.z)
	$(BIN)/towncrier build --yes --version $(VERSION)

.PHONY: format
format: install ## Format the code (ruff, zpretty)
	$(BIN)/ruff check --fix src tests scripts benchmarks
	$(BIN)/ruff format src tests scripts benchmarks
	find src \( -name '*.zcml' -o -name '*.xml' \) | xargs $(BIN)/zpretty -i

.PHONY: i18n
i18n: install ## Rebuild the .pot files, sync the French catalogs and compile them
	$(BIN)/python scripts/i18n.py

.PHONY: buildout-check
buildout-check: system-deps ## Build the buildout instance in a separate virtualenv, start it, fetch the site, stop it
	bash scripts/buildout-check.sh

.PHONY: clean
clean: ## Remove the virtualenvs and buildout parts (keeps var/, the data)
	rm -rf $(VENV) .venv-buildout bin parts develop-eggs .installed.cfg

.PHONY: bench
bench: install ## Benchmark the actors directory (1,000 and 10,000 actors; SIZES="...") and the offers' map (5,000 offers; OFFERS="...")
	SIZES="$(SIZES)" $(BIN)/python benchmarks/bench_actors.py
	OFFERS="$(OFFERS)" $(BIN)/python benchmarks/bench_opportunities.py

.PHONY: bench-observatory
bench-observatory: install ## Benchmark the observatory at 10,000 actors and 2,000 projects (ACTORS=, PROJECTS=, EVENTS=)
	ACTORS="$(ACTORS)" PROJECTS="$(PROJECTS)" EVENTS="$(EVENTS)" $(BIN)/python benchmarks/bench_observatory.py

.PHONY: bench-newsletter
bench-newsletter: install ## Newsletter sending: messages/s to a local SMTP server and a page's p95 meanwhile; SUBSCRIBERS=2000
	SUBSCRIBERS="$(SUBSCRIBERS)" $(BIN)/python benchmarks/bench_newsletter.py

.PHONY: bench-load
bench-load: system-deps install ## Load benchmark: locust on 4 layouts (FileStorage, RelStorage, 2 instances + haproxy, + its cache); DURATION=60s USERS=20
	DURATION="$(DURATION)" USERS="$(USERS)" $(BIN)/python benchmarks/bench_load.py

.PHONY: backup
backup: install ## Back up the database: repozo + blobs (FileStorage), pg_dump (RELSTORAGE_DSN); FULL=1 for a full repozo
	$(BIN)/polepatrimoine-backup $(if $(FULL),--full)

.PHONY: restore
restore: install ## Restore the last backup (DATE=yyyy-mm-dd-hh-mm-ss, UTC, for an earlier one); stop Zope first
	$(BIN)/polepatrimoine-restore $(if $(DATE),--date $(DATE))

# Two commands matter: `make demo` and `make test`.  Both set everything up
# on a fresh machine (a .venv with the project and its dev tools).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo serve test test-fast lint run install clean bench wheel-check chromium

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f var/demo.db var/demo.db-wal var/demo.db-shm
	$(BIN)/python -m monitor.demo

# The dashboard (issue 13) on the demo's database, made again by the demo when missing or from an
# older schema (`monitor status` fails on both); http://127.0.0.1:8080/ until Ctrl-C.
DEMO_DB := sqlite:///$(CURDIR)/var/demo.db
serve: $(STAMP)
	$(BIN)/monitor --db $(DEMO_DB) status >/dev/null 2>&1 \
	  || { rm -f var/demo.db var/demo.db-wal var/demo.db-shm && $(BIN)/python -m monitor.demo; }
	$(BIN)/monitor --db $(DEMO_DB) serve

# Debian's chromium for the browser tests (tests/test_browser.py, tests/test_digest_chromium.py),
# installed when missing where that is allowed: root with apt-get and MONITOR_INSTALL_CHROMIUM=1
# (.ci/run sets it).  Anywhere else nothing happens and those tests skip, saying why.
chromium:
	@if [ ! -x /usr/bin/chromium ] && [ "$${MONITOR_INSTALL_CHROMIUM:-}" = 1 ] \
	    && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing Debian's chromium for the browser tests" >&2; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } \
	    || echo "chromium could not be installed: the browser tests will skip" >&2; \
	fi

test: $(STAMP) chromium
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow and not shared and not postgres"

# Build the wheel, install it in a fresh venv outside the checkout, and run init, analyze on the
# seed article and the demo's steps from it (issue 11 §3; .ci/run calls it after `make test`).
wheel-check: $(STAMP)
	$(BIN)/python .ci/wheel_check.py

lint: $(STAMP)
	$(BIN)/ruff check monitor tests bench migrations
	$(BIN)/mypy
	$(BIN)/python -m monitor.clidoc --check docs/cli.md
	$(BIN)/python -m monitor.config --check docs/operations.md

run: $(STAMP)
	$(BIN)/monitor init
	$(BIN)/monitor run

bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) var/demo.db* .pytest_cache .mypy_cache .ruff_cache

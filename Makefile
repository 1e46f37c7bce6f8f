# Two commands matter: `make demo` and `make test`.  Both set everything up
# on a fresh machine (a .venv with the project and its dev tools).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test test-fast lint run install clean bench wheel-check

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f var/demo.db var/demo.db-wal var/demo.db-shm
	$(BIN)/python -m monitor.demo

test: $(STAMP)
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

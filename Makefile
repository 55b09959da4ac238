# Two commands: `make run` and `make test`. Both create .venv on first use.
# `make check` is the fast lane while working: lint, types and the unit tests (no end-to-end,
# database or PostgreSQL runs), in about a minute and a half.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck pytest fast migrate sandbox bench clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	$(PY) -m bot migrate
	$(PY) -m bot run

migrate: $(STAMP)
	$(PY) -m bot migrate

sandbox: $(STAMP)
	$(PY) -m bot sandbox

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

typecheck: $(STAMP)
	$(PY) -m mypy

pytest: $(STAMP)
	$(PY) -m pytest

test: lint typecheck pytest

fast: $(STAMP)
	$(PY) -m pytest -q tests/domain tests/flows tests/handlers tests/test_*.py -m 'not postgresql and not slow'

check: lint typecheck fast

# Not part of `make test`: about 8 minutes; rewrites docs/benchmarks.md and docs/benchmarks.json.
bench: $(STAMP)
	$(PY) -m bench.run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

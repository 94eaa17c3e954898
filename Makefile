# Two commands matter (see README.md):
#   make run   - open the application (on a demo database when nothing else is given)
#   make test  - run the whole test suite (lint, layer contracts, tests)
# Both create the virtual environment .venv and install what is missing,
# including the Debian libraries Qt needs (installed when run as root).

VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARGS ?= --demo

.PHONY: run test venv lint bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	sh scripts/system-deps.sh run
	$(PY) -m kalbar_desktop $(ARGS)

test: $(STAMP)
	sh scripts/system-deps.sh test
	$(PY) -m ruff check kalbar_desktop tests benchmarks
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 $(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check kalbar_desktop tests benchmarks
	$(VENV)/bin/lint-imports

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache

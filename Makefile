# Two commands matter (see README.md):
#   make run   - open the application (on a demo database when nothing else is given)
#   make test  - run the whole test suite (lint, layer contracts, tests)
# Release work:
#   make i18n         - compile the translations resources/i18n/*.ts -> .qm (run by run/test)
#   make i18n-update  - refresh the .ts sources from the UI code (pyside6-lupdate)
#   make bundle       - build the PyInstaller one-folder bundle dist/KalbarDesktop
#   make bundle-test  - build it, smoke-test the frozen program and report its size
# Both create the virtual environment .venv and install what is missing,
# including the Debian libraries Qt needs (installed when run as root).

VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARGS ?= --demo

.PHONY: run test shared-cek venv lint bench clean i18n i18n-update bundle bundle-test

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP) i18n
	sh scripts/system-deps.sh run
	$(PY) -m kalbar_desktop $(ARGS)

test: shared-cek $(STAMP) i18n
	sh scripts/system-deps.sh test
	$(PY) -m ruff check kalbar_desktop tests benchmarks scripts installer
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 $(PY) -m pytest

# The tests read the region reference from the project's shared folder beside the repository
# (../shared/wilayah_61/, never copied in): say so at once instead of failing dozens of tests.
SHARED_WILAYAH := ../shared/wilayah_61/wilayah_61_all.csv

shared-cek:
	@test -f $(SHARED_WILAYAH) || { \
	  echo "Gagal: $(SHARED_WILAYAH) tidak ada. Tes membaca referensi wilayah dari folder"; \
	  echo "shared di samping repositori: letakkan repositori di samping folder shared proyek"; \
	  echo "(lihat README). The tests need ../shared/wilayah_61/ next to the repository."; \
	  exit 1; }

lint: $(STAMP)
	$(PY) -m ruff check kalbar_desktop tests benchmarks scripts installer
	$(VENV)/bin/lint-imports

i18n: $(STAMP)
	$(PY) scripts/i18n.py rilis

i18n-update: $(STAMP)
	$(PY) scripts/i18n.py perbarui

bundle: $(STAMP)
	sh scripts/system-deps.sh test
	$(PY) installer/build.py

bundle-test: $(STAMP)
	sh scripts/system-deps.sh test
	$(PY) installer/build.py --uji

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache

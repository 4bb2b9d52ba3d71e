# SpaceOptics Desk: every setup step lives here, so `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# A real window needs the xcb libraries; poppler renders PDFs; DejaVu shows every European accent;
# postgresql: the tests start a throwaway server of their own (tests/postgres_server.py, issue 14).
APT_PACKAGES := libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 \
	libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils binutils xvfb postgresql
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
DEMO_CUSTOMERS ?= 2000

.PHONY: run test lint typecheck unit bench faults soak build translations translations-update system-deps screenshots clean

run: $(STAMP) $(QM_FILES) system-deps
	$(BIN)/spaceoptics-desk demo --if-missing --customers $(DEMO_CUSTOMERS) --seed 7
	$(BIN)/spaceoptics-desk

test: $(STAMP) $(QM_FILES) system-deps
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest
	# Issue 14: the operations suite once more, every `database` on the test PostgreSQL server.
	SPACEOPTICS_TEST_DATABASE=postgresql QT_QPA_PLATFORM=offscreen $(BIN)/pytest -p no:cacheprovider tests/operations

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m "not build"

bench: $(STAMP) $(QM_FILES) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.run_bench

# Kills demo, review apply, erase, restore, the encryption, an import and a sync at random moments (issues 10, 12,
# 13); not part of `make test`.
# Repeat a run: make faults FAULTS_ARGS="--seed 123 --only erase:7"
faults: $(STAMP)
	$(BIN)/python -m tests.faults.run_faults $(FAULTS_ARGS)

# Issue 10 §5: the real main window for SOAK_MINUTES (default 30) of searches, scans and windows.
soak: $(STAMP) $(QM_FILES) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.soak

build: $(STAMP) $(QM_FILES) system-deps
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/spaceoptics_desk.spec

screenshots: $(STAMP) $(QM_FILES) system-deps
	xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python -m tests.bench.screenshots

translations: $(QM_FILES)

# After adding or changing user-facing texts: new entries appear unfinished in the .ts (fill in the Dutch);
# texts no longer in the code are dropped. Only tr(), translate() and QT_TRANSLATE_NOOP() literals count.
translations-update: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find spaceoptics_desk -name '*.py' | sort) -ts $(TS_FILES)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	@# PySide6-Pdf (6.12.0 only) gave way to PySide6-Addons 6.11 (issue 10 §5); their QtPdf files overlap.
	if $(BIN)/pip show --quiet PySide6-Pdf 2>/dev/null; then $(BIN)/pip uninstall --quiet --yes PySide6-Pdf; fi
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Installs the Debian packages above when something is missing (as root, where apt-get exists).
system-deps:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
		if [ -n "$$missing" ]; then \
			echo "Installing system packages: $$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		fi; \
	fi

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache resources/translations/*.qm

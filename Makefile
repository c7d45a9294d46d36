# ColdCare — the two commands of the README, and the tools behind them.
#   make run    set up .venv from the lock file and start the app
#   make test   set up .venv and run every check CI runs

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
CODE   := coldcare tests tools $(wildcard bench packaging/*.py)
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck imports pytest coverage clean lock bench translations drills

run: $(STAMP) translations
	$(PY) -m coldcare $(ARGS)

test: $(STAMP) translations lint typecheck imports pytest coverage

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create $(VENV). On Debian or Ubuntu install python3-venv first."; exit 1; }
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

# The .qm files the app loads, compiled from resources/translations/*.ts (ignored by git).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

lint: $(STAMP)
	$(VENV)/bin/ruff check $(CODE)
	$(VENV)/bin/ruff format --check $(CODE)

typecheck: $(STAMP)
	$(VENV)/bin/mypy --strict coldcare/domain coldcare/storage
	$(VENV)/bin/mypy coldcare

imports: $(STAMP)
	$(VENV)/bin/lint-imports

pytest: $(STAMP) translations
	$(VENV)/bin/coverage erase
	CI=$${CI:-} $(VENV)/bin/coverage run -m pytest $(PYTEST_ARGS)

# The safety engine must keep every branch covered; the rest has a floor.
coverage: $(STAMP)
	$(VENV)/bin/coverage report --include='coldcare/domain/safety*' --fail-under=100
	$(VENV)/bin/coverage report --fail-under=85

# The quality targets of product.md on ten years of heavy use (never part of `make test`);
# `make bench ARGS=--quick` for a smoke run. Results: bench/RESULTS.md.
bench: $(STAMP)
	$(PY) -m bench.run $(ARGS)

# The reliability drills in full (100 kills, many more hostile inputs); `make test` runs them short.
drills: $(STAMP) translations
	COLDCARE_DRILLS=full $(PY) -m pytest -m drill -p no:randomly --timeout=1800 tests/drills $(PYTEST_ARGS)

# The PyInstaller bundle dist/ColdCare and the Linux tarball beside it (packaging/README.md).
.PHONY: dist dist-check
dist: $(STAMP) translations
	packaging/dist.sh $(VENV)

# What CI checks of the packages: metadata, the wheel in a fresh venv, the bundle started.
dist-check: dist
	packaging/check.sh $(VENV)

# Regenerate requirements.lock after changing dependencies in pyproject.toml (needs uv).
lock:
	uv pip compile pyproject.toml --extra test --extra dev --python-version 3.11 \
	  --python-platform x86_64-manylinux_2_34 --generate-hashes -o requirements.lock

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .coverage .hypothesis

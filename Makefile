# Every target installs what it needs first, so each works on a fresh clone.
PY ?= python3
UV = $(PY) -m uv
RUN = $(UV) run --frozen --extra dev --extra ocr --extra web --extra pg

.PHONY: setup demo test lint typecheck unit docs bench fuzz clean

setup:
	@bash scripts/system-deps.sh
	@$(PY) -m uv --version >/dev/null 2>&1 || $(PY) -m pip install --quiet --disable-pip-version-check uv
	@$(UV) sync --frozen --extra dev --extra ocr --extra web --extra pg --quiet

demo: setup
	@bash scripts/demo.sh

lint: setup
	$(RUN) ruff check src tests benchmarks scripts
	$(RUN) ruff format --check src tests benchmarks scripts
	$(RUN) mypy
	$(RUN) lint-imports

# Long fuzzing and slow tests run in `make fuzz`, not in CI.
unit: setup
	$(RUN) pytest -q -m "not slow"
	bash scripts/with-postgres.sh $(RUN) pytest -q -m "not slow" -p no:cacheprovider tests/web

test: lint unit

docs: setup
	$(RUN) python scripts/gen_docs.py

bench: setup
	$(RUN) python benchmarks/run.py

fuzz: setup
	$(RUN) pytest -q tests --hypothesis-profile=fuzz

clean:
	rm -rf .venv .mypy_cache .ruff_cache .pytest_cache .hypothesis

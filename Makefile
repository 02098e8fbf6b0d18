# Every target installs what it needs first, so each works on a fresh clone.
PY ?= python3
UV = $(PY) -m uv
RUN = $(UV) run --frozen --extra dev --extra ocr --extra web --extra pg

.PHONY: setup demo test lint typecheck unit compiled docs bench fuzz clean

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
# The tests run again on the compiled tree that `make bench` measures (but the web tests,
# which reach the core only through calls the others make too).
unit: setup compiled
	$(RUN) pytest -q -m "not slow"
	bash scripts/with-postgres.sh $(RUN) pytest -q -m "not slow" -p no:cacheprovider tests/web
	PYTHONPATH=build/compiled $(RUN) pytest -q -m "not slow" --ignore=tests/web

# The busiest extraction modules compiled with mypyc into build/compiled/ (scripts/compile.py).
compiled: setup
	$(RUN) python scripts/compile.py

test: lint unit

docs: setup
	$(RUN) python scripts/gen_docs.py

bench: setup compiled
	$(RUN) python benchmarks/run.py

fuzz: setup
	$(RUN) pytest -q tests --hypothesis-profile=fuzz

clean:
	rm -rf .venv .mypy_cache .ruff_cache .pytest_cache .hypothesis

# uprooted: `make demo` runs the pipeline on the shipped sample, `make test` runs every test.
# Both create the virtual environment first, so they work on a fresh machine.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_DB ?= var/demo.sqlite

.PHONY: all venv demo test lint bench browser clean link-model link-pairs model model-eval place-model place-model-eval

all: test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,embed]'
	touch $(STAMP)

venv: $(STAMP)

## demo: ingest the bundled sample reports, extract, link and print the matrix.
demo: venv
	@mkdir -p var
	@rm -f $(DEMO_DB)
	$(BIN)/uprooted --db $(DEMO_DB) ingest examples/reports
	$(BIN)/uprooted --db $(DEMO_DB) link
	$(BIN)/uprooted --db $(DEMO_DB) matrix --format table
	@echo
	@echo "The demo store is $(DEMO_DB). Next, try:"
	@echo "  $(BIN)/uprooted --db $(DEMO_DB) matrix --place Mosul"
	@echo "  $(BIN)/uprooted --db $(DEMO_DB) facts --measure displaced"
	@echo "  $(BIN)/uprooted --db $(DEMO_DB) export --format hxl -o var/matrix-hxl.csv"
	@echo "  $(BIN)/uprooted --db $(DEMO_DB) serve      # dashboard on http://127.0.0.1:8000/"

## browser: Debian's chromium for the dashboard tests (installed when missing and apt is usable).
browser:
	@scripts/ensure-chromium.sh

## test: lint, then the whole suite (PostgreSQL tests run when UPROOTED_TEST_PG is set).
test: venv browser
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/python scripts/check_services.py
	$(BIN)/pytest -q

lint: venv
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/ruff format --check src tests scripts bench

## bench: extraction throughput (docs/s) and peak memory on ../shared/corpus (>= 2,000 docs),
## API times, extraction time on adversarial shapes, and the load check (50 clients, 30 s, PostgreSQL).
bench: venv
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_api.py
	$(BIN)/python bench/bench_link.py
	$(BIN)/python bench/bench_adversarial.py
	$(BIN)/python bench/bench_load.py --clients 50 --seconds 30

## link-pairs: join the linking pair labels (evaluation/pairs) with their texts from ../shared.
link-pairs: venv
	$(BIN)/python scripts/build_link_pairs.py --split dev
	$(BIN)/python scripts/build_link_pairs.py --split test

## link-model: refit the linking model on the dev pairs (deterministic) -> src/uprooted/link/model.json
link-model: venv
	$(BIN)/python scripts/fit_link_model.py

## model: train the fact model (extract/fact_model.json) from the dev gold, deterministically.
## REAL_LABELS points at the blind labels (dev split only is read); default evaluation/real/labels.
REAL_LABELS ?= evaluation/real/labels
model: venv
	$(BIN)/python -m uprooted.extract.model train --real-labels $(REAL_LABELS)

## place-model: train the place ranker (extract/place_model.json) from the same dev gold.
place-model: venv
	$(BIN)/python -m uprooted.extract.placemodel train --real-labels $(REAL_LABELS)

## place-model-eval: rules vs ranker by document (5-fold): place accuracy and full F1 per language.
place-model-eval: venv
	$(BIN)/python -m uprooted.extract.placemodel evaluate --real-labels $(REAL_LABELS)

## model-eval: the model's figures by document (5-fold) and leave-one-language-out.
model-eval: venv
	$(BIN)/python -m uprooted.extract.model evaluate --real-labels $(REAL_LABELS)

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache

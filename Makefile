# eventdesk: `make run` builds .venv from the lock file if missing and codes the bundled samples;
# `make test` runs the test suite; `make bench` prints throughput and memory figures.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
DATA   ?= data

.PHONY: run test test-fast bench eval expectations docs clean

$(BIN)/eventdesk: requirements.lock requirements-geo.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check uv==0.9.9
	$(BIN)/uv pip install -q --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps --python-version 3.12 --require-hashes -r requirements-geo.txt
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps -e .
	@touch $@

run: $(BIN)/eventdesk
	@$(BIN)/eventdesk run data/raw/samples --data-dir $(DATA); status=$$?; \
	  if [ $$status -eq 1 ]; then exit 1; fi; \
	  echo; echo "Events published (eventdesk query --data-dir $(DATA) \"SELECT ...\"):"; \
	  $(BIN)/eventdesk query --data-dir $(DATA) "SELECT event_date, event_type, sub_event_type, actor1, location, admin1, country, fatalities, tags FROM events ORDER BY event_date"; \
	  echo; echo "Rejected input (see the rejects table):"; \
	  $(BIN)/eventdesk query --data-dir $(DATA) "SELECT stage, origin, reason FROM rejects ORDER BY rejected_at DESC LIMIT 10"

test: $(BIN)/eventdesk
	$(BIN)/python -m pytest -q

test-fast: $(BIN)/eventdesk
	$(BIN)/python -m pytest -q -m "not slow"

bench: $(BIN)/eventdesk
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/incremental.py
	$(BIN)/python benchmarks/scale.py $(SCALE_ARGS)
	$(BIN)/python benchmarks/queries.py $(QUERY_ARGS)

eval: $(BIN)/eventdesk
	$(BIN)/python benchmarks/score_eval.py

expectations docs: $(BIN)/eventdesk
	$(BIN)/eventdesk schema --expectations --docs

clean:
	rm -rf $(DATA)/curated $(VENV)

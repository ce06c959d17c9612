# Entry points: `make run`, `make test` (see README). Both install missing
# Debian packages first when run as root, and name them otherwise.

BUILD_DIR ?= build
JOBS ?= $(shell nproc)
PACKAGES := cmake g++ make pkg-config python3 libgtest-dev libgmock-dev libbenchmark-dev \
            nlohmann-json3-dev libcli11-dev libicu-dev libuchardet-dev libcld2-dev zlib1g-dev libzstd-dev libbrotli-dev libgumbo-dev libxml2-dev \
            python3-dev pybind11-dev \
            w3m lynx zstd cmark-gfm
# Dask's distributed scheduler, for the Python module's Dask test: its
# recommendations (numpy, pandas, bokeh …) are not needed.
LEAN_PACKAGES := python3-distributed

# Only `make eval` needs a real browser and html_text: text mode is scored on
# headless Chromium's innerText and on html_text's visible text of every page too.
EVAL_PACKAGES := chromium-headless-shell python3-html-text

.PHONY: deps eval-deps build run test bench eval calibrate clean

# install-missing(PACKAGES[,APT-OPTIONS]): apt-get install those not installed yet (as root).
define install-missing
	@missing=$$(for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) $$missing >/dev/null || exit 1; \
	  else \
	    echo "missing Debian packages (run as root or: sudo apt-get install $$missing)"; exit 1; \
	  fi; \
	fi
endef

deps:
	$(call install-missing,$(PACKAGES))
	$(call install-missing,$(LEAN_PACKAGES),--no-install-recommends)

eval-deps:
	$(call install-missing,$(EVAL_PACKAGES))

build: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD_DIR) -j$(JOBS)

run: build
	./$(BUILD_DIR)/pith --with-metadata examples/article.html

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j$(JOBS)

bench: build
	./bench/run_parse_bench.sh $(BUILD_DIR)
	./bench/run_textmode_bench.sh $(BUILD_DIR)

eval: build eval-deps
	python3 eval/run_eval.py --pith $(BUILD_DIR)/pith --textmode
	python3 eval/textmode_metadata_eval.py --pith $(BUILD_DIR)/pith
	python3 eval/heldout_goose.py --pith $(BUILD_DIR)/pith

# How well confidence predicts a good extraction (cross-validated); add
# --write to refit src/extract/confidence_weights.h after extractor changes.
calibrate: build
	python3 eval/calibrate_confidence.py --dump $(BUILD_DIR)/eval/confidence_dump

clean:
	rm -rf $(BUILD_DIR)

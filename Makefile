# shegong — monthly social-work service statistics from station CSV exports.
# `make report` runs the report on the committed sample; `make test` runs the tests.

SWIFT ?= swift
INPUTS ?= Inputs
OUT ?=
PERIOD ?=
BIN := .build/release/shegong
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build test validate sample report lint format bench clean

all: build

## deps: install libxlsxwriter-dev (with pkg-config, and unzip for the tests) with apt-get when pkg-config cannot find it.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists xlsxwriter || ! command -v unzip >/dev/null 2>&1; then \
	  echo "installing libxlsxwriter-dev (and pkg-config, unzip) with apt-get" >&2; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pkg-config libxlsxwriter-dev unzip >/dev/null; \
	fi

build: deps
	$(SWIFT) build -c release --product shegong

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

validate: build
	$(BIN) validate --inputs $(INPUTS)

report: build
	$(BIN) report --inputs $(INPUTS) $(if $(PERIOD),--period $(PERIOD)) $(if $(OUT),--out $(OUT))

## sample: regenerate the committed county-scale sample in Inputs/.
sample: build
	$(BIN) sample --out $(INPUTS) --scale county --seed 2026 --from 2026-07 --to 2026-10 --services 12000

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

bench: build
	bash scripts/bench.sh

clean:
	rm -rf .build

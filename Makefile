# shegong — monthly social-work service statistics from station CSV exports.
# `make report` runs the report on the committed sample; `make test` runs the tests.

SWIFT ?= swift
INPUTS ?= Inputs
OUT ?=
PERIOD ?=
BIN := .build/release/shegong
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build test validate sample report lint format bench fuzz killloop clean

all: build

## deps: install libxlsxwriter-dev (with zlib1g-dev for reading the workbook back, pkg-config, and unzip for the tests) with apt-get when any is missing.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists xlsxwriter zlib || ! command -v unzip >/dev/null 2>&1; then \
	  echo "installing libxlsxwriter-dev (and zlib1g-dev, pkg-config, unzip) with apt-get" >&2; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pkg-config libxlsxwriter-dev zlib1g-dev unzip >/dev/null; \
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
	$(BIN) sample --out $(INPUTS) --scale county --seed 2026 --from 2026-04 --to 2026-10 --services 120000

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

bench: build
	bash scripts/bench.sh

## killloop: kill `report` with SIGKILL at 20 random moments (and 5 right after its exchange) while a
## reader snapshots the folder; check that every kill and every snapshot shows one whole report;
## see docs/operations.md.
killloop: build
	bash scripts/killloop.sh

## fuzz: build the Fuzz/ package with libFuzzer and ASan, then run each target for SECONDS seconds
## on a scratch copy of its seed corpus; fails when a target finds a crash (see Fuzz/README.md).
SECONDS ?= 60
FUZZ_TARGETS := FuzzCSV FuzzValues FuzzIngest FuzzRegisters FuzzManifest
FUZZ_SCRATCH := Fuzz/.build/fuzz-run

fuzz:
	cd Fuzz && $(SWIFT) build -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address
	@set -e; for target in $(FUZZ_TARGETS); do \
	  rm -rf $(FUZZ_SCRATCH)/$$target; mkdir -p $(FUZZ_SCRATCH)/$$target/corpus $(FUZZ_SCRATCH)/$$target/crashes; \
	  cp Fuzz/Corpus/$$target/* $(FUZZ_SCRATCH)/$$target/corpus/; \
	  echo "fuzzing $$target for $(SECONDS) s"; \
	  SWIFT_BACKTRACE=enable=no Fuzz/.build/release/$$target -max_total_time=$(SECONDS) -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_SCRATCH)/$$target/crashes/ $(FUZZ_SCRATCH)/$$target/corpus \
	    || { echo "$$target found a crash; see $(FUZZ_SCRATCH)/$$target/crashes/" >&2; exit 1; }; \
	done

clean:
	rm -rf .build

# Presswatch: the two set-up commands are `make run` and `make test`.
SWIFT ?= swift
PREFIX ?= /usr/local
# Staging root for packaging (`make install DESTDIR=/tmp/stage`); empty for a real install.
DESTDIR ?=
UNITDIR ?= /etc/systemd/system
CONFDIR ?= /etc/presswatch
INBOX ?= /srv/presswatch/inbox

.PHONY: all deps test-deps spark-deps build run test test-fast tsan asan bench summary-eval numbers-roundtrip pages-zh format lint clean install install-unit uninstall verify-unit

all: build

# What the build needs from the system: the libyaml headers (Debian's libyaml-dev).
deps:
	@pkg-config --exists yaml-0.1 2>/dev/null || { \
	  echo "installing libyaml-dev"; \
	  apt-get update -qq && apt-get install -y -qq libyaml-dev pkg-config; }

# What the tests need besides: python3's jsonschema, for the checks of real results against
# spec/result.schema.json; headless Chromium and a Chinese font, for the page view's browser
# tests (PageViewBrowserTests fail, saying so, without them); GNU time, for the peak memory
# of `pipe` on a 100 MB line (PipeOversizedLineTests); and what the Spark job's local-mode
# test needs (spark-deps).
test-deps: deps spark-deps
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema
	@command -v /usr/bin/time >/dev/null || { \
	  echo "installing time"; apt-get update -qq && apt-get install -y -qq time; }
	@{ command -v chromium >/dev/null && dpkg -s fonts-wqy-zenhei >/dev/null 2>&1; } || { \
	  echo "installing chromium and fonts-wqy-zenhei"; \
	  apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-zenhei; }

# The Spark job (tools/spark) in local mode: a Java runtime (Debian's default-jre-headless)
# and pyspark from PyPI in a git-ignored virtual environment; each only when missing.
SPARK_VENV ?= .build/spark-venv
PYSPARK ?= pyspark>=3.5,<3.6
spark-deps:
	@command -v java >/dev/null || { \
	  echo "installing default-jre-headless (for the Spark job)"; \
	  apt-get update -qq && apt-get install -y -qq default-jre-headless; }
	@$(SPARK_VENV)/bin/python -c 'import pyspark' 2>/dev/null || { \
	  echo "installing $(PYSPARK) into $(SPARK_VENV)"; \
	  python3 -m venv $(SPARK_VENV) 2>/dev/null || { \
	    apt-get update -qq && apt-get install -y -qq python3-venv && python3 -m venv $(SPARK_VENV); }; \
	  $(SPARK_VENV)/bin/python -m pip install -q '$(PYSPARK)'; }

build: deps
	$(SWIFT) build -c release

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

# The suites tagged fast only (README, "Tests"): `swift test` filters by name, not by tag, so
# tools/test-suites turns the tags written in Tests/ into the names of the others to skip.
test-fast: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip "$$(tools/test-suites quality daemon)"

# Thread Sanitizer: the core and daemon tests built with -sanitize=thread in a build folder
# of their own; the daemon's end-to-end tests (bursts, kill -9, reload while files arrive,
# SIGTERM) then run that TSan build of presswatch and its workers. Any report fails the run:
# the test process stops at it, and a daemon that reports one exits with status 66.
TSAN_SCRATCH ?= .build-tsan
tsan: deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path $(TSAN_SCRATCH)
	TSAN_OPTIONS="halt_on_error=1 exitcode=66" \
	  PRESSWATCH_BINARY=$(CURDIR)/$(TSAN_SCRATCH)/debug/presswatch \
	  $(SWIFT) test --skip-build --sanitize=thread --scratch-path $(TSAN_SCRATCH) \
	  --filter 'PresswatchCoreTests|PresswatchDaemonTests'

# Address Sanitizer: every test built with -sanitize=address in a build folder of its own; the
# daemon's end-to-end tests run that build of presswatch. Tests/lsan.supp holds the leaks of
# the toolchain's own XCTest runner, which are not ours.
ASAN_SCRATCH ?= .build-asan
asan: test-deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path $(ASAN_SCRATCH)
	ASAN_OPTIONS="detect_leaks=1" LSAN_OPTIONS="suppressions=$(CURDIR)/Tests/lsan.supp" \
	  PRESSWATCH_BINARY=$(CURDIR)/$(ASAN_SCRATCH)/debug/presswatch \
	  $(SWIFT) test --skip-build --sanitize=address --scratch-path $(ASAN_SCRATCH)

# Speed and memory against the Python tools (BENCHMARKS.md): builds in release, makes its
# inputs and a Python virtual environment in .bench/ (git-ignored), prints one table.
# BENCH_MB=10 (input size), BENCH_RUNS=5 (runs per figure), BENCH_DAEMON=0 (skip the daemon),
# BENCH_SPARK=0 (skip the Spark job in local mode, and its install), BENCH_SCALING=0 (skip the
# scaling table: each input shape at 1, 4 and 16 times BENCH_SCALING_MB=1, on one core).
bench: deps $(if $(filter 0,$(BENCH_SPARK)),,spark-deps)
	$(SWIFT) build -c release --product presswatch
	$(SWIFT) build -c release --product presswatch-bench
	@command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
	python3 Benchmarks/bench.py

# Generated numerals read back (Tests/NumberExtractorTests/RoundTrip): N Chinese and N English
# renderings, each in a sentence, seeded; prints the mismatches (the suite runs 20,000 each).
N ?= 1000000
numbers-roundtrip:
	$(SWIFT) build --build-tests
	NUMBERS_ROUNDTRIP_N=$(N) $(SWIFT) test --skip-build --filter RoundTripTests

# Summary quality on a JSON Lines file of {"text", "summary"} (default: the headline set):
# ours and our lead through the release presswatch, then the Python baselines (Lead-1,
# Lead-3, textrank4zh, sumy's LexRank, snownlp) in .bench/venv. Character ROUGE-1/2/L F1.
# SUMMARY_STYLE=sentences,headline scores the summarizer's styles (`--style`); SUMMARY_SPLIT=
# validation (or dev) keeps the headline set's held-out (or development) part only; the
# Python baselines then run on the whole file.
SUMMARY_DATA ?= Tests/Data/summaries/headlines-public.jsonl
SUMMARY_STYLE ?= sentences
SUMMARY_SPLIT ?= all
summary-eval: deps
	$(SWIFT) build -c release --product presswatch
	tools/summary-score $(SUMMARY_DATA) --style $(SUMMARY_STYLE) --split $(SUMMARY_SPLIT)
	python3 Benchmarks/summary_baselines.py $(SUMMARY_DATA)

# The daemon on inbox/, seeded with the sample pages: their results appear beside them, and
# every .txt file dropped into inbox/ is processed as it arrives. Ctrl-C stops it.
run: build
	mkdir -p inbox
	cp -n seeds/*.txt inbox/ 2>/dev/null || true
	@echo "presswatch: watching inbox/ -- drop .txt files in; results appear beside them; Ctrl-C stops"
	.build/release/presswatch run --config pipeline.yaml

# The systemd the unit is installed for: this machine's (`systemctl --version`). Staging for
# another machine: SYSTEMD_VERSION=253. Empty (no systemctl): the Type=notify form.
SYSTEMD_VERSION ?= $(shell systemctl --version 2>/dev/null | awk 'NR==1 {print $$2}')

# Installs the binary, its data folders, the systemd unit, the presswatch user and inbox
# (sysusers.d, tmpfiles.d) and, unless one exists, /etc/presswatch/pipeline.yaml watching
# $(INBOX). Then: systemctl enable --now presswatch
install: build install-unit
	install -D -m 0755 .build/release/presswatch $(DESTDIR)$(PREFIX)/bin/presswatch
	install -d $(DESTDIR)$(PREFIX)/share/presswatch
	for bundle in .build/release/presswatch_*.resources; do \
	  [ -d "$$bundle" ] && cp -R "$$bundle" $(DESTDIR)$(PREFIX)/share/presswatch/ || true; \
	done
	install -d $(DESTDIR)/usr/lib/sysusers.d $(DESTDIR)/usr/lib/tmpfiles.d
	install -m 0644 deploy/presswatch.sysusers.conf $(DESTDIR)/usr/lib/sysusers.d/presswatch.conf
	sed 's|/srv/presswatch/inbox|$(INBOX)|' deploy/presswatch.tmpfiles.conf \
	    > $(DESTDIR)/usr/lib/tmpfiles.d/presswatch.conf
	install -d $(DESTDIR)$(CONFDIR)
	[ -e $(DESTDIR)$(CONFDIR)/pipeline.yaml ] || \
	  sed 's|^  directory: inbox .*|  directory: $(INBOX)     # the folder watched for new pages|' \
	      pipeline.yaml > $(DESTDIR)$(CONFDIR)/pipeline.yaml
	if [ -z "$(DESTDIR)" ]; then \
	  systemd-sysusers /usr/lib/sysusers.d/presswatch.conf 2>/dev/null || \
	    { getent group presswatch >/dev/null || groupadd --system presswatch; \
	      getent passwd presswatch >/dev/null || useradd --system --gid presswatch \
	        --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin presswatch; }; \
	  systemd-tmpfiles --create /usr/lib/tmpfiles.d/presswatch.conf 2>/dev/null || \
	    install -d -o presswatch -g presswatch -m 2775 $(INBOX); \
	  [ -d /run/systemd/system ] && systemctl daemon-reload || true; \
	fi
	@echo "installed; start it with: systemctl enable --now presswatch"

# The unit alone, as `install` puts it: deploy/presswatch.service rendered for
# $(SYSTEMD_VERSION) by deploy/render-unit.sh (before 253: Type=notify with ExecReload).
install-unit:
	install -d $(DESTDIR)$(UNITDIR)
	deploy/render-unit.sh "$(SYSTEMD_VERSION)" $(PREFIX)/bin/presswatch $(CONFDIR) $(INBOX) \
	    > $(DESTDIR)$(UNITDIR)/presswatch.service.tmp
	chmod 0644 $(DESTDIR)$(UNITDIR)/presswatch.service.tmp
	mv $(DESTDIR)$(UNITDIR)/presswatch.service.tmp $(DESTDIR)$(UNITDIR)/presswatch.service

# Removes what `install` put in place, except the configuration, the inbox (user data) and
# the presswatch user.
uninstall:
	if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then \
	  systemctl disable --now presswatch 2>/dev/null || true; fi
	rm -f $(DESTDIR)$(PREFIX)/bin/presswatch $(DESTDIR)$(UNITDIR)/presswatch.service
	rm -rf $(DESTDIR)$(PREFIX)/share/presswatch
	rm -f $(DESTDIR)/usr/lib/sysusers.d/presswatch.conf $(DESTDIR)/usr/lib/tmpfiles.d/presswatch.conf
	if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then systemctl daemon-reload; fi
	@echo "removed; kept $(CONFDIR)/pipeline.yaml, $(INBOX) and the presswatch user"

# systemd-analyze verify, without a finding, on the unit `install` would put in place for the
# systemd-analyze at hand (with the built binary as ExecStart).
verify-unit: build
	deploy/verify-unit.sh .build/release/presswatch

# The generated Chinese pages of Tests/Data/pages-zh (development and validation), laid out
# anew from the headline set's articles; deterministic, so the committed pages come out again.
PAGES_ZH = Tests/Data/pages-zh
pages-zh:
	rm -f $(PAGES_ZH)/dev/*.txt $(PAGES_ZH)/dev/*.gold.json $(PAGES_ZH)/val/*.txt $(PAGES_ZH)/val/*.gold.json
	python3 tools/pagegen/zh_pages.py Tests/Data/summaries/headlines-public.jsonl $(PAGES_ZH)/dev --split dev --pages 200
	python3 tools/pagegen/zh_pages.py Tests/Data/summaries/headlines-public.jsonl $(PAGES_ZH)/val --split val --pages 100

format:
	swift format -i -r Package.swift Sources Plugins Tests Benchmarks

lint:
	swift format lint -r --strict Package.swift Sources Plugins Tests Benchmarks

clean:
	rm -rf .build

# Presswatch: the two set-up commands are `make run` and `make test`.
SWIFT ?= swift
PREFIX ?= /usr/local
# Staging root for packaging (`make install DESTDIR=/tmp/stage`); empty for a real install.
DESTDIR ?=
UNITDIR ?= /etc/systemd/system
CONFDIR ?= /etc/presswatch
INBOX ?= /srv/presswatch/inbox

.PHONY: all deps test-deps spark-deps build run test test-fast tsan asan fuzz fuzz-build fuzz-corpus bench summary-eval numbers-roundtrip pages-zh format lint clean install install-unit uninstall verify-unit

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

# Fuzzing (Fuzz/README.md): libFuzzer binaries of the configuration loader, the input decoder
# and the whole chain with its renderings, in a package of their own (Fuzz/) built with
# -sanitize=fuzzer,address into a build folder of their own, so the normal build never sees
# them. Release: the fuzzer's worth is executions per second, and -O keeps Swift's bounds and
# overflow checks (only -Ounchecked drops them). SwiftPM passes --sanitize=fuzzer and
# --sanitize=address to swiftc as two flags of which the driver keeps the last, so the Swift
# code would go without coverage: the pair is given once more as one flag with -Xswiftc.
# --sanitize=fuzzer itself is kept because it makes SwiftPM leave `main` to libFuzzer.
FUZZ_SCRATCH ?= .build-fuzz
FUZZ_S ?= 60
FUZZ_TARGETS ?= configuration decoder chain
fuzz-build: deps
	$(SWIFT) build --package-path Fuzz -c release --scratch-path $(CURDIR)/$(FUZZ_SCRATCH) \
	  --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address

# Runs each target FUZZ_S seconds from its committed corpus (Fuzz/Corpus/<target>, read only;
# what the run finds new goes to $(FUZZ_SCRATCH)/corpus/<target>, emptied first so every run
# is the same bounded pass; the corpus replay counts in FUZZ_S) and fails on any finding,
# whose input is left in $(FUZZ_SCRATCH)/findings/. The flags:
#  -timeout=1          an input that takes over a second is a finding (a cost that is not
#                      linear shows as a slow small input long before a 16 MB one). The limit
#                      is wall-clock, and on a busy machine (five builds on two cores) even an
#                      empty input has overrun it; so timeouts do not stop the run
#                      (-fork=1 -ignore_timeouts=1), and each one is then replayed alone:
#                      one that takes over a second again fails `make fuzz`;
#  -rss_limit_mb=2048  the chain's tables take a few hundred MB under ASan; past 2 GB an input
#                      is a memory finding, well before it could take the machine down;
#  -max_len            inputs up to 4 KB (the configuration, the decoder) or 8 KB (the chain):
#                      big enough for every structure, small enough for many runs a second;
#  detect_leaks=1      LeakSanitizer after each input that allocated more than it freed;
#  SWIFT_BACKTRACE=enable=no  a Swift trap goes straight to libFuzzer's crash report: Swift's
#                      own backtracer reads memory in ways AddressSanitizer reports instead;
#  -fork=1             one fuzzing process per target (the cores are shared), restarted by
#                      its parent after each finding it may ignore.
fuzz: fuzz-build
	@set -e; for target in $(FUZZ_TARGETS); do \
	  binary=$(FUZZ_SCRATCH)/release/Fuzz$$(echo $$target | sed 's/./\U&/'); \
	  case $$target in chain) max_len=8192 ;; *) max_len=4096 ;; esac; \
	  findings=$(FUZZ_SCRATCH)/findings/$$target; \
	  rm -rf $$findings $(FUZZ_SCRATCH)/corpus/$$target; \
	  mkdir -p $(FUZZ_SCRATCH)/corpus/$$target $$findings; \
	  echo "fuzz: $$target for $(FUZZ_S) s"; \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 $$binary -fork=1 \
	    -ignore_timeouts=1 -max_total_time=$(FUZZ_S) -timeout=1 -rss_limit_mb=2048 \
	    -max_len=$$max_len -print_final_stats=1 -artifact_prefix=$$findings/ \
	    $(FUZZ_SCRATCH)/corpus/$$target Fuzz/Corpus/$$target \
	    || { echo "fuzz: $$target found a problem; its input is in $$findings/"; exit 1; }; \
	  for slow in $$(find $$findings -name 'timeout-*'); do \
	    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 $$binary -timeout=1 \
	      -rss_limit_mb=2048 $$slow \
	      || { echo "fuzz: $$target: $$slow takes over a second"; exit 1; }; \
	    echo "fuzz: $$target: $$slow overran a second only while the machine was busy"; \
	  done; \
	done

# Remakes the committed corpora: seeds from Tests/Data and pipeline.yaml (Fuzz/make-seeds.py)
# and what earlier runs found ($(FUZZ_SCRATCH)/corpus), merged by libFuzzer into the smallest
# set of inputs that keeps their coverage.
fuzz-corpus: fuzz-build
	rm -rf $(FUZZ_SCRATCH)/seeds && python3 Fuzz/make-seeds.py $(FUZZ_SCRATCH)/seeds
	@set -e; for target in $(FUZZ_TARGETS); do \
	  binary=$(FUZZ_SCRATCH)/release/Fuzz$$(echo $$target | sed 's/./\U&/'); \
	  mkdir -p $(FUZZ_SCRATCH)/corpus/$$target; rm -rf Fuzz/Corpus/$$target.new; \
	  mkdir -p Fuzz/Corpus/$$target.new Fuzz/Corpus/$$target; \
	  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 $$binary -set_cover_merge=1 \
	    -timeout=1 -rss_limit_mb=2048 \
	    -artifact_prefix=$(FUZZ_SCRATCH)/findings/$$target- \
	    Fuzz/Corpus/$$target.new Fuzz/Corpus/$$target $(FUZZ_SCRATCH)/corpus/$$target \
	    $(FUZZ_SCRATCH)/seeds/$$target; \
	  rm -rf Fuzz/Corpus/$$target; mv Fuzz/Corpus/$$target.new Fuzz/Corpus/$$target; \
	done

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
	swift format -i -r Package.swift Sources Plugins Tests Benchmarks Fuzz

lint:
	swift format lint -r --strict Package.swift Sources Plugins Tests Benchmarks Fuzz

clean:
	rm -rf .build

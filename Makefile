# Presswatch: the two set-up commands are `make run` and `make test`.
SWIFT ?= swift
PREFIX ?= /usr/local

.PHONY: all deps build run test format lint clean

all: build

# What the build and the tests need from the system: the libyaml headers (Debian's
# libyaml-dev) and, for the schema checks in the tests, python3's jsonschema.
deps:
	@pkg-config --exists yaml-0.1 2>/dev/null || { \
	  echo "installing libyaml-dev"; \
	  apt-get update -qq && apt-get install -y -qq libyaml-dev pkg-config; }
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema

build: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

# Processes the sample pages in seeds/ and writes their results beside them in inbox/.
run: build
	mkdir -p inbox
	cp -n seeds/*.txt inbox/ 2>/dev/null || true
	.build/release/presswatch process inbox/*.txt

format:
	swift format -i -r Package.swift Sources Plugins Tests

lint:
	swift format lint -r --strict Package.swift Sources Plugins Tests

clean:
	rm -rf .build

# elasticache_kit: the two set-up commands are `make synth` and `make test`.
# Both bootstrap what they need (a virtualenv, node_modules) when it is missing.

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
VENV_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

# Node 20 is end-of-life; jsii prints a banner on every run unless silenced
# (the value is the Node major version).
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: synth test test-deps docs dist bench core clean help

help:
	@echo "make synth  - synthesize the example stacks into cdk.out/ (no AWS account needed)"
	@echo "make test   - run the test suite"
	@echo "make docs   - build the API reference (a page per module, index.html) into docs/_build/ (pdoc; fails on any warning)"
	@echo "make dist   - build the sdist and wheel into dist/ and run twine check on them"

$(VENV_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	@node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' || { echo "Node.js 20+ is required"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# The validation report must be clean: an ERROR finding fails the run (the plugins print it and exit 0).
synth: $(VENV_STAMP) $(NODE_STAMP)
	@log=$$(mktemp); trap 'rm -f "$$log"' EXIT; set -o pipefail; \
	npx --no-install cdk synth --quiet 2>&1 | tee "$$log" || exit 1; \
	if grep -q '^ERROR' "$$log"; then echo "make synth: ERROR findings above: fix them, or acknowledge them on the construct with a reason" >&2; exit 1; fi

# The NAT bastion's real-traffic test needs iproute2, iptables and redis-server;
# the API reference test opens the pages in headless chromium.
test-deps:
	@missing=""; for tool in ip iptables iptables-restore redis-server redis-cli chromium; do \
	  command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing$$missing (apt-get)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      iproute2 iptables redis-server chromium >/dev/null; \
	  else echo "note:$$missing missing and not installable here (needs root and apt-get); the tests that need them will skip"; fi; \
	fi
	@# the NAT bastion's discovery calls the AWS CLI (Amazon Linux 2023 ships it); its tests use one of
	@# their own, in a venv apart (the CLI pins a botocore of its own)
	@command -v aws >/dev/null 2>&1 || [ -x .awscli/bin/aws ] || { $(PYTHON) -m venv .awscli \
	  && .awscli/bin/python -m pip install --quiet awscli || echo "note: no AWS CLI; the bastion discovery tests will skip"; }

# The deploy rehearsal's IAM policy simulator (tests/support/rehearsal.py): @cloud-copilot/iam-simulate,
# AGPL-3.0-or-later, pinned in tests/rehearsal/package-lock.json; test-only, never in the wheel or sdist.
REHEARSAL_STAMP := tests/rehearsal/node_modules/.installed
$(REHEARSAL_STAMP): tests/rehearsal/package.json tests/rehearsal/package-lock.json
	npm ci --prefix tests/rehearsal --no-audit --no-fund --loglevel=error
	@touch $@

# The alpha module (benchmark-only, never a dependency) is installed for the
# tests that build the same situation with it, elasticache_kit and L1s.
# boto3/botocore as Lambda's python3.14 runtime ships them (tests/lambda_runtime_sdk.txt), in a directory
# put ahead of the venv on PYTHONPATH by tests/cross/test_lambda_runtime_sdk.py (test-only, never in the wheel).
LAMBDA_SDK_STAMP := .lambda-sdk/.installed
$(LAMBDA_SDK_STAMP): tests/lambda_runtime_sdk.txt | $(VENV_STAMP)
	rm -rf .lambda-sdk
	$(BIN)/python -m pip install --quiet --target .lambda-sdk -r tests/lambda_runtime_sdk.txt
	@touch $@

test: $(VENV_STAMP) test-deps bench/.alpha/.installed bench/.monitoring/.installed $(REHEARSAL_STAMP) $(LAMBDA_SDK_STAMP)
	$(BIN)/ruff check src tests examples scripts
	$(BIN)/mypy src
	$(BIN)/python -m pytest

# The API reference, from the docstrings (scripts/build_docs.py: pdoc, reST docstrings).
docs: $(VENV_STAMP)
	$(BIN)/python scripts/build_docs.py docs/_build

# What users install: python -m build makes the sdist, then the wheel from it.
dist: $(VENV_STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/twine check --strict dist/*

# The peer we measure against is installed only here, never as a dependency.
# (no newer than the venv's aws-cdk-lib: an alpha module needs its own aws-cdk-lib version or later)
bench/.alpha/.installed: | $(VENV_STAMP)
	$(BIN)/python -m pip install --quiet --no-deps --target bench/.alpha \
	  "aws-cdk.aws-elasticache-alpha<=$$($(BIN)/python -c 'import importlib.metadata as m; print(m.version("aws-cdk-lib"))')a0"
	$(BIN)/python -m pip install --quiet matplotlib
	@touch $@

# cdk-monitoring-constructs, for the side-by-side alarm comparison (tests/monitoring/test_monitoring_peer.py):
# benchmark-only like the alpha module, never a dependency.
bench/.monitoring/.installed: | $(VENV_STAMP)
	$(BIN)/python -m pip install --quiet --no-deps --target bench/.monitoring "cdk-monitoring-constructs==10.3.3"
	@touch $@

# elasticache_kit is measured as users get it: built and installed (compiled
# .pyc files and all) into bench/.kit, like the alpha module, not the editable
# source tree (which recompiles every module on each run where Python may not
# write bytecode).
KIT_SOURCES := pyproject.toml $(shell find src/elasticache_kit -type f -not -path '*/__pycache__/*')
bench/.kit/.installed: $(KIT_SOURCES) | $(VENV_STAMP)
	rm -rf bench/.kit
	$(BIN)/python -m pip install --quiet --no-deps --target bench/.kit .
	@touch $@

bench: bench/.alpha/.installed bench/.kit/.installed
	$(BIN)/python bench/run.py
	$(BIN)/python bench/node_run.py

# The JavaScript side (core/lib/*.ts, exported by core/lib/index.ts) compiled by jsii into the
# Python module src/elasticache_kit/_core (committed, so installing the package needs no
# TypeScript), and the TypedDicts of its props interfaces (_internal/core_props.py, committed).
# See core/README.md.
CORE_OUT := src/elasticache_kit/_core
core:
	cd core && rm -f lib/*.js lib/*.d.ts tsconfig.tsbuildinfo .jsii \
	  && npm ci --no-audit --no-fund --loglevel=error && npx --no-install jsii --silence-warnings=reserved-word \
	  && node lazy-index.js && npx --no-install jsii-pacmak --targets python --code-only --force
	rm -rf $(CORE_OUT)
	cp -r core/dist/python/src/elasticache_kit/_core $(CORE_OUT)
	$(PYTHON) scripts/core_lazy_classes.py $(CORE_OUT)/__init__.py
	$(PYTHON) scripts/core_fingerprint.py > $(CORE_OUT)/SOURCE_SHA256
	$(PYTHON) scripts/core_props.py > src/elasticache_kit/_internal/core_props.py

clean:
	rm -rf cdk.out .pytest_cache docs/_build dist build

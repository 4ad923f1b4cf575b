#!/usr/bin/env bash
# Command (b): set everything up, then run the whole test suite.
#
# The suite runs on every core (pytest-xdist): the crawl, browser and node tests spend much of their
# time waiting on subprocesses, so two workers on two cores take far less than one. Each test file
# stays on one worker (--dist loadfile) because its module fixtures (a crawl in a network namespace,
# a demo store) are built once per file. ADSWEEP_TEST_WORKERS=0 runs everything in one process.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# pytest rewrites the test modules' asserts and caches the result as bytecode unless the machine
# forbids writing it (PYTHONDONTWRITEBYTECODE=1 here): allowed, the two workers and the suite's
# subprocesses compile each module once instead of once per process (tests/__pycache__ is ignored).
unset PYTHONDONTWRITEBYTECODE
exec .venv/bin/pytest -n "${ADSWEEP_TEST_WORKERS:-auto}" --dist loadfile "$@"

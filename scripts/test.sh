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
exec .venv/bin/pytest -n "${ADSWEEP_TEST_WORKERS:-auto}" --dist loadfile "$@"

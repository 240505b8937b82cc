#!/bin/sh
# A longer run of the property tests in tests/promises/properties.rs (not in CI):
# many more random cases for config values, HTML and feed extraction, deadline
# extraction, tokens and the subscribe form's address.
#
#   scripts/fuzz.sh [CASES]     # default 20000 cases per property
#   FUZZ_PROFILE=debug scripts/fuzz.sh 10000   # reuse the debug build `cargo test` made
#
# A failure prints the smallest input proptest could shrink it to, and is kept
# in tests/promises/properties.proptest-regressions so it is tried first next time.
set -eu
cases="${1:-20000}"
cd "$(dirname "$0")/.."
start=$(date +%s)
if [ "${FUZZ_PROFILE:-release}" = debug ]; then
    PROPTEST_CASES="$cases" cargo test --test promises properties -- --test-threads 2
else
    PROPTEST_CASES="$cases" cargo test --release --test promises properties -- --test-threads 2
fi
echo "fuzz: $cases cases per property in $(( $(date +%s) - start )) s"

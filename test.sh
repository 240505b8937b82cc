#!/usr/bin/env bash
# The whole test suite, from a fresh Debian machine that has only Rust and python3.
#
#   ./test.sh                 set up what is missing, then fmt, clippy and `cargo test --locked`
#   ./test.sh --setup-only    only the set-up (then plain `cargo test` works too)
#   ./test.sh -- NAME         extra arguments go to `cargo test` (e.g. one test)
#
# Snapshots are compared, never written here (INSTA_UPDATE=no).
#
# Set-up, each step only when needed, and each says what it does:
# - Debian packages: chromium + chromium-driver (the browser tests drive headless
#   Chromium over WebDriver), python3-venv when python3 cannot make a virtual
#   environment, gcc + libc6-dev when there is no C compiler (bundled SQLite).
#   As root it runs apt-get; otherwise through sudo if sudo needs no password;
#   otherwise it prints the command to run and stops.
# - A Python virtual environment of the project's own, `.venv/`, with feedparser
#   (the feed tests check our RSS and Atom with it). Nothing is installed into
#   the system's Python. The tests find it through TIDINGS_PYTHON, which
#   this script sets (without it they use .venv/bin/python, then python3).
# - The container check: when a Docker engine answers, the image is built and
#   its /healthz must answer (deploy/container-check.sh); TIDINGS_SKIP_CONTAINER=1
#   skips it.
set -euo pipefail
cd "$(dirname "$0")"

setup_only=false
if [ "${1:-}" = "--setup-only" ]; then
    setup_only=true
    shift
fi
[ "${1:-}" = "--" ] && shift

say() { printf 'test.sh: %s\n' "$*" >&2; }

python=${PYTHON:-python3}
venv=.venv

venv_ready() {
    [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import feedparser' 2>/dev/null
}

# python3 -m venv fails on Debian until python3-venv is installed (no ensurepip).
make_venv() {
    "$python" -m venv --clear "$venv" >/dev/null 2>&1
}

missing=()
command -v "$python" >/dev/null || { say "$python not found: install python3 first"; exit 1; }
command -v cc >/dev/null || missing+=(gcc libc6-dev)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
if ! venv_ready && ! make_venv; then
    missing+=(python3-venv)
fi

if [ ${#missing[@]} -gt 0 ]; then
    say "missing Debian packages: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then
        sudo=()
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        say "cannot install them: not root, and no password-less sudo. Run as root:"
        say "    apt-get update && apt-get install -y ${missing[*]}"
        say "then run ./test.sh again."
        exit 1
    fi
    say "installing them: ${sudo[*]} apt-get install -y ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

if ! venv_ready; then
    # A venv made before python3-venv was installed has no pip: make it again.
    if ! "$venv/bin/python" -m pip --version >/dev/null 2>&1; then
        make_venv || { say "$python -m venv $venv failed even with python3-venv installed"; exit 1; }
    fi
    say "installing feedparser into $venv (from PyPI)"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check 'feedparser>=6,<7'
fi
TIDINGS_PYTHON="$PWD/$venv/bin/python"
export TIDINGS_PYTHON

for tool in fmt clippy; do
    if ! cargo "$tool" --version >/dev/null 2>&1; then
        if command -v rustup >/dev/null; then
            say "adding the rustup component for cargo $tool"
            rustup component add "$([ "$tool" = fmt ] && echo rustfmt || echo clippy)"
        else
            say "cargo $tool is missing: install rustfmt and clippy with your Rust toolchain"
            exit 1
        fi
    fi
done

if $setup_only; then
    say "set-up done; the tests find feedparser in $venv"
    exit 0
fi

# Snapshot tests (tests/snapshots/) compare and never write: a missing or
# changed snapshot fails. To accept a reviewed change, run the tests with
# INSTA_UPDATE=always (or `cargo insta review`) and commit the snapshots.
export INSTA_UPDATE=no CI=true

cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings
cargo test --locked "$@"

if [ "${TIDINGS_SKIP_CONTAINER:-0}" != 1 ]; then
    if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
        deploy/container-check.sh
    else
        say "no Docker engine answers here: the container image was not built or checked"
    fi
fi

#!/usr/bin/env bash
# Builds the image and checks that a container from it becomes healthy and
# answers /healthz from the host. ./test.sh runs this when a Docker engine
# answers; it needs nothing but docker (and curl or python3 for the request).
set -euo pipefail
cd "$(dirname "$0")/.."

image=tidings:check
name=tidings-check-$$
say() { printf 'container-check: %s\n' "$*" >&2; }

docker build -t "$image" .
cleanup() { docker rm -f "$name" >/dev/null 2>&1 || true; }
trap cleanup EXIT
# Port 0 on the host: Docker picks a free one.
docker run -d --name "$name" -p 127.0.0.1:0:8080 "$image" >/dev/null
port=$(docker port "$name" 8080/tcp | head -n 1 | sed 's/.*://')
say "container $name on 127.0.0.1:$port"

for _ in $(seq 1 60); do
    state=$(docker inspect -f '{{.State.Health.Status}}' "$name")
    [ "$state" = healthy ] && break
    [ "$(docker inspect -f '{{.State.Running}}' "$name")" = true ] || { docker logs "$name"; exit 1; }
    sleep 1
done
[ "$state" = healthy ] || { say "not healthy after 60 s: $state"; docker logs "$name"; exit 1; }

body=$(python3 -c 'import sys, urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=5).read().decode())' \
    "http://127.0.0.1:$port/healthz")
case "$body" in
    *'"version"'*) say "healthy, and /healthz answers: ok" ;;
    *) say "unexpected /healthz body: $body"; exit 1 ;;
esac
# The data volume is the service user's, and a backup works inside the container.
docker exec "$name" tidings --config /etc/tidings/tidings.toml backup /var/lib/tidings/check.db
docker exec "$name" id -un | grep -qx tidings

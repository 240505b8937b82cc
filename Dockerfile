# syntax=docker/dockerfile:1
# tidings as a container: `docker build -t tidings .` (README, "Deploy").
# Build stage: the release binary, from the locked dependency set.
ARG RUST_VERSION=1.95
ARG DEBIAN_RELEASE=trixie

FROM rust:${RUST_VERSION}-slim-${DEBIAN_RELEASE} AS build
WORKDIR /src
# The slim Rust image has gcc and libc6-dev, all the bundled SQLite needs.
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked \
    && install -m 0755 target/release/tidings /usr/local/bin/tidings
# The image's own config: the reference config, listening on every interface
# (inside the container only; `docker run -p` decides what the host exposes).
RUN mkdir -p /etc/tidings \
    && sed -e 's|^listen = "127.0.0.1:8080"|listen = "0.0.0.0:8080"|' \
        config/tidings.toml > /etc/tidings/tidings.toml \
    && grep -q '^listen = "0.0.0.0:8080"' /etc/tidings/tidings.toml \
    && tidings --config /etc/tidings/tidings.toml check

# Runtime: Debian slim, the binary, CA certificates for HTTPS sources and SMTP.
FROM debian:${DEBIAN_RELEASE}-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --home-dir /var/lib/tidings \
        --shell /usr/sbin/nologin tidings \
    && install -d -o tidings -g tidings -m 0750 /var/lib/tidings
COPY --from=build /usr/local/bin/tidings /usr/local/bin/tidings
COPY --from=build /etc/tidings/tidings.toml /etc/tidings/tidings.toml
USER tidings
# Relative paths in the config (data/tidings.db, data/outbox) land in the volume.
WORKDIR /var/lib/tidings
VOLUME ["/var/lib/tidings"]
EXPOSE 8080
ENV TIDINGS_LOG=info \
    TIDINGS_HEALTH_PORT=8080
# No curl in a slim image: bash's /dev/tcp asks /healthz, and only an answer
# with status 200 counts. /healthz answers 200 while the service runs, also
# when a source is failing (that is in its JSON "ok", not a reason to restart).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --start-interval=2s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${TIDINGS_HEALTH_PORT} && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["tidings", "--config", "/etc/tidings/tidings.toml"]
CMD ["run"]

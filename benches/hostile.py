#!/usr/bin/env python3
"""Peak memory of `tidings run` with 16 hostile sources scraping at once (issue 10).

    python3 benches/hostile.py [--scale 1.0] [--rounds 3] [--bin target/release/tidings]

Writes the three hostile pages of issue 10 at full size (`--scale 1`): a 10 MB
listing of dense dates (`1.2.2.3.…` in 10 KB items), a listing of 100,000
items (9 MB), and one item with a 9 MB summary. Serves them from a loopback
HTTP server, configures 16 sources over them (max_body 12 MB, timeout 300 s),
starts `tidings run`, waits until `/healthz` shows every source attempted, and
reads the peak RSS (VmHWM) from /proc. Each round runs twice, interleaved:
with tidings' own allocator setting (one glibc arena) and with glibc's default
(`MALLOC_ARENA_MAX` = 8 a core, what the process got before), so the ratio comes from
one run on one machine. Prints medians. Binds 127.0.0.1 only, ports chosen free.
"""

import argparse
import functools
import http.server
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def listing(n, summary):
    out = ['<!doctype html><html><body><ul class="news">']
    for i in range(n):
        out.append(
            f'<li><h3><a href="/n/{i}">Item {i}</a></h3>'
            f'<span class="date">1.2.2024</span><p>{summary}</p></li>'
        )
    out.append("</ul></body></html>")
    return "".join(out)


def pages(scale):
    dense = "".join(f"{d}.{d % 12 + 1}." for d in range(1, 32)) * 40
    return {
        "dates": listing(int(10_000_000 * scale) // (len(dense) + 100), dense),
        "many": listing(int(100_000 * scale), "x"),
        "huge": listing(1, "Apply by 18 February 2025. " * (int(9_000_000 * scale) // 27)),
    }


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def config(folder, site, listen):
    kinds = ["dates", "many", "huge"]
    out = [
        f'[server]\nlisten = "127.0.0.1:{listen}"\nbase_url = "http://feeds.test"\n',
        f'[storage]\npath = "{folder}/tidings.sqlite"\n',
        '[mail]\nfrom = "Tidings <tidings@feeds.test>"\ntimezone = "Europe/Helsinki"\n'
        f'transport = "file"\noutbox_dir = "{folder}/outbox"\n',
        '[fetch]\nper_host_interval = "0s"\ntimeout = "300s"\nmax_body = "12MB"\n',
        '[[feed]]\nid = "all"\ntitle = "All news"\nsources = ["*"]\n',
    ]
    for i in range(16):
        out.append(
            f'[[source]]\nid = "s{i}"\ntitle = "Source {i}"\n'
            f'url = "{site}/{kinds[i % 3]}.html"\nkind = "html"\nlanguage = "en"\n'
            'timezone = "Europe/Helsinki"\n[source.select]\nitem = "ul.news li"\n'
            'title = "h3"\nlink = "h3 a@href"\ndate = ".date"\nsummary = "p"\n'
        )
    return "\n".join(out)


def peak_of_run(binary, folder, site, env):
    for f in os.listdir(folder):
        if f.startswith("tidings.sqlite"):
            os.remove(os.path.join(folder, f))
    listen = free_port()
    path = os.path.join(folder, "tidings.toml")
    with open(path, "w") as f:
        f.write(config(folder, site, listen))
    started = time.monotonic()
    proc = subprocess.Popen(
        [binary, "--config", path, "run"],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = started + 900
        done = 0
        while time.monotonic() < deadline:
            time.sleep(0.5)
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{listen}/healthz", timeout=5) as r:
                    health = json.load(r)
                done = sum(1 for s in health["sources"] if s.get("last_attempt"))
            except OSError:
                continue
            if done == 16:
                break
        wall = time.monotonic() - started
        with open(f"/proc/{proc.pid}/status") as f:
            hwm = next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))
        return hwm / 1024, wall, done
    finally:
        proc.terminate()
        proc.wait(timeout=60)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "tidings"))
    args = ap.parse_args()
    if not os.path.exists(args.bin):
        sys.exit(f"{args.bin} not found: run `cargo build --release` first")
    with tempfile.TemporaryDirectory() as folder:
        www = os.path.join(folder, "www")
        os.mkdir(www)
        for name, body in pages(args.scale).items():
            with open(os.path.join(www, f"{name}.html"), "w") as f:
                f.write(body)
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(Quiet, directory=www)
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        site = f"http://127.0.0.1:{server.server_address[1]}"
        # glibc's own default on 64-bit: 8 arenas a core.
        default = {"MALLOC_ARENA_MAX": str(8 * (os.cpu_count() or 1))}
        runs = {"tidings (one arena)": {}, "glibc default (8 arenas a core)": default}
        peaks = {k: [] for k in runs}
        for r in range(args.rounds):
            for name, env in runs.items():
                mb, wall, done = peak_of_run(args.bin, folder, site, env)
                print(f"round {r + 1}, {name}: peak {mb:.1f} MB, {wall:.1f} s, {done}/16 sources", flush=True)
                peaks[name].append(mb)
        server.shutdown()
    print(f"\n16 hostile sources at scale {args.scale}, medians of {args.rounds} rounds:")
    base = statistics.median(peaks["glibc default (8 arenas a core)"])
    for name, p in peaks.items():
        m = statistics.median(p)
        print(f"  {name:34} peak {m:6.1f} MB  ({m / base:.2f}x glibc default)")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""tidings beside other programs doing the same work, on one machine, in one run.

    python3 benches/versus.py scrape [--sources 1000] [--rounds 3] [--origins 20]
    python3 benches/versus.py serve  [--rounds 3] [--seconds 5]
    python3 benches/versus.py origins [--sources 100 1000 5000] [--dir DIR]

scrape: writes 1,000 generated listing pages (~60 KB, 20 items each, markup
like the pipeline benchmark's), serves them from
a loopback nginx listening on `--origins` ports (so many origins), and times
`tidings scrape` (fresh database, concurrency 32, per_host_interval 0s, robots
off) beside rsspls 0.12.0 on the same URLs and selectors, cold (everything new)
and warm (every page answers 304), and the `scraper` parse floor (the
pipeline benchmark's "floor" mode on the same files: parse only, read from
disk; `--no-floor` skips it and the benchmark's build). Prints
wall, CPU (user + system) and peak RSS of each process, medians of
interleaved rounds, and ratios from the same run. More sources than pages
reuse the pages under other URLs and source ids.

serve: stores the 20,000 items of one cold scrape, then runs wrk (-t2 -c64)
against `tidings serve` for /feeds/all.atom, and against the same nginx
serving a static file of the same bytes, for 200 and for conditional GET 304.

Needs nginx and wrk (Debian packages `nginx`, `wrk`). rsspls is looked for on
PATH and in target/rsspls-0.12.0/bin, else installed there with
`cargo install rsspls --version 0.12.0 --locked`; when that fails its
columns are skipped with a message. Binds 127.0.0.1 only, ports chosen free.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = 1000  # what the pipeline benchmark writes
ITEM = ".news-list li, .news-listing .news-item, article.news-item"


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def cargo(*args):
    out = subprocess.run(["cargo", *args], cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True)
    return out.stdout


def build(floor):
    log("building tidings (release)" + (" and the pipeline benchmark" if floor else "") + " ...")
    cargo("build", "--release", "--locked", "--bin", "tidings")
    tidings = os.path.join(ROOT, "target", "release", "tidings")
    if not floor:
        return tidings, None
    exe = None
    for line in cargo("bench", "--locked", "--bench", "pipeline", "--no-run", "--message-format=json").splitlines():
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if msg.get("reason") == "compiler-artifact" and msg.get("executable") and msg["target"]["name"] == "pipeline":
            exe = msg["executable"]
    if not exe:
        sys.exit("the pipeline benchmark's executable was not found in cargo's output")
    return tidings, exe


EN = ["Webinar on the Integration Act", "Funding call for integration projects", "New guide for municipalities",
      "Statistics on immigration published", "Training for TE Office staff", "Consultation on the reform"]
FI = ["Kotoutumislain webinaari", "Rahoitushaku kotouttamishankkeille", "Uusi opas kunnille",
      "Maahanmuuton tilastot julkaistu", "Koulutus TE-toimiston henkilöstölle", "Lausuntokierros uudistuksesta"]
SENT_EN = ["Authorities can promote the smooth implementation of the integration process.",
           "The material is meant for officials in municipalities and wellbeing services counties.",
           "Applications must be submitted no later than 18 February 2024.",
           "The event takes place on 14–15 November 2024 in Helsinki."]
SENT_FI = ["Viranomaiset voivat edistää kotoutumisprosessin sujuvaa toteutumista.",
           "Aineisto on tarkoitettu kuntien ja hyvinvointialueiden työntekijöille.",
           "Hakemukset on jätettävä viimeistään 18.2.2024.",
           "Tilaisuus järjestetään 14.–15.11.2024 Helsingissä."]


def write_pages(pages):
    """1,000 kotoutuminen.fi-like listing pages of ~60 KB, 20 items each (as the pipeline benchmark's)."""
    os.makedirs(pages, exist_ok=True)
    for n in range(PAGES):
        fi = n % 2 == 1
        lang, titles, sents = ("fi", FI, SENT_FI) if fi else ("en", EN, SENT_EN)
        items = []
        for i in range(20):
            t = titles[(n + i) % len(titles)]
            day, month = 1 + (n * 3 + i) % 28, 1 + (n + i) % 12
            summary = " ".join(sents[(n + i + k) % len(sents)] for k in range(3 + (n + i) % 3))
            items.append(f"""    <li class="news-item" data-id="{n}-{i}">
      <div class="news-item__image"><img src="/documents/{n}/{i}/thumb.jpg" alt="" loading="lazy" width="320" height="180"></div>
      <div class="news-item__body">
        <h3 class="news-item__title"><a href="/{lang}/-/item-{n}-{i}?utm_source=listing">{t} {n}-{i}</a></h3>
        <div class="meta"><span class="date">{day}.{month}.2024</span> | <span class="type">News</span></div>
        <p class="summary">{summary}</p>
        <p class="news-item__more"><a href="/{lang}/-/item-{n}-{i}">Read more <span aria-hidden="true">&rsaquo;</span></a></p>
      </div>
    </li>
""")
        head = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
                f"<title>Information for authorities | Kotoutuminen.fi</title>\n<script>\n"
                + "".join(f"Liferay.Loader.addModule({{ name: 'frontend-js-module-{k}', dependencies: "
                          f"['frontend-js-web'], path: '/o/js/resolved-module/frontend-js-module-{k}/index.js' }});\n"
                          for k in range(40))
                + '</script>\n</head>\n<body>\n<header><nav class="main-nav"><ul class="nav">\n')
        foot = ('</ul></nav></header>\n<main id="content">\n<h1>Information for authorities</h1>\n'
                '<section class="news-listing">\n  <h2>New for authorities</h2>\n  <ul class="news-list">\n'
                + "".join(items) + "  </ul>\n</section>\n</main>\n<footer><ul>"
                + "".join(f'<li><a href="/{lang}/footer/{k}">{titles[k % len(titles)]}</a></li>\n' for k in range(30))
                + "</ul></footer>\n</body>\n</html>\n")
        nav, k = [], 0
        size = len(head) + len(foot)
        while size < 60 * 1024 - 600:
            entry = (f'<li class="nav-item"><a class="nav-link" href="/{lang}/section-{k}">{titles[k % len(titles)]}</a>'
                     f'<ul class="sub-nav">' + "".join(f'<li class="nav-item"><a href="/{lang}/section-{k}/{j}">'
                                                       f"{titles[j % len(titles)]}</a></li>" for j in range(3))
                     + "</ul></li>\n")
            nav.append(entry)
            size += len(entry)
            k += 1
        with open(os.path.join(pages, f"{n:04}.html"), "w", encoding="utf-8") as f:
            f.write(head + "".join(nav) + foot)


def find_rsspls():
    local = os.path.join(ROOT, "target", "rsspls-0.12.0", "bin", "rsspls")
    for cand in [shutil.which("rsspls"), local]:
        if cand and os.path.exists(cand):
            v = subprocess.run([cand, "--version"], stdout=subprocess.PIPE, text=True).stdout
            if "0.12.0" in v:
                return cand
    log("rsspls 0.12.0 not found: cargo install rsspls --version 0.12.0 --locked ...")
    r = subprocess.run(["cargo", "install", "rsspls", "--version", "0.12.0", "--locked",
                        "--root", os.path.join(ROOT, "target", "rsspls-0.12.0")])
    if r.returncode == 0 and os.path.exists(local):
        return local
    log("SKIPPING rsspls: it could not be installed (see cargo's message above); tidings and the floor still run")
    return None


def free_ports(n):
    socks, ports = [], []
    for _ in range(n):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        socks.append(s)
        ports.append(s.getsockname()[1])
    for s in socks:
        s.close()
    return ports


class Nginx:
    def __init__(self, work, root, ports, workers):
        for tool in ["nginx", "wrk"]:
            if not shutil.which(tool) and not os.path.exists("/usr/sbin/" + tool):
                sys.exit(f"{tool} is needed: apt-get install nginx wrk")
        self.dir = os.path.join(work, "nginx")
        os.makedirs(os.path.join(self.dir, "tmp"), exist_ok=True)
        listens = "\n".join(f"    listen 127.0.0.1:{p};" for p in ports)
        user = "user root;" if os.geteuid() == 0 else ""
        tmp = os.path.join(self.dir, "tmp")
        conf = f"""{user}
daemon off;
worker_processes {workers};
pid {self.dir}/nginx.pid;
error_log {self.dir}/error.log;
events {{ worker_connections 8192; }}
http {{
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types {{ text/html html; application/atom+xml atom; }}
  client_body_temp_path {tmp}/b; proxy_temp_path {tmp}/p; fastcgi_temp_path {tmp}/f;
  uwsgi_temp_path {tmp}/u; scgi_temp_path {tmp}/s;
  server {{
{listens}
    root {root};
  }}
}}
"""
        path = os.path.join(self.dir, "nginx.conf")
        with open(path, "w") as f:
            f.write(conf)
        exe = shutil.which("nginx") or "/usr/sbin/nginx"
        self.proc = subprocess.Popen([exe, "-c", path, "-p", self.dir, "-e", os.path.join(self.dir, "error.log")])
        wait_port(ports[0])

    def stop(self):
        self.proc.send_signal(signal.SIGQUIT)
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def wait_port(port, secs=10):
    deadline = time.time() + secs
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    sys.exit(f"nothing listens on 127.0.0.1:{port}")


def measure(cmd, env=None, cwd=None):
    """Runs cmd; returns (wall s, cpu s, peak RSS MB) of that process alone."""
    with tempfile.TemporaryFile() as errf:
        t = time.perf_counter()
        p = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errf)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            errf.seek(0)
            err = errf.read().decode(errors="replace")
            log(f"warning: {cmd[0]} exited {p.returncode}: {err[-400:]}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0


def url_of(k, ports):
    return f"http://127.0.0.1:{ports[k % len(ports)]}/{k % PAGES:04}.html?s={k}"


def tidings_config(path, db, n, ports, listen="127.0.0.1:9"):
    with open(path, "w") as f:
        f.write(f"""[server]
listen = "{listen}"
base_url = "http://localhost:8080"
[storage]
path = "{db}"
[mail]
transport = "file"
outbox_dir = "{os.path.dirname(db)}/outbox"
[fetch]
concurrency = 32
per_host_interval = "0s"
robots_txt = false
timeout = "30s"
[[feed]]
id = "all"
title = "All news"
sources = ["*"]
""")
        for k in range(n):
            f.write(f"""[[source]]
id = "s{k:05}"
url = "{url_of(k, ports)}"
language = "auto"
[source.select]
item = "{ITEM}"
title = "h3, h2, .title"
link = "a@href"
date = ".date, time, .news-date"
summary = "p, .summary"
""")


def rsspls_config(path, out, n, ports):
    with open(path, "w") as f:
        f.write(f'[rsspls]\noutput = "{out}"\n')
        for k in range(n):
            f.write(f"""[[feed]]
title = "s{k:05}"
filename = "s{k:05}.rss"
[feed.config]
url = "{url_of(k, ports)}"
item = "{ITEM}"
heading = "h3, h2, .title"
link = "a"
summary = "p, .summary"
date = {{ selector = ".date, time, .news-date", type = "Date", format = "[day padding:none].[month padding:none].[year]" }}
""")


def med(rows, key, i):
    vals = [r[key][i] for r in rows if key in r]
    return statistics.median(vals) if vals else None


def scrape(args):
    tidings, bench = build(not args.no_floor)
    rsspls = find_rsspls()
    work = tempfile.mkdtemp(prefix="tidings-versus-")
    os.chmod(work, 0o755)
    pages = os.path.join(work, "pages")
    write_pages(pages)
    ports = free_ports(args.origins)
    nginx = Nginx(work, pages, ports, workers=1)
    env = {**os.environ, "TIDINGS_LOG": "error"}
    rows = []
    try:
        for r in range(args.rounds):
            row = {}
            rd = os.path.join(work, f"round{r}")
            os.makedirs(rd)
            cfg = os.path.join(rd, "tidings.toml")
            tidings_config(cfg, os.path.join(rd, "tidings.db"), args.sources, ports)
            steps = [("floor", None)] if bench else []
            steps.append(("tidings", lambda: measure([tidings, "--config", cfg, "scrape"], env)))
            if rsspls:
                rcfg = os.path.join(rd, "feeds.toml")
                rsspls_config(rcfg, os.path.join(rd, "rss"), args.sources, ports)
                renv = {**env, "XDG_CACHE_HOME": os.path.join(rd, "cache"), "RUST_LOG": "error"}
                steps.append(("rsspls", lambda: measure([rsspls, "--config", rcfg], renv)))
            # Interleave: every other round runs them in reverse order.
            order = steps if r % 2 == 0 else list(reversed(steps))
            for name, run in order:
                if name == "floor":
                    fenv = {**os.environ, "TIDINGS_BENCH_MODE": "floor", "TIDINGS_BENCH_DIR": work}
                    wall, cpu, rss = measure([bench], fenv)
                    scale = args.sources / PAGES
                    row["floor"] = (wall * scale, cpu * scale, rss)
                else:
                    row[name + " cold"] = run()
            for name, run in order:  # warm: the same again, every page 304
                if name != "floor":
                    row[name + " warm"] = run()
            rows.append(row)
            log(f"round {r + 1}: " + "; ".join(f"{k} {v[0]:.2f}s wall {v[1]:.2f}s cpu {v[2]:.0f} MB"
                                               for k, v in row.items()))
            shutil.rmtree(rd, ignore_errors=True)
    finally:
        nginx.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{args.sources} sources over {args.origins} loopback origins, medians of {args.rounds} interleaved rounds;"
          f" machine: {machine()}\n")
    print("| case | wall | CPU | peak RSS | wall / rsspls | wall / floor |")
    print("|---|---:|---:|---:|---:|---:|")
    floor = med(rows, "floor", 0)
    for key in ["floor", "rsspls cold", "tidings cold", "rsspls warm", "tidings warm"]:
        if not any(key in r for r in rows):
            continue
        w, c, m = med(rows, key, 0), med(rows, key, 1), med(rows, key, 2)
        ref = med(rows, "rsspls " + key.split()[-1], 0) if key != "floor" else None
        vs_r = f"{w / ref:.2f}" if ref else ""
        vs_f = f"{w / floor:.2f}" if floor and key.endswith("cold") else ""
        print(f"| {key} | {w:.3f} s | {c:.3f} s | {m:.0f} MB | {vs_r} | {vs_f} |")
    if floor:
        print(f"\nfloor = the `scraper` parse alone of the same pages read from disk (no HTTP), "
              f"scaled to {args.sources} pages; its peak RSS is for {PAGES} pages.")


def wrk(url, seconds, header=None):
    cmd = ["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency"]
    if header:
        cmd += ["-H", header]
    out = subprocess.run(cmd + [url], stdout=subprocess.PIPE, text=True, check=True).stdout
    rps = next(float(l.split()[1]) for l in out.splitlines() if l.startswith("Requests/sec:"))
    bad = [l for l in out.splitlines() if "Non-2xx" in l or "Socket errors" in l]
    if bad:
        log(f"wrk {url}: {bad}")
    return rps


def head(url, etag=None):
    req = urllib.request.Request(url, headers={"If-None-Match": etag} if etag else {})
    try:
        with urllib.request.urlopen(req) as resp:
            return resp.status, resp.headers.get("ETag"), resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("ETag"), b""


def serve(args):
    tidings, _ = build(False)
    work = tempfile.mkdtemp(prefix="tidings-serve-")
    os.chmod(work, 0o755)
    pages = os.path.join(work, "pages")
    write_pages(pages)
    nport, tport = free_ports(2)
    nginx = Nginx(work, pages, [nport], workers=2)
    env = {**os.environ, "TIDINGS_LOG": "error"}
    cfg = os.path.join(work, "tidings.toml")
    tidings_config(cfg, os.path.join(work, "tidings.db"), PAGES, [nport], listen=f"127.0.0.1:{tport}")
    log("storing 20,000 items ...")
    subprocess.run([tidings, "--config", cfg, "scrape"], env=env, check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen([tidings, "--config", cfg, "serve"], env=env)
    results = {}
    try:
        wait_port(tport)
        turl = f"http://127.0.0.1:{tport}/feeds/all.atom"
        status, tetag, body = head(turl)
        assert status == 200, status
        with open(os.path.join(pages, "all.atom"), "wb") as f:
            f.write(body)
        nurl = f"http://127.0.0.1:{nport}/all.atom"
        _, netag, nbody = head(nurl)
        assert len(nbody) == len(body)
        assert head(turl, tetag)[0] == 304 and head(nurl, netag)[0] == 304
        cases = [("tidings 200", turl, None), ("nginx 200", nurl, None),
                 ("tidings 304", turl, f"If-None-Match: {tetag}"), ("nginx 304", nurl, f"If-None-Match: {netag}")]
        for r in range(args.rounds):
            order = cases if r % 2 == 0 else list(reversed(cases))
            for name, url, h in order:
                results.setdefault(name, []).append(wrk(url, args.seconds, h))
            log(f"round {r + 1}: " + ", ".join(f"{n} {v[-1]:.0f}/s" for n, v in results.items()))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(15)
        nginx.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n/feeds/all.atom ({len(body) / 1024:.0f} KB, 20,000 items stored) vs nginx serving the same bytes"
          f" as a static file; wrk -t2 -c64 -d{args.seconds}s, medians of {args.rounds} interleaved rounds;"
          f" machine: {machine()}\n")
    print("| case | nginx req/s | tidings req/s | tidings / nginx |")
    print("|---|---:|---:|---:|")
    for code in ["200", "304"]:
        n = statistics.median(results[f"nginx {code}"])
        t = statistics.median(results[f"tidings {code}"])
        print(f"| GET → {code} | {n:,.0f} | {t:,.0f} | {t / n:.2f} |")


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model}"


def origins(args):
    """Serves the generated pages until interrupted and writes a tidings config per --sources count,
    for profiling one `tidings scrape` by hand (heaptrack, massif, perf) on the bench's own origins."""
    work = args.dir or tempfile.mkdtemp(prefix="tidings-versus-")
    os.makedirs(work, exist_ok=True)
    os.chmod(work, 0o755)
    pages = os.path.join(work, "pages")
    write_pages(pages)
    ports = free_ports(args.origins)
    nginx = Nginx(work, pages, ports, workers=1)
    for n in args.sources:
        cfg = os.path.join(work, f"tidings-{n}.toml")
        tidings_config(cfg, os.path.join(work, f"db-{n}", "tidings.db"), n, ports)
        print(f"{n} sources: {cfg} (database {os.path.join(work, f'db-{n}')}; remove it for a cold run)", flush=True)
    print(f"serving on 127.0.0.1 ports {ports[0]}..; Ctrl-C (or SIGTERM) stops", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        nginx.stop()


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="what", required=True)
    s = sub.add_parser("scrape")
    s.add_argument("--sources", type=int, default=1000)
    s.add_argument("--origins", type=int, default=20)
    s.add_argument("--rounds", type=int, default=3)
    s.add_argument("--no-floor", action="store_true",
                   help="skip the scraper floor (it needs the pipeline benchmark built, dev-dependencies included)")
    v = sub.add_parser("serve")
    v.add_argument("--rounds", type=int, default=3)
    v.add_argument("--seconds", type=int, default=5)
    o = sub.add_parser("origins", help="serve the pages and write configs, for profiling by hand")
    o.add_argument("--sources", type=int, nargs="+", default=[100, 1000, 5000])
    o.add_argument("--origins", type=int, default=20)
    o.add_argument("--dir", help="work folder (default: a new temporary one)")
    args = p.parse_args()
    {"scrape": scrape, "serve": serve, "origins": origins}[args.what](args)


if __name__ == "__main__":
    main()

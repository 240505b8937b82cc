//! Mail benchmark: queue and send one daily digest to each of 10,000
//! subscribers through a real SMTP server on loopback.
//!
//! `cargo bench --bench mail` prints, as medians over rounds:
//! - queue: deciding and rendering 10,000 digests into the outbox (SQLite file);
//! - send: handing them to the SMTP server with pooled connections and marking each sent;
//! - floor: the same number of pre-built messages sent one after another on
//!   one connection with lettre's SMTP client (no database, no rendering),
//!   measured in the same run;
//!
//! and the peak memory (VmHWM) of a process doing queue + send, and of one doing the floor.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use mailin_embedded::response::{self, Response};
use mailin_embedded::{Handler, Server};

const SUBSCRIBERS: usize = 10_000;

fn subscribers() -> usize {
    std::env::var("TIDINGS_BENCH_SUBSCRIBERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(SUBSCRIBERS)
}
const ROUNDS: usize = 3;

/// An SMTP server that only counts what it accepts.
#[derive(Clone)]
struct Counter(Arc<AtomicUsize>);

impl Handler for Counter {
    fn data_end(&mut self) -> Response {
        self.0.fetch_add(1, Ordering::Relaxed);
        response::OK
    }
}

fn smtp() -> (SocketAddr, Arc<AtomicUsize>) {
    // Replies go out at once (TCP_NODELAY, inherited by accepted sockets on Linux):
    // without it every exchange on loopback waits ~40 ms for a delayed ACK.
    let socket =
        socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).expect("socket");
    socket.set_tcp_nodelay(true).expect("nodelay");
    socket
        .bind(&SocketAddr::from(([127, 0, 0, 1], 0)).into())
        .expect("bind");
    socket.listen(128).expect("listen");
    let listener: std::net::TcpListener = socket.into();
    let addr = listener.local_addr().expect("addr");
    let count = Arc::new(AtomicUsize::new(0));
    let mut server = Server::new(Counter(count.clone()));
    server.with_num_threads(8).with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (addr, count)
}

fn peak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn config(dir: &std::path::Path, smtp: SocketAddr) -> tidings::config::Config {
    let text = format!(
        r#"[server]
base_url = "http://bench.test"
[storage]
path = "{db}"
[mail]
from = "Tidings <tidings@bench.test>"
transport = "smtp"
smtp_host = "127.0.0.1"
smtp_port = {port}
secret = "a bench secret of enough length"
[[source]]
id = "news"
title = "Bench news"
url = "http://127.0.0.1:9/news"
kind = "feed"
"#,
        db = dir.join("bench.db").display(),
        port = smtp.port()
    );
    tidings::config::Config::parse(&text, std::path::Path::new("bench.toml"))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn items(n: usize, from: usize) -> Vec<tidings::extract::Item> {
    (from..from + n)
        .map(|i| tidings::extract::Item {
            raw_hash: None,
            seen_as_before: false,
            identity: format!("https://bench.test/news/{i}"),
            title: format!("News item number {i}: applications are open"),
            link: format!("https://bench.test/news/{i}"),
            summary: Some(format!(
                "<p>Item {i}. Applications must be submitted no later than 18 February 2030. \
                 The info session is held on 3 February 2030 in Helsinki.</p>"
            )),
            text: Some(format!(
                "Item {i}. Applications must be submitted no later than 18 February 2030. \
                 The info session is held on 3 February 2030 in Helsinki."
            )),
            published: Utc.timestamp_opt(1_900_000_000 + i as i64, 0).single(),
            body: None,
            mentions: Vec::new(),
        })
        .collect()
}

/// One round of queue + send; returns (queue seconds, send seconds).
async fn round(smtp_addr: SocketAddr, received: &AtomicUsize) -> (f64, f64) {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = Arc::new(config(dir.path(), smtp_addr));
    let mut store = tidings::store::Store::open(&config.storage.path).expect("store");
    let v = tidings::store::Validators::default();
    let start = Utc
        .with_ymd_and_hms(2030, 1, 6, 12, 0, 0)
        .single()
        .expect("time");
    store
        .apply_scrape("news", "f", &v, &items(1, 0), start)
        .expect("baseline");
    store
        .in_transaction(|s| {
            for i in 0..subscribers() {
                let req = tidings::notify::Request {
                    email: format!("reader{i}@bench.test"),
                    feeds: Vec::new(),
                    mode: tidings::notify::Mode::Daily,
                    reminders: false,
                    lang: tidings::lang::Lang::En,
                    filter: tidings::filter::Filter::default(),
                };
                tidings::notify::add_confirmed(s, &config, &req, start)?;
            }
            Ok::<_, tidings::notify::NotifyError>(())
        })
        .expect("subscribers");
    store
        .apply_scrape("news", "f", &v, &items(5, 1), start)
        .expect("new items");
    let db = tidings::store::Db::new(store);
    let notifier = tidings::notify::Notifier::new(&db, &config)
        .await
        .expect("notifier");
    // The next 07:00 in Helsinki after `start`.
    let seven = Utc
        .with_ymd_and_hms(2030, 1, 7, 5, 0, 0)
        .single()
        .expect("time");

    let t = Instant::now();
    let cfg = config.clone();
    let renderer = notifier.renderer.clone();
    let signer = notifier.signer.clone();
    let queued = db
        .run(move |s| {
            let ctx = tidings::notify::Ctx {
                config: &cfg,
                signer: &signer,
                renderer: &renderer,
            };
            tidings::notify::queue_due(s, &ctx, seven)
        })
        .await
        .expect("join")
        .expect("queue");
    let queue_secs = t.elapsed().as_secs_f64();
    assert_eq!(queued.digests, subscribers());

    let before = received.load(Ordering::Relaxed);
    let t = Instant::now();
    let sent = tidings::notify::send_due(&db, &notifier.mailer, &config.mail.from, seven)
        .await
        .expect("send");
    let send_secs = t.elapsed().as_secs_f64();
    assert_eq!(sent.sent, subscribers(), "{sent:?}");
    // The server counts at end of DATA; give its threads a moment to catch up.
    let deadline = Instant::now() + Duration::from_secs(5);
    while received.load(Ordering::Relaxed) - before < subscribers() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    (queue_secs, send_secs)
}

fn prebuilt() -> Message {
    Message::builder()
        .from("Tidings <tidings@bench.test>".parse().expect("from"))
        .to("reader@bench.test".parse().expect("to"))
        .subject("Daily digest")
        .body("a digest of about this size ".repeat(100))
        .expect("message")
}

/// The floor: the same number of pre-built messages, one after another on one
/// connection with lettre's SMTP client (TCP_NODELAY set) — no database, no rendering.
async fn floor(smtp_addr: SocketAddr) -> f64 {
    let stream = tokio::net::TcpStream::connect(smtp_addr)
        .await
        .expect("connect");
    stream.set_nodelay(true).expect("nodelay");
    let hello = lettre::transport::smtp::extension::ClientId::default();
    let mut conn = lettre::transport::smtp::client::AsyncSmtpConnection::connect_with_transport(
        Box::new(stream),
        &hello,
    )
    .await
    .expect("smtp");
    let message = prebuilt();
    let bytes = message.formatted();
    let t = Instant::now();
    for _ in 0..subscribers() {
        conn.send(message.envelope(), &bytes).await.expect("send");
    }
    t.elapsed().as_secs_f64()
}

/// lettre's stock pooled transport, for comparison: it writes a message and its
/// final dot separately without TCP_NODELAY, so each message waits for a delayed ACK.
async fn stock_lettre(smtp_addr: SocketAddr, n: usize) -> f64 {
    let transport = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous("127.0.0.1")
        .port(smtp_addr.port())
        .pool_config(lettre::transport::smtp::PoolConfig::new().max_size(4))
        .build();
    let message = prebuilt();
    let t = Instant::now();
    for _ in 0..n {
        transport.send(message.clone()).await.expect("send");
    }
    n as f64 / t.elapsed().as_secs_f64()
}

fn child(mode: &str) -> String {
    let exe = std::env::current_exe().expect("exe");
    let out = std::process::Command::new(exe)
        .env("TIDINGS_BENCH_MODE", mode)
        .output()
        .expect("run child");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[tokio::main]
async fn main() {
    tidings::fetch::install_crypto();
    let (addr, received) = smtp();
    match std::env::var("TIDINGS_BENCH_MODE").as_deref() {
        Ok("ours") => {
            round(addr, &received).await;
            println!("{:.1}", peak_mb());
            return;
        }
        Ok("floor") => {
            floor(addr).await;
            println!("{:.1}", peak_mb());
            return;
        }
        _ => {}
    }
    let mut queue = Vec::new();
    let mut send = Vec::new();
    let mut floors = Vec::new();
    for r in 0..ROUNDS {
        let (q, s) = round(addr, &received).await;
        let f = floor(addr).await;
        println!(
            "round {}: queue {:.0} digests/s, send {:.0} msgs/s, floor {:.0} msgs/s",
            r + 1,
            subscribers() as f64 / q,
            subscribers() as f64 / s,
            subscribers() as f64 / f
        );
        queue.push(q);
        send.push(s);
        floors.push(f);
    }
    let (q, s, f) = (median(queue), median(send), median(floors));
    let n = subscribers() as f64;
    println!(
        "\n{} daily digests, median of {ROUNDS} rounds:",
        subscribers()
    );
    println!(
        "  queue (decide + render + insert): {:>8.0} digests/s  ({q:.2} s)",
        n / q
    );
    println!(
        "  send (SMTP, pooled, mark sent):   {:>8.0} msgs/s     ({s:.2} s)",
        n / s
    );
    println!(
        "  queue + send end to end:          {:>8.0} msgs/s     ({:.2} s)",
        n / (q + s),
        q + s
    );
    println!(
        "  floor (one connection, no DB):    {:>8.0} msgs/s     ({f:.2} s)",
        n / f
    );
    println!("  send / floor time ratio:          {:>8.2}", s / f);
    println!(
        "  lettre's stock pool (200 msgs):   {:>8.0} msgs/s",
        stock_lettre(addr, 200).await
    );
    println!(
        "  peak memory, queue + send:        {:>8} MB",
        child("ours")
    );
    println!(
        "  peak memory, floor:               {:>8} MB",
        child("floor")
    );
}

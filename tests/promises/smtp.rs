//! A real SMTP server (mailin-embedded) on 127.0.0.1:0, run on its own thread,
//! that keeps what it receives and can be told to refuse.

use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use mailin_embedded::response::{self, Response};
use mailin_embedded::{Handler, Server};

/// One message as the server received it.
#[derive(Clone, Debug)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: Vec<u8>,
}

impl Received {
    pub fn parsed(&self) -> mailparse::ParsedMail<'_> {
        mailparse::parse_mail(&self.data).expect("a parseable message")
    }

    pub fn header(&self, name: &str) -> Option<String> {
        use mailparse::MailHeaderMap;
        self.parsed().headers.get_first_value(name)
    }

    pub fn subject(&self) -> String {
        self.header("Subject").unwrap_or_default()
    }

    /// (text/plain body, text/html body), decoded.
    pub fn bodies(&self) -> (String, String) {
        let parsed = self.parsed();
        let mut text = String::new();
        let mut html = String::new();
        for part in parsed.parts() {
            match part.ctype.mimetype.as_str() {
                "text/plain" => text = part.get_body().unwrap_or_default(),
                "text/html" => html = part.get_body().unwrap_or_default(),
                _ => {}
            }
        }
        (text, html)
    }
}

#[derive(Clone, Default)]
struct Shared {
    inbox: Arc<Mutex<Vec<Received>>>,
    refuse: Arc<Mutex<HashSet<String>>>,
    fail_data: Arc<AtomicU32>,
    /// Milliseconds to wait before accepting each message.
    slow_ms: Arc<AtomicU32>,
}

#[derive(Clone)]
struct Mailbox {
    shared: Shared,
    from: String,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Mailbox {
    fn rcpt(&mut self, to: &str) -> Response {
        if self.shared.refuse.lock().unwrap().contains(to) {
            // As real servers do, the refusal names the address.
            Response::custom(
                550,
                format!("5.1.1 <{to}>: Recipient address rejected: no such user here"),
            )
        } else {
            response::OK
        }
    }

    fn data_start(&mut self, _domain: &str, from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.from = from.to_string();
        self.to = to.to_vec();
        self.data.clear();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let slow = self.shared.slow_ms.load(Ordering::SeqCst);
        if slow > 0 {
            std::thread::sleep(std::time::Duration::from_millis(u64::from(slow)));
        }
        let fail = self.shared.fail_data.load(Ordering::SeqCst);
        if fail > 0 {
            self.shared.fail_data.store(fail - 1, Ordering::SeqCst);
            return Response::custom(421, "4.3.2 try again later".into());
        }
        self.shared.inbox.lock().unwrap().push(Received {
            from: self.from.clone(),
            to: self.to.clone(),
            data: std::mem::take(&mut self.data),
        });
        response::OK
    }

    fn helo(&mut self, _ip: IpAddr, _domain: &str) -> Response {
        response::OK
    }
}

/// The running server; it lives until the test process ends.
#[derive(Clone)]
pub struct Smtp {
    pub addr: SocketAddr,
    shared: Shared,
}

impl Smtp {
    pub fn start() -> Smtp {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind smtp");
        let addr = listener.local_addr().expect("smtp addr");
        let shared = Shared::default();
        let handler = Mailbox {
            shared: shared.clone(),
            from: String::new(),
            to: Vec::new(),
            data: Vec::new(),
        };
        let mut server = Server::new(handler);
        server.with_name("smtp.test").with_tcp_listener(listener);
        // serve() blocks and its error is not Send: its own thread.
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        Smtp { addr, shared }
    }

    pub fn received(&self) -> Vec<Received> {
        self.shared.inbox.lock().unwrap().clone()
    }

    pub fn to(&self, rcpt: &str) -> Vec<Received> {
        self.received()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t == rcpt))
            .collect()
    }

    pub fn refuse(&self, rcpt: &str) {
        self.shared.refuse.lock().unwrap().insert(rcpt.to_string());
    }

    /// Each message is accepted only after `ms` milliseconds.
    pub fn slow(&self, ms: u32) {
        self.shared.slow_ms.store(ms, Ordering::SeqCst);
    }

    /// The next `n` messages get 421 at the end of DATA.
    pub fn fail_next(&self, n: u32) {
        self.shared.fail_data.store(n, Ordering::SeqCst);
    }

    /// The `[mail]` lines that send through this server.
    pub fn mail_config(&self) -> String {
        format!(
            "transport = \"smtp\"\nsmtp_host = \"127.0.0.1\"\nsmtp_port = {}\nsmtp_tls = \"none\"\nsmtp_timeout = \"5s\"\n",
            self.addr.port()
        )
    }
}

/// A fixture site, a config with one listing source `news` at `/news`, and
/// its mail sent to a real SMTP server: what every mail promise starts from.
pub async fn news_with_mail() -> (crate::common::Site, crate::common::Env, Smtp) {
    let site = crate::common::Site::start().await;
    let env = crate::common::Env::new();
    let smtp = Smtp::start();
    env.write_config_with_mail(
        &smtp.mail_config(),
        &crate::common::html_source("news", &site.url("/news")),
    );
    (site, env, smtp)
}

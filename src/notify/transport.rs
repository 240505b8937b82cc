//! Handing mail to a transport: SMTP (pooled, with TLS and auth as configured)
//! or files (one `.eml` per message in `outbox_dir`).
//!
//! Owns: building the MIME message from an outbox row, and telling a
//! permanent refusal (never retried) from a transient one (retried later).

use lettre::address::Envelope;
use lettre::message::dkim::{dkim_sign, DkimConfig, DkimSigningAlgorithm, DkimSigningKey};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::{Mail, SmtpTls, Transport};

pub use crate::store::outbox::Outgoing;

#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The server refused this message for good (5xx), or it can never be built.
    #[error("{0}")]
    Permanent(String),
    /// Try again later (4xx, timeouts).
    #[error("{0}")]
    Transient(String),
    /// The server could not be reached at all: stop this run, keep everything queued.
    #[error("{0}")]
    Unreachable(String),
}

pub struct Mailer {
    transport: Inner,
    dkim: Option<DkimConfig>,
}

enum Inner {
    /// Plain or STARTTLS: our own small pool of connections with TCP_NODELAY set.
    Pool(SmtpPool),
    /// Implicit TLS (port 465): lettre's pooled transport.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    File(AsyncFileTransport<Tokio1Executor>, std::path::PathBuf),
}

/// Idle SMTP connections, reused from mail to mail.
///
/// Why not lettre's own pool for plain and STARTTLS connections: lettre writes
/// a message and its final `.` in two writes and then waits for the reply;
/// with Nagle's algorithm on, the second write waits for the server's delayed
/// ACK — about 40 ms a message, 25 messages a second per connection. Our
/// sockets set TCP_NODELAY and are handed to lettre's SMTP client as they are.
struct SmtpPool {
    host: String,
    port: u16,
    starttls: bool,
    credentials: Option<Credentials>,
    timeout: std::time::Duration,
    hello: ClientId,
    idle: tokio::sync::Mutex<Vec<AsyncSmtpConnection>>,
}

/// At most this many idle connections are kept.
const POOL_IDLE: usize = 4;

impl SmtpPool {
    async fn connect(&self) -> Result<AsyncSmtpConnection, SendError> {
        let connect = async {
            let stream = tokio::net::TcpStream::connect((self.host.as_str(), self.port))
                .await
                .map_err(|e| {
                    SendError::Unreachable(format!("unable to reach the mail server: {e}"))
                })?;
            let _ = stream.set_nodelay(true);
            let mut conn =
                AsyncSmtpConnection::connect_with_transport(Box::new(stream), &self.hello)
                    .await
                    .map_err(classify)?;
            if self.starttls {
                let params = TlsParameters::new(self.host.clone()).map_err(classify)?;
                conn.starttls(params, &self.hello).await.map_err(classify)?;
            }
            if let Some(c) = &self.credentials {
                conn.auth(&[Mechanism::Plain, Mechanism::Login], c)
                    .await
                    .map_err(classify)?;
            }
            Ok(conn)
        };
        tokio::time::timeout(self.timeout, connect)
            .await
            .unwrap_or_else(|_| {
                Err(SendError::Unreachable(format!(
                    "unable to reach the mail server: no answer within {} s",
                    self.timeout.as_secs()
                )))
            })
    }

    async fn send(&self, envelope: &Envelope, bytes: &[u8]) -> Result<(), SendError> {
        let idle = self.idle.lock().await.pop();
        if let Some(mut conn) = idle {
            match tokio::time::timeout(self.timeout, conn.send(envelope, bytes)).await {
                Ok(Ok(_)) => {
                    self.keep(conn).await;
                    return Ok(());
                }
                // The server answered with a code: that is this message's answer.
                Ok(Err(e)) if e.is_permanent() || e.is_transient() => return Err(classify(e)),
                // A connection that went stale while idle fails at once: try once more on a fresh one.
                Ok(Err(_)) => {}
                // A server that went quiet mid-message may have taken it: no second try now
                // (the outbox retries later, with the same Message-ID).
                Err(_) => {
                    return Err(SendError::Transient(format!(
                        "the mail server did not answer within {} s",
                        self.timeout.as_secs()
                    )))
                }
            }
        }
        let mut conn = self.connect().await?;
        match tokio::time::timeout(self.timeout, conn.send(envelope, bytes)).await {
            Ok(Ok(_)) => {
                self.keep(conn).await;
                Ok(())
            }
            // After a refusal lettre has already closed the connection; it is dropped.
            Ok(Err(e)) => Err(classify(e)),
            Err(_) => Err(SendError::Transient(format!(
                "the mail server did not answer within {} s",
                self.timeout.as_secs()
            ))),
        }
    }

    async fn keep(&self, conn: AsyncSmtpConnection) {
        let mut idle = self.idle.lock().await;
        if idle.len() < POOL_IDLE && !conn.has_broken() {
            idle.push(conn);
        }
    }
}

fn dkim_config(mail: &Mail) -> anyhow::Result<Option<DkimConfig>> {
    let Some(d) = &mail.dkim else {
        return Ok(None);
    };
    let algorithm = if d.rsa {
        DkimSigningAlgorithm::Rsa
    } else {
        DkimSigningAlgorithm::Ed25519
    };
    let key = DkimSigningKey::new(d.key.expose(), algorithm)
        .map_err(|e| anyhow::anyhow!("the DKIM key is not usable: {e:?}"))?;
    Ok(Some(DkimConfig::default_config(
        d.selector.clone(),
        d.domain.clone(),
        key,
    )))
}

impl Mailer {
    pub fn new(mail: &Mail) -> anyhow::Result<Mailer> {
        crate::fetch::install_crypto();
        Ok(Mailer {
            transport: Mailer::transport(mail)?,
            dkim: dkim_config(mail)?,
        })
    }

    fn transport(mail: &Mail) -> anyhow::Result<Inner> {
        match &mail.transport {
            Transport::File { outbox_dir } => {
                std::fs::create_dir_all(outbox_dir).map_err(|e| {
                    anyhow::anyhow!(
                        "unable to create the mail folder {}: {e}",
                        outbox_dir.display()
                    )
                })?;
                Ok(Inner::File(
                    AsyncFileTransport::new(outbox_dir),
                    outbox_dir.clone(),
                ))
            }
            Transport::Smtp {
                host,
                port,
                tls,
                user,
                password,
                timeout,
            } => {
                let credentials = match (user, password) {
                    (Some(u), Some(p)) => Some(Credentials::new(
                        u.expose().to_string(),
                        p.expose().to_string(),
                    )),
                    _ => None,
                };
                if *tls != SmtpTls::Tls {
                    return Ok(Inner::Pool(SmtpPool {
                        host: host.clone(),
                        port: *port,
                        starttls: *tls == SmtpTls::StartTls,
                        credentials,
                        timeout: *timeout,
                        hello: ClientId::default(),
                        idle: tokio::sync::Mutex::new(Vec::new()),
                    }));
                }
                let params = TlsParameters::new(host.clone())
                    .map_err(|e| anyhow::anyhow!("unable to set up TLS for {host}: {e}"))?;
                let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host.as_str())
                    .port(*port)
                    .timeout(Some(*timeout))
                    .pool_config(PoolConfig::new().max_size(4))
                    .tls(Tls::Wrapper(params));
                if let Some(c) = credentials {
                    b = b.credentials(c);
                }
                Ok(Inner::Smtp(b.build()))
            }
        }
    }

    pub async fn send(&self, from: &str, mail: &Outgoing) -> Result<(), SendError> {
        let mut message = build(from, mail)?;
        if let Some(dkim) = &self.dkim {
            dkim_sign(&mut message, dkim);
        }
        match &self.transport {
            Inner::File(t, dir) => t.send(message).await.map(|_| ()).map_err(|e| {
                SendError::Unreachable(format!("unable to write mail to {}: {e}", dir.display()))
            }),
            Inner::Smtp(t) => t.send(message).await.map(|_| ()).map_err(classify),
            Inner::Pool(pool) => pool.send(message.envelope(), &message.formatted()).await,
        }
    }
}

fn classify(e: lettre::transport::smtp::Error) -> SendError {
    let text = e.to_string();
    if e.is_permanent() {
        SendError::Permanent(format!("the mail server refused it: {text}"))
    } else if e.is_transient() || e.is_timeout() {
        SendError::Transient(format!("the mail server said try later: {text}"))
    } else if e.is_response() {
        // A reply we could not read, or a connection dropped mid-message: try again later.
        SendError::Transient(format!("the mail server connection failed: {text}"))
    } else {
        SendError::Unreachable(format!("unable to reach the mail server: {text}"))
    }
}

fn build(from: &str, mail: &Outgoing) -> Result<Message, SendError> {
    let from: Mailbox = from
        .parse()
        .map_err(|e| SendError::Permanent(format!("the sender address is not valid: {e}")))?;
    let to: Mailbox = mail
        .recipient
        .parse()
        .map_err(|e| SendError::Permanent(format!("the recipient address is not valid: {e}")))?;
    let mut b = Message::builder()
        .from(from)
        .to(to)
        .subject(mail.subject.clone())
        .message_id(Some(mail.message_id.clone()))
        .date(mail.created.into());
    for (name, value) in &mail.headers {
        let Ok(name) = HeaderName::new_from_ascii(name.clone()) else {
            continue;
        };
        b = b.raw_header(HeaderValue::new(name, value.clone()));
    }
    b.multipart(MultiPart::alternative_plain_html(
        mail.text.clone(),
        mail.html.clone(),
    ))
    .map_err(|e| SendError::Permanent(format!("unable to build the message: {e}")))
}

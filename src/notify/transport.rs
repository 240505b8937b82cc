//! Handing mail to a transport: SMTP (pooled, with TLS and auth as configured)
//! or files (one `.eml` per message in `outbox_dir`).
//!
//! Owns: building the MIME message from an outbox row, and telling a
//! permanent refusal (never retried) from a transient one (retried later).

use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::transport::smtp::PoolConfig;
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::{Mail, SmtpTls, Transport};

/// One mail ready to go out, as the outbox keeps it.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub id: i64,
    pub recipient: String,
    pub message_id: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub headers: Vec<(String, String)>,
    pub created: chrono::DateTime<chrono::Utc>,
}

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

pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    File(AsyncFileTransport<Tokio1Executor>, std::path::PathBuf),
}

impl Mailer {
    pub fn new(mail: &Mail) -> anyhow::Result<Mailer> {
        crate::fetch::install_crypto();
        match &mail.transport {
            Transport::File { outbox_dir } => {
                std::fs::create_dir_all(outbox_dir).map_err(|e| {
                    anyhow::anyhow!(
                        "unable to create the mail folder {}: {e}",
                        outbox_dir.display()
                    )
                })?;
                Ok(Mailer::File(
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
                let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host.as_str())
                    .port(*port)
                    .timeout(Some(*timeout))
                    .pool_config(PoolConfig::new().max_size(4));
                let params = || {
                    TlsParameters::new(host.clone())
                        .map_err(|e| anyhow::anyhow!("unable to set up TLS for {host}: {e}"))
                };
                b = match tls {
                    SmtpTls::None => b.tls(Tls::None),
                    SmtpTls::StartTls => b.tls(Tls::Required(params()?)),
                    SmtpTls::Tls => b.tls(Tls::Wrapper(params()?)),
                };
                if let (Some(u), Some(p)) = (user, password) {
                    b = b.credentials(Credentials::new(u.clone(), p.clone()));
                }
                Ok(Mailer::Smtp(b.build()))
            }
        }
    }

    pub async fn send(&self, from: &str, mail: &Outgoing) -> Result<(), SendError> {
        let message = build(from, mail)?;
        match self {
            Mailer::File(t, dir) => t.send(message).await.map(|_| ()).map_err(|e| {
                SendError::Unreachable(format!("unable to write mail to {}: {e}", dir.display()))
            }),
            Mailer::Smtp(t) => t.send(message).await.map(|_| ()).map_err(classify),
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

//! Delivering what is queued for channels over HTTP: one sender per channel,
//! each claiming only its own messages, so a slow or dead receiver holds
//! up nothing but itself — never mail, never another channel.
//!
//! Owns: the request for each kind (URL, method, the signature or token,
//! added here and never stored), and what an answer means: 2xx delivered;
//! 5xx, 408, 429, a timeout or no connection retried with backoff; any
//! other 4xx refused for good, the status and a short excerpt of the answer
//! kept as the reason. Secrets never reach a reason or a log line.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::Sha256;

use super::MAX_ATTEMPTS;
use crate::config::{Channel, ChannelKind, Config};
use crate::store::outbox::{Attempt, OutboxState, Outgoing};
use crate::store::Db;

/// What the senders did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Posted {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
}

impl Posted {
    pub(super) fn add(&mut self, other: &Posted) {
        self.sent += other.sent;
        self.retrying += other.retrying;
        self.failed += other.failed;
    }
}

/// The longest a message waits between tries.
const MAX_RETRY_WAIT: Duration = Duration::hours(6);

/// How long a claimed message is left to its sender before another may take it.
const LEASE: Duration = Duration::minutes(10);

/// How much of a refusal's body is kept as its reason.
const EXCERPT: usize = 200;

/// The header carrying the generic webhook's signature.
pub const SIGNATURE_HEADER: &str = "X-Tidings-Signature";

/// The HTTP client and the channels whose sender is running.
#[derive(Clone)]
pub struct Poster {
    client: reqwest::Client,
    busy: Arc<Mutex<HashSet<String>>>,
}

/// What one delivery came to.
enum Outcome {
    Delivered,
    Retry(String),
    Refused(String),
}

impl Poster {
    /// The one poster of the process: its record of running senders must be
    /// shared by every pass, whatever config or notifier is in force.
    pub fn shared() -> anyhow::Result<&'static Poster> {
        static SHARED: std::sync::OnceLock<Poster> = std::sync::OnceLock::new();
        if let Some(p) = SHARED.get() {
            return Ok(p);
        }
        let fresh = Poster::new()?;
        Ok(SHARED.get_or_init(|| fresh))
    }

    pub fn new() -> anyhow::Result<Poster> {
        crate::fetch::install_crypto();
        let client = reqwest::Client::builder()
            .user_agent(format!("tidings/{}", env!("CARGO_PKG_VERSION")))
            // A webhook that redirects is answered, not followed: the body and
            // its signature were meant for the URL configured.
            .redirect(reqwest::redirect::Policy::none())
            .pool_max_idle_per_host(2)
            .build()
            .map_err(|e| anyhow::anyhow!("unable to build the HTTP client for channels: {e}"))?;
        Ok(Poster {
            client,
            busy: Arc::default(),
        })
    }

    /// Starts a sender for each configured channel that has none running;
    /// each sends what is due at `now` and ends. The handles say what each did.
    pub fn start(
        &self,
        db: &Db,
        config: &Config,
        now: DateTime<Utc>,
    ) -> Vec<tokio::task::JoinHandle<Posted>> {
        let mut handles = Vec::new();
        for channel in &config.channels {
            let fresh = self
                .busy
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(channel.id.clone());
            if !fresh {
                continue;
            }
            let (poster, db, channel) = (self.clone(), db.clone(), channel.clone());
            handles.push(tokio::spawn(async move {
                let posted = poster.post_due(&db, &channel, now).await;
                poster
                    .busy
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .remove(&channel.id);
                posted
            }));
        }
        handles
    }

    /// Starts the senders and waits for them all (`tidings notify`).
    pub async fn post_all(&self, db: &Db, config: &Config, now: DateTime<Utc>) -> Posted {
        let mut total = Posted::default();
        for handle in self.start(db, config, now) {
            if let Ok(p) = handle.await {
                total.add(&p);
            }
        }
        total
    }

    async fn post_due(&self, db: &Db, channel: &Channel, now: DateTime<Utc>) -> Posted {
        let mut report = Posted::default();
        let mut last_id = 0i64;
        loop {
            let id = channel.id.clone();
            let batch = match db
                .run(move |s| s.claim_due_posts(&id, now, 20, LEASE))
                .await
            {
                Ok(Ok(b)) => b,
                Ok(Err(e)) => {
                    tracing::error!(channel = %channel.id, error = %e, "unable to read the channel's queue");
                    return report;
                }
                Err(e) => {
                    tracing::error!(channel = %channel.id, error = %e, "unable to read the channel's queue");
                    return report;
                }
            };
            let batch: Vec<_> = batch.into_iter().filter(|(m, _)| m.id > last_id).collect();
            if batch.is_empty() {
                return report;
            }
            for (message, attempts) in batch {
                last_id = message.id;
                let outcome = self.deliver(channel, &message).await;
                let attempts = attempts + 1;
                let (state, error, next) = match outcome {
                    Outcome::Delivered => {
                        report.sent += 1;
                        (OutboxState::Sent, None, now)
                    }
                    Outcome::Refused(e) => {
                        report.failed += 1;
                        (OutboxState::Failed, Some(e), now)
                    }
                    Outcome::Retry(e) if attempts >= MAX_ATTEMPTS => {
                        report.failed += 1;
                        (OutboxState::Failed, Some(e), now)
                    }
                    Outcome::Retry(e) => {
                        report.retrying += 1;
                        (
                            OutboxState::Queued,
                            Some(e),
                            now + crate::schedule::backoff(attempts, MAX_RETRY_WAIT),
                        )
                    }
                };
                let counter = match state {
                    OutboxState::Sent => "tidings_channel_messages_sent_total",
                    OutboxState::Failed => "tidings_channel_messages_failed_total",
                    _ => "tidings_channel_messages_retried_total",
                };
                crate::metrics::count(counter, 1);
                if let Some(e) = &error {
                    tracing::warn!(channel = %channel.id, outbox_id = message.id, state = state.as_str(), error = %e, "channel message not delivered");
                }
                let attempt = Attempt {
                    state,
                    attempts,
                    error,
                    next,
                };
                let id = message.id;
                if let Err(e) = db.run(move |s| s.record_attempt(id, &attempt)).await {
                    tracing::error!(channel = %channel.id, error = %e, "unable to record a delivery");
                }
            }
        }
    }

    async fn deliver(&self, channel: &Channel, message: &Outgoing) -> Outcome {
        let body = message.text.clone();
        let request = match &channel.kind {
            ChannelKind::Webhook { secret } => {
                let mut r = self
                    .client
                    .post(channel.url.clone())
                    .header("X-Tidings-Delivery", &message.message_id);
                if let Some(secret) = secret {
                    r = r.header(
                        SIGNATURE_HEADER,
                        signature(secret.expose(), body.as_bytes()),
                    );
                }
                r
            }
            ChannelKind::Slack | ChannelKind::Teams => self.client.post(channel.url.clone()),
            ChannelKind::Matrix { room, token } => {
                // The transaction id is the message's own: a retry after a lost
                // answer is the same event to the homeserver, not a second one.
                let mut url = channel.url.clone();
                match url.path_segments_mut() {
                    Ok(mut path) => {
                        path.pop_if_empty().extend([
                            "_matrix",
                            "client",
                            "v3",
                            "rooms",
                            room,
                            "send",
                            "m.room.message",
                            &message.message_id,
                        ]);
                    }
                    Err(()) => {
                        return Outcome::Refused("the homeserver URL cannot take a path".into())
                    }
                }
                self.client.put(url).bearer_auth(token.expose())
            }
            ChannelKind::Ntfy { token } => {
                // JSON publishing goes to the server root; the topic is in the body.
                let root = channel
                    .url
                    .join("./")
                    .unwrap_or_else(|_| channel.url.clone());
                let r = self.client.post(root);
                match token {
                    Some(t) => r.bearer_auth(t.expose()),
                    None => r,
                }
            }
        };
        let mut request = request.timeout(channel.timeout).body(body);
        for (name, value) in &message.headers {
            request = request.header(name, value);
        }
        let secrets = secrets_of(channel);
        match request.send().await {
            Ok(response) => {
                let status = response.status();
                if status.is_success() {
                    return Outcome::Delivered;
                }
                let text = read_excerpt(response).await;
                let reason = redact(
                    &format!(
                        "HTTP {}{}",
                        status,
                        if text.is_empty() {
                            String::new()
                        } else {
                            format!(": {text}")
                        }
                    ),
                    &secrets,
                );
                let code = status.as_u16();
                if status.is_server_error() || code == 408 || code == 429 {
                    Outcome::Retry(reason)
                } else {
                    Outcome::Refused(reason)
                }
            }
            // Without the URL: a Slack or Teams webhook URL is itself the secret.
            Err(e) if e.is_timeout() => Outcome::Retry(format!(
                "no answer within {} s",
                channel.timeout.as_secs_f64()
            )),
            Err(e) => Outcome::Retry(redact(
                &format!(
                    "unable to reach the receiver: {}",
                    error_chain(&e.without_url())
                ),
                &secrets,
            )),
        }
    }
}

/// `sha256=<hex>`: HMAC-SHA256 of the exact body bytes under `secret`.
pub fn signature(secret: &str, body: &[u8]) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes a key of any length"));
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

fn secrets_of(channel: &Channel) -> Vec<String> {
    let mut out = vec![channel.url.to_string()];
    match &channel.kind {
        ChannelKind::Webhook { secret: Some(s) } => out.push(s.expose().to_string()),
        ChannelKind::Matrix { token, .. } | ChannelKind::Ntfy { token: Some(token) } => {
            out.push(token.expose().to_string())
        }
        _ => {}
    }
    out
}

fn redact(text: &str, secrets: &[String]) -> String {
    secrets
        .iter()
        .filter(|s| !s.is_empty())
        .fold(text.to_string(), |t, s| t.replace(s.as_str(), "<redacted>"))
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(&format!(": {s}"));
        source = s.source();
    }
    out
}

/// The start of a refusal's body, on one line: enough to say why.
async fn read_excerpt(mut response: reqwest::Response) -> String {
    let mut bytes = Vec::new();
    while bytes.len() < EXCERPT {
        match response.chunk().await {
            Ok(Some(chunk)) => bytes.extend_from_slice(&chunk),
            _ => break,
        }
    }
    let text = String::from_utf8_lossy(&bytes);
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut cut: String = one_line.chars().take(EXCERPT).collect();
    if one_line.chars().count() > EXCERPT {
        cut.push('…');
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_hmac_sha256_of_the_body_in_hex() {
        // RFC 4231 test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn reasons_never_carry_a_secret() {
        let secrets = vec![
            "https://hooks.slack.com/services/T0/B0/XYZ".to_string(),
            "syt_token".to_string(),
        ];
        assert_eq!(
            redact(
                "HTTP 403: bad token syt_token for https://hooks.slack.com/services/T0/B0/XYZ",
                &secrets
            ),
            "HTTP 403: bad token <redacted> for <redacted>"
        );
    }
}

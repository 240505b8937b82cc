//! Sending what is queued: claimed for a lease, handed to the transport,
//! marked sent right after the server accepted it, retried with backoff.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use super::transport::{Mailer, SendError};
use super::MAX_ATTEMPTS;
use crate::store::outbox::{Attempt, OutboxState};
use crate::store::Db;

/// What one pass of sending did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Sent {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
    /// True when the mail server could not be reached: the rest waits for the next pass.
    pub unreachable: bool,
}

/// The longest a mail waits between tries: the server gets hours to recover.
const MAX_RETRY_WAIT: Duration = Duration::hours(6);

/// How long a claimed mail is left to its sender before another may take it.
const LEASE: Duration = Duration::minutes(10);

/// Sends every queued mail that is due, marking each sent right after the
/// server accepted it. A crash between the two sends that mail again on the
/// next pass, with the same Message-ID.
pub async fn send_due(
    db: &Db,
    mailer: &Mailer,
    from: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<Sent> {
    let mut report = Sent::default();
    let mut last_id = 0i64;
    loop {
        let batch = db.run(move |s| s.claim_due_mail(now, 50, LEASE)).await??;
        let batch: Vec<_> = batch.into_iter().filter(|(m, _)| m.id > last_id).collect();
        if batch.is_empty() {
            break;
        }
        let claimed: Vec<i64> = batch.iter().map(|(m, _)| m.id).collect();
        for (n, (mail, attempts)) in batch.into_iter().enumerate() {
            last_id = mail.id;
            let result = mailer.send(from, &mail).await;
            let id = mail.id;
            // Servers name the address in a refusal ("550 <anna@…>: …"); the
            // reason is logged and listed, the address must not be.
            let result = result.map_err(|e| match e {
                SendError::Permanent(t) => SendError::Permanent(redact(&t, &mail.recipient)),
                SendError::Transient(t) => SendError::Transient(redact(&t, &mail.recipient)),
                SendError::Unreachable(t) => SendError::Unreachable(redact(&t, &mail.recipient)),
            });
            let stop = matches!(result, Err(SendError::Unreachable(_)));
            // An unreachable server is not this message's fault: it keeps its attempts and its turn.
            let attempts = if stop { attempts } else { attempts + 1 };
            let (state, error, next) = match &result {
                Ok(()) => {
                    report.sent += 1;
                    (OutboxState::Sent, None, now)
                }
                Err(SendError::Unreachable(e)) => (OutboxState::Queued, Some(e.clone()), now),
                Err(SendError::Permanent(e)) => {
                    report.failed += 1;
                    (OutboxState::Failed, Some(e.clone()), now)
                }
                Err(SendError::Transient(e)) if attempts >= MAX_ATTEMPTS => {
                    report.failed += 1;
                    (OutboxState::Failed, Some(e.clone()), now)
                }
                Err(SendError::Transient(e)) => {
                    report.retrying += 1;
                    (
                        OutboxState::Queued,
                        Some(e.clone()),
                        now + crate::schedule::backoff(attempts, MAX_RETRY_WAIT),
                    )
                }
            };
            match state {
                OutboxState::Sent => crate::metrics::count("tidings_mails_sent_total", 1),
                OutboxState::Failed => crate::metrics::count("tidings_mails_failed_total", 1),
                _ if !stop => crate::metrics::count("tidings_mails_retried_total", 1),
                _ => {}
            }
            if let Some(e) = &error {
                tracing::warn!(outbox_id = id, state = state.as_str(), error = %e, "mail not sent");
            }
            let attempt = Attempt {
                state,
                attempts,
                error,
                next,
            };
            db.run(move |s| s.record_attempt(id, &attempt)).await??;
            if stop {
                let rest = claimed[n + 1..].to_vec();
                db.run(move |s| s.release_mail(&rest, now)).await??;
                report.unreachable = true;
                return Ok(report);
            }
        }
    }
    Ok(report)
}

/// `text` with every occurrence of the address `addr` (in any case) replaced.
fn redact(text: &str, addr: &str) -> String {
    if addr.is_empty() {
        return text.to_string();
    }
    // ASCII lower-casing keeps every byte where it was, so positions carry over.
    let (lower, needle) = (text.to_ascii_lowercase(), addr.to_ascii_lowercase());
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some(found) = lower[at..].find(&needle) {
        out.push_str(&text[at..at + found]);
        out.push_str("the recipient");
        at += found + needle.len();
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_are_kept_without_the_address() {
        assert_eq!(
            redact(
                "550 5.1.1 <Anna@Example.fi>: rejected; anna@example.fi",
                "anna@example.fi"
            ),
            "550 5.1.1 <the recipient>: rejected; the recipient"
        );
        assert_eq!(redact("421 try later ä", "x@y.z"), "421 try later ä");
    }

    #[test]
    fn mail_backoff_doubles_and_is_capped_at_six_hours() {
        let backoff = |n| crate::schedule::backoff(n, MAX_RETRY_WAIT);
        assert_eq!(backoff(1), Duration::minutes(1));
        assert_eq!(backoff(3), Duration::minutes(4));
        assert_eq!(backoff(30), Duration::hours(6));
    }
}

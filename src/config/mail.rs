//! `[mail]`: the sender, the transport (SMTP or files), digests, reminders
//! and DKIM. Secrets never reach a `Debug` line.

use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use chrono_tz::Tz;
use toml::de::DeValue;

use super::error::Cx;
use super::table::Tab;
use super::values::MAX_TIMEOUT;
use super::{Schedule, DEFAULT_TZ};

#[derive(Clone, Debug)]
pub struct Mail {
    pub from: String,
    pub transport: Transport,
    pub digest_daily: Schedule,
    pub digest_weekly: Schedule,
    pub reminder_days: Vec<u32>,
    pub timezone: Tz,
    /// An address, kept out of logs like the SMTP user.
    pub admin_email: Option<Secret>,
    /// Secret for signing links; when absent one is generated and kept in the database.
    pub secret: Option<Secret>,
    /// Mail templates that override the built-in ones, file by file.
    pub templates_dir: Option<PathBuf>,
    /// DKIM signing, when a key is configured.
    pub dkim: Option<Dkim>,
}

/// A DKIM key and where its public half is published (`<selector>._domainkey.<domain>`).
#[derive(Clone, Debug)]
pub struct Dkim {
    pub selector: String,
    pub domain: String,
    pub rsa: bool,
    /// The private key as read from its file (PKCS#1 PEM for RSA, base64 for Ed25519).
    pub key: Secret,
}

/// A value of the config that must never reach a log line (a password, a
/// private key, the link secret): its `Debug` says only that it is there, so
/// the types that hold one can derive theirs.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: String) -> Secret {
        Secret(value)
    }

    /// The value itself, for the code that signs or logs in with it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt("<redacted>", f)
    }
}

#[derive(Clone, Debug)]
pub enum Transport {
    File {
        outbox_dir: PathBuf,
    },
    Smtp {
        host: String,
        port: u16,
        tls: SmtpTls,
        /// Often an address: kept out of logs like the password.
        user: Option<Secret>,
        password: Option<Secret>,
        timeout: Duration,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    None,
    StartTls,
    Tls,
}

pub(super) fn read_mail(cx: &mut Cx, top: &mut Tab) -> Mail {
    let mut t = top.subtable(cx, "mail");
    let from = match t.string(cx, "from") {
        Some((s, span)) => {
            if s.parse::<lettre::message::Mailbox>().is_err() {
                cx.problem(
                    span,
                    "mail.from",
                    format!(
                        "{s:?} is not a mail address such as \"Tidings <tidings@example.org>\""
                    ),
                );
            }
            s
        }
        None => "Tidings <tidings@localhost>".to_string(),
    };
    let transport_name = t.string(cx, "transport");
    let outbox_dir = t
        .string(cx, "outbox_dir")
        .map(|(s, _)| PathBuf::from(s))
        .unwrap_or_else(|| PathBuf::from("data/outbox"));
    let host = t.string(cx, "smtp_host");
    let port = t.integer(cx, "smtp_port", 1, 65535);
    let tls = t.one_of(
        cx,
        "smtp_tls",
        |s| match s {
            "none" => Some(SmtpTls::None),
            "starttls" => Some(SmtpTls::StartTls),
            "tls" => Some(SmtpTls::Tls),
            _ => None,
        },
        "\"none\", \"starttls\", \"tls\"",
        SmtpTls::None,
    );
    let user = t.string(cx, "smtp_user").map(|(s, _)| Secret::new(s));
    let password = t.string(cx, "smtp_password").map(|(s, _)| Secret::new(s));
    let smtp_timeout = t.duration(cx, "smtp_timeout", Duration::from_secs(30), MAX_TIMEOUT);
    let transport = match transport_name
        .as_ref()
        .map(|(s, sp)| (s.as_str(), sp.clone()))
    {
        None | Some(("file", _)) => Transport::File { outbox_dir },
        Some(("smtp", span)) => {
            let host = match host {
                Some((h, _)) => h,
                None => {
                    cx.problem(
                        span,
                        "mail.smtp_host",
                        "missing (needed when transport = \"smtp\")",
                    );
                    String::new()
                }
            };
            let default_port = match tls {
                SmtpTls::None => 25,
                SmtpTls::StartTls => 587,
                SmtpTls::Tls => 465,
            };
            Transport::Smtp {
                host,
                port: port.map(|p| p as u16).unwrap_or(default_port),
                tls,
                user,
                password,
                timeout: smtp_timeout,
            }
        }
        Some((other, span)) => {
            cx.problem(
                span,
                "mail.transport",
                format!("{other:?} is not one of \"file\", \"smtp\""),
            );
            Transport::File { outbox_dir }
        }
    };
    let digest_daily = t.schedule(cx, "digest_daily", "0 7 * * *");
    let digest_weekly = t.schedule(cx, "digest_weekly", "0 7 * * 1");
    let reminder_days = match t.get("reminder_days") {
        None => vec![7, 1],
        Some(v) => match v.get_ref() {
            DeValue::Array(items) => {
                let mut days = Vec::new();
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::Integer(i) => match i.as_str().parse::<u32>() {
                            Ok(d) if d <= 365 => days.push(d),
                            _ => cx.problem(
                                item.span(),
                                "mail.reminder_days",
                                "expected a number of days from 0 to 365",
                            ),
                        },
                        _ => cx.problem(
                            item.span(),
                            "mail.reminder_days",
                            "expected a number of days from 0 to 365",
                        ),
                    }
                }
                days.sort_unstable_by(|a, b| b.cmp(a));
                days.dedup();
                days
            }
            _ => {
                cx.problem(
                    v.span(),
                    "mail.reminder_days",
                    "expected a list of days such as [7, 1]",
                );
                vec![7, 1]
            }
        },
    };
    let timezone = t.timezone(cx, "timezone", DEFAULT_TZ);
    let admin_email = t.string(cx, "admin_email").map(|(s, span)| {
        if s.parse::<lettre::Address>().is_err() {
            cx.problem(
                span,
                "mail.admin_email",
                format!("{s:?} is not a mail address"),
            );
        }
        Secret::new(s)
    });
    let secret = t.string(cx, "secret").map(|(s, span)| {
        if s.len() < 16 {
            cx.problem(span, "mail.secret", "must be at least 16 characters long");
        }
        Secret::new(s)
    });
    let templates_dir = t.string(cx, "templates_dir").map(|(s, span)| {
        let dir = PathBuf::from(&s);
        if !dir.is_dir() {
            cx.problem(span, "mail.templates_dir", format!("{s:?} is not a folder"));
        }
        dir
    });
    let dkim = read_dkim(cx, &mut t, &from);
    t.finish(cx);
    Mail {
        dkim,
        templates_dir,
        from,
        transport,
        digest_daily,
        digest_weekly,
        reminder_days,
        timezone,
        admin_email,
        secret,
    }
}

fn read_dkim(cx: &mut Cx, t: &mut Tab, from: &str) -> Option<Dkim> {
    let key_file = t.string(cx, "dkim_key");
    let selector = t.string(cx, "dkim_selector");
    let domain = t.string(cx, "dkim_domain").map(|(d, _)| d);
    let rsa = t.one_of(
        cx,
        "dkim_algorithm",
        |a| match a {
            "rsa" => Some(true),
            "ed25519" => Some(false),
            _ => None,
        },
        "\"rsa\", \"ed25519\"",
        true,
    );
    let (path, span) = key_file?;
    let Some((selector, _)) = selector else {
        cx.problem(span, "mail.dkim_selector", "missing (needed with dkim_key)");
        return None;
    };
    let domain = domain.or_else(|| {
        from.parse::<lettre::message::Mailbox>()
            .ok()
            .map(|m| m.email.domain().to_string())
    })?;
    let key = match std::fs::read_to_string(&path) {
        Ok(k) => k.trim().to_string(),
        Err(e) => {
            cx.problem(
                span,
                "mail.dkim_key",
                format!("unable to read {path:?}: {e}"),
            );
            return None;
        }
    };
    let algorithm = if rsa {
        lettre::message::dkim::DkimSigningAlgorithm::Rsa
    } else {
        lettre::message::dkim::DkimSigningAlgorithm::Ed25519
    };
    if lettre::message::dkim::DkimSigningKey::new(&key, algorithm).is_err() {
        cx.problem(
            span,
            "mail.dkim_key",
            format!("{path:?} is not a DKIM private key (RSA: PKCS#1 PEM; Ed25519: the 32-byte key in base64)"),
        );
        return None;
    }
    Some(Dkim {
        selector,
        domain,
        rsa,
        key: Secret::new(key),
    })
}

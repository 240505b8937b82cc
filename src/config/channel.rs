//! `[[channel]]`: chat rooms and webhooks that get items, digests and
//! reminders beside mail — a generic signed webhook, Slack, Microsoft Teams,
//! Matrix and ntfy. Secrets and tokens never reach a `Debug` line.

use std::collections::HashSet;
use std::fmt;
use std::time::Duration;

use url::Url;

use super::error::Cx;
use super::mail::Secret;
use super::source::{read_id, FeedDef, Source};
use super::table::{tables_of, Tab};
use super::values::MAX_TIMEOUT;
use crate::filter::{word_list, Filter};
use crate::lang::Lang;
use crate::store::subscribers::Mode;

/// Where a channel's messages go, and how they are written.
/// Its secrets are `Secret`s, so its `Debug` shows none of them.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum ChannelKind {
    /// A JSON body with the item and its dates, signed with HMAC-SHA256 when a secret is set.
    Webhook { secret: Option<Secret> },
    /// A Slack incoming webhook (also Mattermost, Rocket.Chat and Discord's `/slack` endpoint).
    Slack,
    /// A Microsoft Teams incoming webhook or Workflows URL (an Adaptive Card).
    Teams,
    /// A Matrix room, through the client-server API of `url` (the homeserver).
    Matrix { room: String, token: Secret },
    /// An ntfy topic URL, with an access token when the topic is protected.
    Ntfy { token: Option<Secret> },
}

impl ChannelKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            ChannelKind::Webhook { .. } => "webhook",
            ChannelKind::Slack => "slack",
            ChannelKind::Teams => "teams",
            ChannelKind::Matrix { .. } => "matrix",
            ChannelKind::Ntfy { .. } => "ntfy",
        }
    }
}

/// One `[[channel]]`: like a subscriber, with feeds, a mode, reminders, a
/// language and a filter.
#[derive(Clone, PartialEq, Eq)]
pub struct Channel {
    pub id: String,
    pub kind: ChannelKind,
    /// The endpoint (webhook, Slack, Teams, ntfy topic) or the Matrix homeserver.
    pub url: Url,
    /// Source or `[[feed]]` ids; empty means every source.
    pub feeds: Vec<String>,
    pub mode: Mode,
    pub reminders: bool,
    pub lang: Lang,
    pub filter: Filter,
    /// How long one delivery may take before it counts as failed (and is retried).
    pub timeout: Duration,
}

impl fmt::Debug for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Webhook URLs of Slack and Teams are themselves the secret: only the host is shown.
        f.debug_struct("Channel")
            .field("id", &self.id)
            .field("kind", &self.kind)
            .field("host", &self.url.host_str())
            .field("feeds", &self.feeds)
            .field("mode", &self.mode)
            .field("reminders", &self.reminders)
            .field("lang", &self.lang)
            .field("filter", &self.filter)
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// The longest a delivery may be given: a slow receiver holds only its own
/// channel, but a retry must come round within minutes.
pub const MAX_CHANNEL_TIMEOUT: Duration = Duration::from_secs(120);

const KINDS: &str = "\"webhook\", \"slack\", \"teams\", \"matrix\", \"ntfy\"";
const MODES: &str = "\"immediate\", \"daily\", \"weekly\"";
const LANGS: &str = "\"en\", \"fi\", \"sv\"";

pub(super) fn read_channels(
    cx: &mut Cx,
    top: &mut Tab,
    sources: &[Source],
    feeds: &[FeedDef],
) -> Vec<Channel> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for mut t in tables_of(cx, top, "channel") {
        let id = read_id(cx, &mut t, &mut seen, "another channel");
        let kind_name = t.required_string(cx, "kind");
        let url = match t.required_string(cx, "url") {
            Some((s, span)) => match Url::parse(&s) {
                Ok(u) if matches!(u.scheme(), "http" | "https") => Some(u),
                _ => {
                    cx.problem(span, &t.key("url"), "expected an http(s) URL");
                    None
                }
            },
            None => None,
        };
        let secret = t.string(cx, "secret");
        let room = t.string(cx, "room");
        let token = t.string(cx, "token");
        let kind = kind_name.and_then(|(k, kspan)| match k.as_str() {
            "webhook" => {
                if let Some((s, span)) = &secret {
                    if s.len() < 16 {
                        cx.problem(
                            span.clone(),
                            &t.key("secret"),
                            "must be at least 16 characters long",
                        );
                    }
                }
                Some(ChannelKind::Webhook {
                    secret: secret.clone().map(|(s, _)| Secret::new(s)),
                })
            }
            "slack" => Some(ChannelKind::Slack),
            "teams" => Some(ChannelKind::Teams),
            "matrix" => {
                let room = match &room {
                    // Sending takes a room id; an alias (#room:server) would need a lookup first.
                    Some((r, span)) if !r.starts_with('!') || !r.contains(':') => {
                        cx.problem(
                            span.clone(),
                            &t.key("room"),
                            format!("{r:?} is not a Matrix room id such as \"!abc123:example.org\" (an alias's id is under the room's settings, Advanced)"),
                        );
                        None
                    }
                    Some((r, _)) => Some(r.clone()),
                    None => {
                        cx.problem(
                            kspan.clone(),
                            &t.key("room"),
                            "missing (needed when kind = \"matrix\")",
                        );
                        None
                    }
                };
                if token.is_none() {
                    cx.problem(
                        kspan,
                        &t.key("token"),
                        "missing (the access token of the account that posts, needed when kind = \"matrix\")",
                    );
                }
                Some(ChannelKind::Matrix {
                    room: room?,
                    token: Secret::new(token.clone()?.0),
                })
            }
            "ntfy" => Some(ChannelKind::Ntfy {
                token: token.clone().map(|(s, _)| Secret::new(s)),
            }),
            other => {
                cx.problem(
                    kspan,
                    &t.key("kind"),
                    format!("{other:?} is not one of {KINDS}"),
                );
                None
            }
        });
        // A key that means nothing for this kind is a mistake worth saying.
        let kind_str = kind.as_ref().map(ChannelKind::as_str);
        for (key, value, allowed) in [
            ("secret", &secret, &["webhook"][..]),
            ("room", &room, &["matrix"][..]),
            ("token", &token, &["matrix", "ntfy"][..]),
        ] {
            if let (Some((_, span)), Some(k)) = (value, kind_str) {
                if !allowed.contains(&k) {
                    cx.problem(
                        span.clone(),
                        &t.key(key),
                        format!("not used by kind = {k:?} (only by {})", allowed.join(", ")),
                    );
                }
            }
        }
        let mut chosen = Vec::new();
        for (f, span) in t.string_list(cx, "feeds", "[\"news\"]") {
            let known = sources.iter().any(|s| s.id == f) || feeds.iter().any(|d| d.id == f);
            if !known {
                cx.problem(
                    span,
                    &t.key("feeds"),
                    format!("{f:?} is not the id of a [[source]] or [[feed]]"),
                );
            } else if !chosen.contains(&f) {
                chosen.push(f);
            }
        }
        let mode = t.one_of(cx, "mode", |m| m.parse().ok(), MODES, Mode::Immediate);
        let reminders = t.bool(cx, "reminders", true);
        let lang = t.one_of(cx, "lang", Lang::from_tag, LANGS, Lang::En);
        let words = |t: &mut Tab, cx: &mut Cx, name: &'static str| {
            let raw: Vec<String> = t
                .string_list(cx, name, "[\"AMIF\", \"Integration 2026\"]")
                .into_iter()
                .map(|(s, _)| s)
                .collect();
            word_list(&raw.join("\n"))
        };
        let filter = Filter {
            only_dated: t.bool(cx, "only_dated", false),
            any: words(&mut t, cx, "any"),
            none: words(&mut t, cx, "none"),
        };
        let timeout = t.duration(cx, "timeout", Duration::from_secs(10), MAX_TIMEOUT);
        if timeout.is_zero() || timeout > MAX_CHANNEL_TIMEOUT {
            cx.problem(
                t.span.clone(),
                &t.key("timeout"),
                "must be more than zero and at most 2m",
            );
        }
        t.finish(cx);
        if let (Some((id, _)), Some(kind), Some(url)) = (id, kind, url) {
            out.push(Channel {
                id,
                kind,
                url,
                feeds: chosen,
                mode,
                reminders,
                lang,
                filter,
                timeout,
            });
        }
    }
    out
}

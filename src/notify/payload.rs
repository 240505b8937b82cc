//! What a channel is sent: the exact request body for each kind of channel
//! (generic webhook JSON, Slack, Teams, Matrix, ntfy), made once when the
//! message is queued so a retry sends the same bytes.
//!
//! Pure: takes items and returns strings; the URL, tokens and signature are
//! added when sending (`post`), so no secret is ever stored with a message.

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::due::DueReminder;
use crate::config::{Channel, ChannelKind};
use crate::extract::escape_html;
use crate::lang::{self, Lang};
use crate::store::items::StoredItem;
use crate::store::subscribers::Mode;

/// What a message is about.
pub enum What<'a> {
    Item(&'a Shown<'a>),
    Digest {
        period: Mode,
        items: &'a [Shown<'a>],
    },
    Reminder {
        item: &'a Shown<'a>,
        due: &'a DueReminder,
    },
}

/// An item with the title of its source, as a message shows it.
pub struct Shown<'a> {
    pub item: &'a StoredItem,
    pub source: String,
}

/// A message ready to queue: a subject for listings, the body, and the
/// headers that are not secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    pub subject: String,
    pub body: String,
    pub headers: Vec<(String, String)>,
}

/// The longest excerpt of an item's text a chat message carries.
const EXCERPT: usize = 300;

/// The body for `channel`; `delivery` is the message's stable id (the same on every retry).
pub fn render(channel: &Channel, what: &What, delivery: &str, queued: DateTime<Utc>) -> Post {
    let lang = channel.lang;
    let subject = subject(lang, what);
    let body = match &channel.kind {
        ChannelKind::Webhook { .. } => webhook(channel, what, delivery, queued),
        ChannelKind::Slack => json!({ "text": slack(lang, what), "unfurl_links": false }),
        ChannelKind::Teams => teams(lang, what),
        ChannelKind::Matrix { .. } => json!({
            "msgtype": "m.text",
            "body": plain(lang, what),
            "format": "org.matrix.custom.html",
            "formatted_body": html(lang, what),
        }),
        ChannelKind::Ntfy { .. } => ntfy(channel, what, &subject),
    };
    Post {
        subject,
        body: body.to_string(),
        headers: vec![("Content-Type".into(), "application/json".into())],
    }
}

fn subject(lang: Lang, what: &What) -> String {
    match what {
        What::Item(s) => format!("[{}] {}", s.source, s.item.title),
        What::Digest { period, items } => digest_heading(lang, *period, items.len()),
        What::Reminder { item, due } => format!(
            "{}: {} — {}",
            lang::word(lang, "reminder"),
            lang::days_left(lang, due.days_left),
            item.item.title
        ),
    }
}

fn digest_heading(lang: Lang, period: Mode, n: usize) -> String {
    let count = if n == 1 {
        lang::word(lang, "new_item")
    } else {
        lang::word(lang, "new_items")
    };
    format!("{}: {n} {count}", lang::word(lang, period.as_str()))
}

fn items_of<'a>(what: &'a What) -> Vec<&'a Shown<'a>> {
    match what {
        What::Item(s) | What::Reminder { item: s, .. } => vec![*s],
        What::Digest { items, .. } => items.iter().collect(),
    }
}

fn excerpt(item: &StoredItem) -> String {
    let text = item.text.as_deref().unwrap_or("").trim();
    if text.chars().count() <= EXCERPT {
        return text.to_string();
    }
    let cut: String = text.chars().take(EXCERPT).collect();
    format!("{}…", cut.trim_end())
}

fn date_labels(lang: Lang, item: &StoredItem) -> Vec<String> {
    item.mentions
        .iter()
        .map(|m| lang::mention_label(lang, m))
        .collect()
}

/// The generic webhook's JSON: the schema the README documents.
fn webhook(channel: &Channel, what: &What, delivery: &str, queued: DateTime<Utc>) -> Value {
    let kind = match what {
        What::Item(_) => "item",
        What::Digest { .. } => "digest",
        What::Reminder { .. } => "reminder",
    };
    let items: Vec<Value> = items_of(what)
        .into_iter()
        .map(|s| {
            let i = s.item;
            json!({
                "id": i.uid,
                "title": i.title,
                "link": i.link,
                "source": i.source_id,
                "source_title": s.source,
                "published": i.published.map(|p| p.to_rfc3339()),
                "text": i.text,
                "dates": i.mentions.iter().map(|m| json!({
                    "kind": m.kind.as_str(),
                    "date": m.date.to_string(),
                    "end": m.end.map(|e| e.to_string()),
                    "text": m.text,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut body = json!({
        "id": delivery,
        "type": kind,
        "channel": channel.id,
        "queued": queued.to_rfc3339(),
        "lang": channel.lang.as_str(),
        "summary": subject(channel.lang, what),
        "items": items,
    });
    match what {
        What::Digest { period, .. } => body["period"] = json!(period.as_str()),
        What::Reminder { due, .. } => {
            body["reminder"] =
                json!({ "deadline": due.deadline.to_string(), "days_left": due.days_left })
        }
        What::Item(_) => {}
    }
    body
}

/// A reminder's words in `lang`, each through `escape`: what it is and
/// when ("Reminder", "in 3 days"), and its deadline ("Deadline", the date).
fn reminder_words(lang: Lang, due: &DueReminder, escape: impl Fn(&str) -> String) -> [String; 4] {
    [
        lang::word(lang, "reminder"),
        &lang::days_left(lang, due.days_left),
        lang::word(lang, "deadline"),
        &lang::date(lang, due.deadline),
    ]
    .map(escape)
}

/// Slack's mrkdwn: `&`, `<` and `>` escaped, links as `<url|text>`.
fn slack_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn slack_link(url: &str, text: &str) -> String {
    format!(
        "<{}|{}>",
        url.replace('|', "%7C"),
        slack_escape(text).replace('|', "¦")
    )
}

fn slack(lang: Lang, what: &What) -> String {
    match what {
        What::Item(s) => {
            let mut out = format!(
                "*{}*\n_{}_",
                slack_link(&s.item.link, &s.item.title),
                slack_escape(&s.source)
            );
            for l in date_labels(lang, s.item) {
                out.push_str(&format!("\n• {}", slack_escape(&l)));
            }
            let text = excerpt(s.item);
            if !text.is_empty() {
                out.push_str(&format!("\n{}", slack_escape(&text)));
            }
            out
        }
        What::Digest { period, items } => {
            let mut out = format!(
                "*{}*",
                slack_escape(&digest_heading(lang, *period, items.len()))
            );
            for s in items.iter() {
                out.push_str(&format!(
                    "\n• {} — _{}_",
                    slack_link(&s.item.link, &s.item.title),
                    slack_escape(&s.source)
                ));
                for l in date_labels(lang, s.item) {
                    out.push_str(&format!(" · {}", slack_escape(&l)));
                }
            }
            out
        }
        What::Reminder { item, due } => {
            let [reminder, when, label, date] = reminder_words(lang, due, slack_escape);
            let link = slack_link(&item.item.link, &item.item.title);
            format!("*{reminder}: {when}* — {link}\n{label}: {date}")
        }
    }
}

/// Plain text, for Matrix clients that do not show HTML.
fn plain(lang: Lang, what: &What) -> String {
    let mut out = subject(lang, what);
    for s in items_of(what) {
        if !matches!(what, What::Item(_)) {
            out.push_str(&format!("\n• {} ({})", s.item.title, s.source));
        }
        out.push_str(&format!("\n  {}", s.item.link));
        for l in date_labels(lang, s.item) {
            out.push_str(&format!("\n  {l}"));
        }
    }
    out
}

fn html(lang: Lang, what: &What) -> String {
    let link = |s: &Shown| {
        format!(
            "<a href=\"{}\">{}</a>",
            escape_html(&s.item.link),
            escape_html(&s.item.title)
        )
    };
    let dates = |s: &Shown| {
        date_labels(lang, s.item)
            .iter()
            .map(|l| format!("<br>{}", escape_html(l)))
            .collect::<String>()
    };
    match what {
        What::Item(s) => format!(
            "<p><strong>{}</strong><br><em>{}</em>{}</p>",
            link(s),
            escape_html(&s.source),
            dates(s)
        ),
        What::Digest { period, items } => {
            let lis: String = items
                .iter()
                .map(|s| {
                    format!(
                        "<li>{} — <em>{}</em>{}</li>",
                        link(s),
                        escape_html(&s.source),
                        dates(s)
                    )
                })
                .collect();
            format!(
                "<p><strong>{}</strong></p><ul>{lis}</ul>",
                escape_html(&digest_heading(lang, *period, items.len()))
            )
        }
        What::Reminder { item, due } => {
            let [reminder, when, label, date] =
                reminder_words(lang, due, |w| escape_html(w).into_owned());
            let link = link(item);
            format!("<p><strong>{reminder}: {when}</strong> — {link}<br>{label}: {date}</p>")
        }
    }
}

/// Teams: an Adaptive Card in a message, as incoming webhooks and Workflows accept.
fn teams(lang: Lang, what: &What) -> Value {
    // Adaptive Card text is markdown: brackets in a title would break its link.
    let md_link = |s: &Shown| {
        format!(
            "[{}]({})",
            s.item.title.replace('[', "(").replace(']', ")"),
            s.item.link.replace(')', "%29")
        )
    };
    let mut body = vec![json!({
        "type": "TextBlock", "text": subject(lang, what), "weight": "Bolder", "size": "Medium", "wrap": true
    })];
    for s in items_of(what) {
        let mut lines = vec![format!("{} — *{}*", md_link(s), s.source)];
        lines.extend(date_labels(lang, s.item));
        if matches!(what, What::Item(_)) {
            let text = excerpt(s.item);
            if !text.is_empty() {
                lines.push(text);
            }
        }
        body.push(json!({ "type": "TextBlock", "text": lines.join("\n\n"), "wrap": true }));
    }
    let mut card = json!({
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": body,
    });
    if let What::Item(s) | What::Reminder { item: s, .. } = what {
        card["actions"] = json!([{
            "type": "Action.OpenUrl", "title": lang::word(lang, "read_more"), "url": s.item.link
        }]);
    }
    json!({
        "type": "message",
        "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "contentUrl": null,
            "content": card,
        }],
    })
}

/// ntfy's JSON publishing: posted to the server root, the topic in the body
/// (headers could not carry a title with ä or å).
fn ntfy(channel: &Channel, what: &What, subject: &str) -> Value {
    let lang = channel.lang;
    let topic = channel
        .url
        .path_segments()
        .and_then(|mut s| s.next_back())
        .unwrap_or_default()
        .to_string();
    let message = match what {
        What::Item(s) => {
            let mut lines = date_labels(lang, s.item);
            let text = excerpt(s.item);
            if !text.is_empty() {
                lines.push(text);
            }
            if lines.is_empty() {
                s.source.clone()
            } else {
                lines.join("\n")
            }
        }
        _ => plain(lang, what)
            .split_once('\n')
            .map(|(_, rest)| rest.to_string())
            .unwrap_or_default(),
    };
    let mut body = json!({
        "topic": topic,
        "title": match what { What::Item(s) => s.item.title.clone(), _ => subject.to_string() },
        "message": message,
        "tags": [match what {
            What::Reminder { .. } => "alarm_clock",
            What::Digest { .. } => "newspaper",
            What::Item(_) => "loudspeaker",
        }],
    });
    if let What::Item(s) | What::Reminder { item: s, .. } = what {
        body["click"] = json!(s.item.link);
    }
    if matches!(what, What::Reminder { .. }) {
        body["priority"] = json!(4);
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadlines::{Kind, Mention};
    use crate::filter::Filter;

    fn item(title: &str) -> StoredItem {
        StoredItem {
            id: 1,
            source_id: "news".into(),
            uid: "u-1".into(),
            title: title.into(),
            link: "https://example.org/a?b=1&c=2".into(),
            summary: None,
            text: Some("Apply by 25 December 2026.".into()),
            published: None,
            first_seen: Utc::now(),
            updated: Utc::now(),
            baseline: false,
            mentions: vec![Mention {
                kind: Kind::Deadline,
                date: chrono::NaiveDate::from_ymd_opt(2026, 12, 25).unwrap_or_default(),
                end: None,
                text: "Apply by 25 December 2026.".into(),
            }],
        }
    }

    fn channel(kind: ChannelKind, lang: Lang) -> Channel {
        Channel {
            id: "c".into(),
            kind,
            url: url::Url::parse("https://ntfy.example.org/topic-x")
                .unwrap_or_else(|e| panic!("{e}")),
            feeds: Vec::new(),
            mode: Mode::Immediate,
            reminders: true,
            lang,
            filter: Filter::default(),
            timeout: std::time::Duration::from_secs(10),
        }
    }

    fn body(kind: ChannelKind, lang: Lang, what: &What) -> Value {
        let post = render(&channel(kind, lang), what, "d1", Utc::now());
        serde_json::from_str(&post.body).unwrap_or_else(|e| panic!("{e}: {}", post.body))
    }

    #[test]
    fn slack_text_escapes_what_mrkdwn_would_read_as_markup() {
        let i = item("Q&A <live> | today");
        let shown = Shown {
            item: &i,
            source: "News".into(),
        };
        let b = body(ChannelKind::Slack, Lang::En, &What::Item(&shown));
        let text = b["text"].as_str().unwrap_or_default();
        assert!(
            text.starts_with("*<https://example.org/a?b=1&c=2|Q&amp;A &lt;live&gt; ¦ today>*"),
            "{text}"
        );
        assert!(text.contains("• Deadline: 25 December 2026"), "{text}");
    }

    #[test]
    fn a_digest_counts_its_items_in_the_channels_language() {
        let (a, b) = (item("One"), item("Two"));
        let items = [
            Shown {
                item: &a,
                source: "News".into(),
            },
            Shown {
                item: &b,
                source: "News".into(),
            },
        ];
        let what = What::Digest {
            period: Mode::Daily,
            items: &items,
        };
        let hook = body(ChannelKind::Webhook { secret: None }, Lang::Fi, &what);
        assert_eq!(hook["summary"], "Päivän kooste: 2 uutta uutista");
        assert_eq!(hook["period"], "daily");
        assert_eq!(hook["items"].as_array().map(Vec::len), Some(2));
        let ntfy = body(ChannelKind::Ntfy { token: None }, Lang::Sv, &what);
        assert_eq!(ntfy["topic"], "topic-x");
        assert!(
            ntfy["message"]
                .as_str()
                .unwrap_or_default()
                .contains("• One (News)"),
            "{ntfy}"
        );
    }
}

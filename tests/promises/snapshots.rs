//! Promise 2 and 5, byte for byte: every published format and every mail,
//! rendered from fixed items at a fixed time, against reviewed snapshots in
//! `tests/snapshots/`. A change to a feed or a mail shows up here as a diff
//! to read (`cargo insta review`, or `INSTA_UPDATE=always cargo test` and
//! `git diff`); `./test.sh` sets `INSTA_UPDATE=no`, so a missing or changed
//! snapshot fails instead of being written.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use minijinja::value::Serde;
use minijinja::{context, Value};
use tidings::deadlines::{Kind, Mention};
use tidings::lang::{self, Lang};
use tidings::notify::render::{ItemView, Rendered, Renderer};
use tidings::publish::{self, FeedView, Format};
use tidings::store::{Dated, StoredItem};
use url::Url;

fn at(y: i32, mo: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, 0, 0)
        .single()
        .unwrap_or_else(|| panic!("{y}-{mo}-{d} {h}:00 is a time"))
}

fn day(y: i32, mo: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, mo, d).unwrap_or_else(|| panic!("{y}-{mo}-{d} is a day"))
}

/// Three items covering what renders differently: a dated item with a
/// deadline, an undated one with a two-day event, and one whose title needs
/// escaping and which has no summary.
fn items() -> Vec<StoredItem> {
    vec![
        StoredItem {
            id: 3,
            source_id: "council".into(),
            uid: "urn:uuid:6f1c2a1e-0000-4000-8000-000000000003".into(),
            title: "Fees \"rise\" by 5 % & more <soon>".into(),
            link: "https://city.example/news/fees".into(),
            summary: None,
            published: Some(at(2024, 2, 3, 7)),
            first_seen: at(2024, 2, 3, 8),
            updated: at(2024, 2, 3, 8),
            baseline: false,
            mentions: Vec::new(),
        },
        StoredItem {
            id: 2,
            source_id: "library".into(),
            uid: "urn:uuid:6f1c2a1e-0000-4000-8000-000000000002".into(),
            title: "Library festival in November".into(),
            link: "https://library.example/festival".into(),
            summary: Some(
                "<p>The festival runs 14–15 November 2024 in the main hall, with readings, a book sale and workshops; entry is free.</p>".into(),
            ),
            published: None,
            first_seen: at(2024, 2, 2, 9),
            updated: at(2024, 2, 2, 9),
            baseline: false,
            mentions: vec![Mention {
                kind: Kind::Event,
                date: day(2024, 11, 14),
                end: Some(day(2024, 11, 15)),
                // Long, with commas and a semicolon: folded and escaped in the calendar.
                text: "The festival runs 14–15 November 2024 in the main hall, with readings, a book sale and workshops; entry is free.".into(),
            }],
        },
        StoredItem {
            id: 1,
            source_id: "council".into(),
            uid: "urn:uuid:6f1c2a1e-0000-4000-8000-000000000001".into(),
            title: "Culture grants open".into(),
            link: "https://city.example/news/culture-grants".into(),
            summary: Some(
                "<p>Apply by <strong>18 February 2024</strong>. Forms at the library &amp; <a href=\"https://city.example/forms\">online</a>.</p>"
                    .into(),
            ),
            published: Some(at(2024, 2, 1, 8)),
            first_seen: at(2024, 2, 1, 9),
            updated: at(2024, 2, 1, 9),
            baseline: false,
            mentions: vec![Mention {
                kind: Kind::Deadline,
                date: day(2024, 2, 18),
                end: None,
                text: "Apply by 18 February 2024.".into(),
            }],
        },
    ]
}

fn titles() -> HashMap<String, String> {
    HashMap::from([
        ("council".to_string(), "City council".to_string()),
        ("library".to_string(), "City library".to_string()),
    ])
}

fn base() -> Url {
    Url::parse("http://feeds.test/").unwrap_or_else(|e| panic!("{e}"))
}

/// Snapshots live in `tests/snapshots/`, named by what they show.
fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

fn feed(format: Format) -> String {
    let (items, titles, base) = (items(), titles(), base());
    let view = FeedView {
        id: "all",
        title: "All news",
        home: &base,
        base_url: &base,
        items: &items,
        source_titles: &titles,
    };
    publish::render(&view, format)
}

#[test]
fn the_rss_feed_is_as_reviewed() {
    settings().bind(|| insta::assert_snapshot!("feed_rss", feed(Format::Rss)));
}

#[test]
fn the_atom_feed_is_as_reviewed() {
    settings().bind(|| insta::assert_snapshot!("feed_atom", feed(Format::Atom)));
}

#[test]
fn the_json_feed_is_as_reviewed() {
    settings().bind(|| insta::assert_snapshot!("feed_json", feed(Format::Json)));
}

#[test]
fn the_icalendar_is_as_reviewed() {
    let dated: Vec<Dated> = items()
        .into_iter()
        .flat_map(|item| {
            item.mentions
                .iter()
                .map(|m| Dated {
                    mention: m.clone(),
                    item_id: item.id,
                    item_uid: item.uid.clone(),
                    item_title: item.title.clone(),
                    item_link: item.link.clone(),
                    source_id: item.source_id.clone(),
                })
                .collect::<Vec<_>>()
        })
        .collect();
    let ics = publish::ics("All news: deadlines and events", &dated, at(2024, 2, 5, 6));
    // Content lines end in CRLF (RFC 5545): shown as `\r` so the snapshot keeps them.
    settings().bind(|| insta::assert_snapshot!("calendar_ics", ics.replace("\r\n", "\\r\n")));
}

#[test]
fn the_opml_list_is_as_reviewed() {
    let feeds = vec![
        ("all".to_string(), "All news".to_string()),
        ("council".to_string(), "City council & board".to_string()),
    ];
    settings().bind(|| insta::assert_snapshot!("feeds_opml", publish::opml(&base(), &feeds)));
}

/// One mail as a reader's client shows it: subject, text part, HTML part.
fn shown(mail: &Rendered) -> String {
    format!(
        "Subject: {}\n\n----- text/plain -----\n{}\n----- text/html -----\n{}",
        mail.subject, mail.text, mail.html
    )
}

fn footer() -> Value {
    context! {
        unsubscribe_url => "http://feeds.test/unsubscribe?token=UNSUBSCRIBE-TOKEN",
        manage_url => "http://feeds.test/manage?token=MANAGE-TOKEN",
    }
}

fn view(item: &StoredItem, lang: Lang) -> ItemView {
    let titles = titles();
    ItemView::new(
        item,
        &titles[&item.source_id],
        chrono_tz::Europe::Helsinki,
        lang,
    )
}

fn render(kind: &str, lang: Lang, ctx: Value) -> Rendered {
    Renderer::new(None)
        .render(kind, lang, ctx)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn item_mail(lang: Lang) -> Rendered {
    let item = &items()[2];
    render(
        "item",
        lang,
        context! { item => Value::from(Serde(view(item, lang))), ..footer() },
    )
}

#[test]
fn the_item_mail_is_as_reviewed() {
    settings().bind(|| insta::assert_snapshot!("mail_item_en", shown(&item_mail(Lang::En))));
}

#[test]
fn the_item_mail_in_finnish_is_as_reviewed() {
    settings().bind(|| insta::assert_snapshot!("mail_item_fi", shown(&item_mail(Lang::Fi))));
}

/// A digest the way `notify` builds one: items grouped by source title.
fn digest(period: &str) -> Rendered {
    let items = items();
    let mut groups: BTreeMap<String, Vec<ItemView>> = BTreeMap::new();
    for item in &items {
        groups
            .entry(titles()[&item.source_id].clone())
            .or_default()
            .push(view(item, Lang::En));
    }
    let sources: Vec<String> = groups.keys().cloned().collect();
    let groups: Vec<Value> = groups
        .into_iter()
        .map(|(source, items)| context! { source, items => Value::from(Serde(items)) })
        .collect();
    render(
        "digest",
        Lang::En,
        context! { period, count => items.len(), sources, groups, ..footer() },
    )
}

#[test]
fn the_daily_digest_is_as_reviewed() {
    settings().bind(|| insta::assert_snapshot!("mail_digest_daily", shown(&digest("daily"))));
}

#[test]
fn the_weekly_digest_is_as_reviewed() {
    settings().bind(|| insta::assert_snapshot!("mail_digest_weekly", shown(&digest("weekly"))));
}

#[test]
fn the_reminder_is_as_reviewed() {
    let item = &items()[2];
    let mail = render(
        "reminder",
        Lang::En,
        context! {
            item => Value::from(Serde(view(item, Lang::En))),
            when => lang::days_left(Lang::En, 7),
            deadline => lang::date(Lang::En, day(2024, 2, 18)),
            ..footer()
        },
    );
    settings().bind(|| insta::assert_snapshot!("mail_reminder", shown(&mail)));
}

#[test]
fn the_confirmation_is_as_reviewed() {
    let mail = render(
        "confirm",
        Lang::En,
        context! { confirm_url => "http://feeds.test/confirm?token=CONFIRM-TOKEN", ..footer() },
    );
    settings().bind(|| insta::assert_snapshot!("mail_confirm", shown(&mail)));
}

#[test]
fn the_admin_notice_is_as_reviewed() {
    let mail = render(
        "admin",
        Lang::En,
        context! {
            subject_line => "source council is failing",
            message => "City council (https://city.example/news) is unhealthy: the item selector matched nothing. Its last good items stay published. You will hear once more when it recovers.",
            link => "https://city.example/news",
        },
    );
    settings().bind(|| insta::assert_snapshot!("mail_admin", shown(&mail)));
}

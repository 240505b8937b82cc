//! The pages people read: latest news (`/`, with search, a source filter and
//! paging), deadlines and events by week (`/deadlines`, each with its own
//! `.ics`), and the sources and their health (`/sources`).
//!
//! Reads the store and the live config; renders through `render`.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use minijinja::context;
use serde::Serialize;

use super::i18n::{self, Lang};
use super::render::{self, Visit};
use super::{conditional, error, internal, source_health, source_titles, AppState, SourceHealth};
use crate::config::Config;
use crate::publish;
use crate::store::{Dated, StoredItem};

/// Items per page on `/`.
pub const PER_PAGE: usize = 20;
/// Deadlines and events beside the news on `/`.
const BESIDE: usize = 5;
/// Deadlines and events on `/deadlines`.
const UPCOMING: usize = 300;
/// Characters of a summary shown on `/`.
const SUMMARY: usize = 280;

#[derive(Serialize)]
struct Badge {
    kind: &'static str,
    label: String,
}

#[derive(Serialize)]
struct ItemView {
    title: String,
    link: String,
    source_url: String,
    source: String,
    date: String,
    iso: String,
    summary: String,
    badges: Vec<Badge>,
}

#[derive(Serialize)]
struct DatedView {
    kind: &'static str,
    label: String,
    title: String,
    link: String,
    source: String,
    text: String,
    ics: String,
}

#[derive(Serialize)]
struct Trouble {
    title: String,
    error: String,
}

#[derive(Serialize)]
pub(super) struct FeedChoice {
    id: String,
    title: String,
    checked: bool,
}

/// The first `max` characters of `text`, cut at a word.
fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

fn today(config: &Config) -> NaiveDate {
    Utc::now().with_timezone(&config.mail.timezone).date_naive()
}

fn local_date(lang: Lang, config: &Config, t: DateTime<Utc>) -> String {
    i18n::date(lang, t.with_timezone(&config.mail.timezone).date_naive())
}

fn item_view(
    lang: Lang,
    config: &Config,
    titles: &HashMap<String, String>,
    i: &StoredItem,
) -> ItemView {
    ItemView {
        title: i.title.clone(),
        link: i.link.clone(),
        source_url: front_url(None, Some(&i.source_id), 1),
        source: titles
            .get(&i.source_id)
            .cloned()
            .unwrap_or_else(|| i.source_id.clone()),
        date: local_date(lang, config, i.date()),
        iso: i
            .date()
            .with_timezone(&config.mail.timezone)
            .date_naive()
            .to_string(),
        summary: i
            .text
            .as_deref()
            .map(|s| excerpt(s, SUMMARY))
            .unwrap_or_default(),
        badges: i
            .mentions
            .iter()
            .map(|m| Badge {
                kind: m.kind.as_str(),
                label: i18n::mention_label(lang, m),
            })
            .collect(),
    }
}

/// The address of the one-item calendar for an item's public id.
fn ics_path(uid: &str) -> String {
    format!("/items/{}.ics", uid.trim_start_matches("urn:uuid:"))
}

fn dated_view(lang: Lang, titles: &HashMap<String, String>, d: &Dated) -> DatedView {
    DatedView {
        kind: d.mention.kind.as_str(),
        label: i18n::mention_label(lang, &d.mention),
        title: d.item_title.clone(),
        link: d.item_link.clone(),
        source: titles
            .get(&d.source_id)
            .cloned()
            .unwrap_or_else(|| d.source_id.clone()),
        text: d.mention.text.clone(),
        ics: ics_path(&d.item_uid),
    }
}

fn trouble(config: &Config, health: &[SourceHealth]) -> Vec<Trouble> {
    let titles = source_titles(config);
    health
        .iter()
        .filter(|h| !h.healthy)
        .filter_map(|h| {
            Some(Trouble {
                title: titles.get(&h.id).cloned().unwrap_or_else(|| h.id.clone()),
                error: h.last_error.clone()?,
            })
        })
        .collect()
}

/// Every published feed as a checkbox, ticked when `chosen` names it.
pub(super) fn feed_choices(config: &Config, chosen: &[String]) -> Vec<FeedChoice> {
    config
        .published_feeds()
        .into_iter()
        .map(|f| FeedChoice {
            checked: chosen.contains(&f.id),
            id: f.id,
            title: f.title,
        })
        .collect()
}

fn front_url(q: Option<&str>, source: Option<&str>, page: usize) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    if let Some(q) = q {
        s.append_pair("q", q);
    }
    if let Some(source) = source {
        s.append_pair("source", source);
    }
    if page > 1 {
        s.append_pair("page", &page.to_string());
    }
    let query = s.finish();
    if query.is_empty() {
        "/".into()
    } else {
        format!("/?{query}")
    }
}

pub async fn front_page(
    State(st): State<AppState>,
    visit: Visit,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let config = st.live.current();
    let lang = visit.lang;
    let q = params
        .get("q")
        .map(|s| s.trim().chars().take(200).collect::<String>())
        .filter(|s| !s.is_empty());
    let source = params
        .get("source")
        .filter(|s| config.source(s).is_some())
        .cloned();
    let page_no = params
        .get("page")
        .and_then(|p| p.trim().parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, 100_000);
    let all: Vec<String> = config.sources.iter().map(|s| s.id.clone()).collect();
    let chosen = source
        .clone()
        .map(|s| vec![s])
        .unwrap_or_else(|| all.clone());
    let day = today(&config);
    let query = q.clone();
    let read = st
        .db
        .run(move |s| {
            let (items, total) = s.items_page(
                &chosen,
                query.as_deref(),
                (page_no - 1) * PER_PAGE,
                PER_PAGE,
            )?;
            let upcoming = s.upcoming(&all, day, BESIDE)?;
            Ok::<_, crate::store::StoreError>((items, total, upcoming))
        })
        .await;
    let (items, total, upcoming) = match read {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => return internal(e),
        Err(e) => return internal(e),
    };
    let health = match source_health(&st, &config).await {
        Ok(h) => h,
        Err(e) => return internal(e),
    };
    let titles = source_titles(&config);
    let pages = total.div_ceil(PER_PAGE).max(1);
    let prev =
        (page_no > 1).then(|| front_url(q.as_deref(), source.as_deref(), (page_no - 1).min(pages)));
    let next = (page_no < pages).then(|| front_url(q.as_deref(), source.as_deref(), page_no + 1));
    let sources: Vec<_> = config
        .sources
        .iter()
        .map(|s| context! { id => s.id.clone(), title => s.title.clone() })
        .collect();
    let title = match &q {
        Some(q) => format!("{} · {q}", visit.word("search_button")),
        None => visit.word("nav_latest").to_string(),
    };
    render::page(
        StatusCode::OK,
        &visit,
        &config,
        "index.html",
        &title,
        context! {
            active => "latest",
            q,
            source,
            sources,
            total,
            page => page_no,
            pages,
            prev,
            next,
            items => render::ser(items.iter().map(|i| item_view(lang, &config, &titles, i)).collect::<Vec<_>>()),
            upcoming => render::ser(upcoming.iter().map(|d| dated_view(lang, &titles, d)).collect::<Vec<_>>()),
            trouble => render::ser(trouble(&config, &health)),
            config_error => st.live.status().2,
            feeds => render::ser(feed_choices(&config, &[])),
        },
    )
}

#[derive(Serialize)]
struct Week {
    heading: String,
    range: String,
    entries: Vec<DatedView>,
}

pub async fn deadlines(State(st): State<AppState>, visit: Visit) -> Response {
    let config = st.live.current();
    let lang = visit.lang;
    let all: Vec<String> = config.sources.iter().map(|s| s.id.clone()).collect();
    let day = today(&config);
    let dated = match st.db.run(move |s| s.upcoming(&all, day, UPCOMING)).await {
        Ok(Ok(d)) => d,
        Ok(Err(e)) => return internal(e),
        Err(e) => return internal(e),
    };
    let titles = source_titles(&config);
    // Ongoing events (started before today) go with this week.
    let mut weeks: BTreeMap<(i32, u32), Vec<&Dated>> = BTreeMap::new();
    for d in &dated {
        let w = d.mention.date.max(day).iso_week();
        weeks.entry((w.year(), w.week())).or_default().push(d);
    }
    let weeks: Vec<Week> = weeks
        .into_iter()
        .map(|((year, week), ds)| {
            let monday =
                NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon).unwrap_or(day);
            Week {
                heading: visit.word("week").replace("{w}", &week.to_string()),
                range: format!(
                    "{} – {}",
                    i18n::date(lang, monday),
                    i18n::date(lang, monday + Duration::days(6))
                ),
                entries: ds
                    .into_iter()
                    .map(|d| dated_view(lang, &titles, d))
                    .collect(),
            }
        })
        .collect();
    let calendar_url = format!(
        "{}/calendar.ics",
        config.server.base_url.as_str().trim_end_matches('/')
    );
    render::page(
        StatusCode::OK,
        &visit,
        &config,
        "deadlines.html",
        visit.word("nav_deadlines"),
        context! { active => "deadlines", weeks => render::ser(weeks), calendar_url },
    )
}

#[derive(Serialize)]
struct SourceView {
    id: String,
    title: String,
    url: String,
    state: &'static str,
    status: String,
    error: Option<String>,
    last_success: Option<String>,
    items: u32,
    feeds: Vec<(String, String)>,
}

fn feed_links(config: &Config, id: &str) -> Vec<(String, String)> {
    let base = &config.server.base_url;
    [
        ("atom", "Atom"),
        ("rss", "RSS"),
        ("json", "JSON Feed"),
        ("ics", "iCalendar"),
    ]
    .into_iter()
    .map(|(ext, name)| (name.to_string(), publish::feed_url(base, id, ext)))
    .collect()
}

pub async fn sources(State(st): State<AppState>, visit: Visit) -> Response {
    let config: Arc<Config> = st.live.current();
    let health = match source_health(&st, &config).await {
        Ok(h) => h,
        Err(e) => return internal(e),
    };
    let tz = config.mail.timezone;
    let views: Vec<SourceView> = config
        .sources
        .iter()
        .zip(&health)
        .map(|(s, h)| {
            let (state, status) = match &h.last_error {
                Some(_) if !h.healthy => ("bad", visit.word("failing").to_string()),
                Some(_) => ("warn", visit.word("retrying").to_string()),
                None if h.last_success.is_none() => ("new", visit.word("not_checked").to_string()),
                None => ("good", visit.word("healthy").to_string()),
            };
            SourceView {
                id: s.id.clone(),
                title: s.title.clone(),
                url: s.url.to_string(),
                state,
                status,
                error: h.last_error.clone(),
                last_success: h.last_success.map(|t| {
                    let local = t.with_timezone(&tz);
                    format!(
                        "{} {}",
                        i18n::date(visit.lang, local.date_naive()),
                        local.format("%H:%M")
                    )
                }),
                items: h.items,
                feeds: feed_links(&config, &s.id),
            }
        })
        .collect();
    let combined: Vec<_> = config
        .feeds
        .iter()
        .map(|f| context! { title => f.title.clone(), feeds => render::ser(feed_links(&config, &f.id)) })
        .collect();
    render::page(
        StatusCode::OK,
        &visit,
        &config,
        "sources.html",
        visit.word("nav_sources"),
        context! {
            active => "sources",
            sources => render::ser(views),
            combined,
            config_error => st.live.status().2,
        },
    )
}

/// `/items/<uuid>.ics`: the deadlines and events of one item, for "add to calendar".
pub async fn item_calendar(
    State(st): State<AppState>,
    Path(file): Path<String>,
    req: HeaderMap,
) -> Response {
    let Some(id) = file
        .strip_suffix(".ics")
        .filter(|id| id.len() == 36 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-'))
    else {
        return error(
            StatusCode::NOT_FOUND,
            "no such item: ask for /items/<uuid>.ics",
        );
    };
    let uid = format!("urn:uuid:{}", id.to_ascii_lowercase());
    let item = match st.db.run(move |s| s.item_by_uid(&uid)).await {
        Ok(Ok(Some(item))) => item,
        Ok(Ok(None)) => return error(StatusCode::NOT_FOUND, &format!("no item with id {id}")),
        Ok(Err(e)) => return internal(e),
        Err(e) => return internal(e),
    };
    let dated: Vec<Dated> = item
        .mentions
        .iter()
        .map(|m| Dated {
            mention: m.clone(),
            item_id: item.id,
            item_uid: item.uid.clone(),
            item_title: item.title.clone(),
            item_link: item.link.clone(),
            source_id: item.source_id.clone(),
        })
        .collect();
    let body = publish::ics(&item.title, &dated, item.updated);
    let mut response = conditional(
        &req,
        "text/calendar; charset=utf-8",
        body,
        Some(item.updated),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{id}.ics\"")) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_cut_at_a_word_and_drop_markup() {
        assert_eq!(excerpt("Short & sweet", 50), "Short & sweet");
        assert_eq!(excerpt("one two three four", 10), "one two…");
    }

    #[test]
    fn paging_links_keep_the_search_and_the_source() {
        assert_eq!(front_url(None, None, 1), "/");
        assert_eq!(
            front_url(Some("a&b"), Some("news"), 3),
            "/?q=a%26b&source=news&page=3"
        );
    }
}

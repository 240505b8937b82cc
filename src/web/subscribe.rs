//! Subscribing and leaving over the web: the form, double opt-in, one-click
//! unsubscribe (RFC 8058) and the preferences page.
//!
//! A GET never changes anything (link scanners follow GETs): confirm,
//! unsubscribe and manage show a page with a button, and the POST acts.
//! A forged, altered or expired token gets a 400 page, never a 500.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::Utc;

use super::{esc, internal, page, AppState};
use crate::config::Config;
use crate::notify::tokens::Purpose;
use crate::notify::{self, Mode, NotifyError, Request};

/// At most `LIMIT` sign-ups per client address per window.
const LIMIT: u32 = 10;
const WINDOW: Duration = Duration::from_secs(600);

/// Per-address rate limit for the form, in memory (a restart forgets it, which is fine).
#[derive(Clone, Default)]
pub struct Limiter {
    seen: Arc<Mutex<HashMap<IpAddr, (Instant, u32)>>>,
}

impl Limiter {
    fn allow(&self, ip: IpAddr) -> bool {
        let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        if seen.len() > 10_000 {
            seen.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let entry = seen.entry(ip).or_insert((now, 0));
        if now.duration_since(entry.0) >= WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= LIMIT
    }
}

fn form_fields(body: &[u8]) -> HashMap<String, Vec<String>> {
    let mut fields: HashMap<String, Vec<String>> = HashMap::new();
    for (k, v) in url::form_urlencoded::parse(body) {
        fields
            .entry(k.into_owned())
            .or_default()
            .push(v.into_owned());
    }
    fields
}

fn first<'a>(fields: &'a HashMap<String, Vec<String>>, key: &str) -> Option<&'a str> {
    fields.get(key).and_then(|v| v.first()).map(String::as_str)
}

/// Our forms say they carry the reminders checkbox (an unticked box sends
/// nothing); a client posting without it gets the default, on.
fn reminders_choice(fields: &HashMap<String, Vec<String>>) -> bool {
    if fields.contains_key("has_reminders") {
        first(fields, "reminders").is_some_and(|v| v != "off")
    } else {
        first(fields, "reminders").is_none_or(|v| v != "off")
    }
}

fn lang_of(s: Option<&str>) -> String {
    match s {
        Some("fi") => "fi",
        Some("sv") => "sv",
        _ => "en",
    }
    .to_string()
}

/// The subscribe form, as the front page shows it.
pub fn form(config: &Config) -> String {
    let mut feeds = String::new();
    for f in config.published_feeds() {
        feeds.push_str(&format!(
            "<label><input type=\"checkbox\" name=\"feeds\" value=\"{}\"> {}</label>",
            esc(&f.id),
            esc(&f.title)
        ));
    }
    format!(
        "<section id=\"subscribe\"><h2>Get it by email</h2>\
         <form method=\"post\" action=\"/subscribe\">\
         <label for=\"email\">Email address</label><input id=\"email\" type=\"email\" name=\"email\" required autocomplete=\"email\">\
         <fieldset><legend>Feeds (none ticked: everything)</legend>{feeds}</fieldset>\
         <label for=\"mode\">How often</label><select id=\"mode\" name=\"mode\">\
         <option value=\"immediate\">Each item as it appears</option><option value=\"daily\">Daily digest</option><option value=\"weekly\">Weekly digest</option></select>\
         <label for=\"lang\">Language of the mails</label><select id=\"lang\" name=\"lang\"><option value=\"en\">English</option><option value=\"fi\">Suomi</option><option value=\"sv\">Svenska</option></select>\
         <input type=\"hidden\" name=\"has_reminders\" value=\"1\"><label><input type=\"checkbox\" name=\"reminders\" value=\"on\" checked> Remind me before deadlines</label>\
         <button type=\"submit\">Subscribe</button></form></section>"
    )
}

fn bad_request(message: &str) -> Response {
    page(
        StatusCode::BAD_REQUEST,
        "Something is not right",
        &format!("<h2>Something is not right</h2><p>{}</p><p><a href=\"/\">Back to the front page</a></p>", esc(message)),
    )
}

pub async fn subscribe(
    State(st): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: axum::body::Bytes,
) -> Response {
    if !st.limiter.allow(peer.ip()) {
        return page(
            StatusCode::TOO_MANY_REQUESTS,
            "Too many requests",
            "<h2>Too many requests</h2><p>Please wait a few minutes before trying again.</p>",
        );
    }
    let fields = form_fields(&body);
    let email = first(&fields, "email").unwrap_or_default().to_string();
    let feeds: Vec<String> = fields
        .get("feeds")
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .filter(|f| !f.is_empty())
        .collect();
    let mode = first(&fields, "mode")
        .and_then(Mode::parse)
        .unwrap_or(Mode::Immediate);
    let req = Request {
        email,
        feeds,
        mode,
        reminders: reminders_choice(&fields),
        lang: lang_of(first(&fields, "lang")),
    };
    let config = st.live.current();
    let notifier = st.notifier();
    let result = st
        .db
        .run(move |s| notify::subscribe(s, &notifier.ctx(&config), &req, Utc::now()))
        .await;
    match result {
        Ok(Ok(_)) => {
            st.kick.notify_one();
            page(
                StatusCode::OK,
                "Check your inbox",
                "<h2>Check your inbox</h2><p>We sent you a mail with a link to confirm the subscription. Nothing is sent until you confirm.</p>",
            )
        }
        Ok(Err(e @ (NotifyError::BadAddress(_) | NotifyError::UnknownFeed(_)))) => {
            bad_request(&e.to_string())
        }
        Ok(Err(e)) => internal(e),
        Err(e) => internal(e),
    }
}

#[derive(serde::Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

/// The token from the query string, or else from a form body.
fn token_of(q: &TokenQuery, body: &[u8]) -> Option<String> {
    q.token
        .clone()
        .or_else(|| first(&form_fields(body), "token").map(str::to_string))
        .filter(|t| !t.is_empty())
}

/// The subscriber a link's token names, or the sentence to show instead.
fn verify(st: &AppState, token: Option<&str>, purpose: Purpose) -> Result<i64, String> {
    let Some(token) = token else {
        return Err("This link is missing its token: open the link from the mail as it is.".into());
    };
    st.notifier()
        .signer
        .verify(token, purpose, Utc::now())
        .map_err(|e| format!("{e}. You can subscribe again from the front page."))
}

fn button_page(title: &str, text: &str, action: &str, token: &str, label: &str) -> Response {
    page(
        StatusCode::OK,
        title,
        &format!(
            "<h2>{}</h2><p>{}</p><form method=\"post\" action=\"{}\"><input type=\"hidden\" name=\"token\" value=\"{}\"><button type=\"submit\">{}</button></form>",
            esc(title),
            esc(text),
            esc(action),
            esc(token),
            esc(label)
        ),
    )
}

pub async fn confirm_page(State(st): State<AppState>, Query(q): Query<TokenQuery>) -> Response {
    let token = token_of(&q, &[]);
    if let Err(m) = verify(&st, token.as_deref(), Purpose::Confirm) {
        return bad_request(&m);
    }
    button_page(
        "Confirm your subscription",
        "One more step: press the button to start receiving mail.",
        "/confirm",
        token.as_deref().unwrap_or_default(),
        "Confirm subscription",
    )
}

pub async fn confirm(
    State(st): State<AppState>,
    Query(q): Query<TokenQuery>,
    body: axum::body::Bytes,
) -> Response {
    let token = token_of(&q, &body);
    let id = match verify(&st, token.as_deref(), Purpose::Confirm) {
        Ok(id) => id,
        Err(m) => return bad_request(&m),
    };
    let config = st.live.current();
    match st.db.run(move |s| notify::confirm(s, &config, id, Utc::now())).await {
        Ok(Ok(Some(sub))) if sub.state == "confirmed" => page(
            StatusCode::OK,
            "Subscribed",
            "<h2>You are subscribed</h2><p>Mail will come as you chose. Every mail has a link to change your choices or leave.</p>",
        ),
        Ok(Ok(_)) => bad_request("This subscription no longer exists. You can subscribe again from the front page."),
        Ok(Err(e)) => internal(e),
        Err(e) => internal(e),
    }
}

pub async fn unsubscribe_page(State(st): State<AppState>, Query(q): Query<TokenQuery>) -> Response {
    let token = token_of(&q, &[]);
    if let Err(m) = verify(&st, token.as_deref(), Purpose::Unsubscribe) {
        return bad_request(&m);
    }
    let action = format!(
        "/unsubscribe?token={}",
        token.as_deref().unwrap_or_default()
    );
    button_page(
        "Unsubscribe",
        "Press the button and no more mail will be sent to you.",
        &action,
        token.as_deref().unwrap_or_default(),
        "Unsubscribe",
    )
}

/// RFC 8058 one-click: a POST to the List-Unsubscribe URL unsubscribes at once.
pub async fn unsubscribe(
    State(st): State<AppState>,
    Query(q): Query<TokenQuery>,
    body: axum::body::Bytes,
) -> Response {
    let token = token_of(&q, &body);
    let id = match verify(&st, token.as_deref(), Purpose::Unsubscribe) {
        Ok(id) => id,
        Err(m) => return bad_request(&m),
    };
    match st.db.run(move |s| notify::unsubscribe(s, id, Utc::now())).await {
        Ok(Ok(_)) => page(
            StatusCode::OK,
            "Unsubscribed",
            "<h2>You are unsubscribed</h2><p>No more mail will be sent to you. You can subscribe again any time from the front page.</p>",
        ),
        Ok(Err(e)) => internal(e),
        Err(e) => internal(e),
    }
}

pub async fn manage_page(State(st): State<AppState>, Query(q): Query<TokenQuery>) -> Response {
    let token = token_of(&q, &[]);
    let id = match verify(&st, token.as_deref(), Purpose::Manage) {
        Ok(id) => id,
        Err(m) => return bad_request(&m),
    };
    let sub = match st.db.run(move |s| notify::subscriber(s, id)).await {
        Ok(Ok(Some(sub))) => sub,
        Ok(Ok(None)) => return bad_request("This subscription no longer exists."),
        Ok(Err(e)) => return internal(e),
        Err(e) => return internal(e),
    };
    let config = st.live.current();
    let token = token.unwrap_or_default();
    let mut feeds = String::new();
    for f in config.published_feeds() {
        feeds.push_str(&format!(
            "<label><input type=\"checkbox\" name=\"feeds\" value=\"{}\"{}> {}</label>",
            esc(&f.id),
            if sub.feeds.contains(&f.id) {
                " checked"
            } else {
                ""
            },
            esc(&f.title)
        ));
    }
    let sel = |v: &str, cur: &str| if v == cur { " selected" } else { "" };
    let body = format!(
        "<h2>Your subscription</h2><p>{} — {}</p>\
         <form method=\"post\" action=\"/manage\"><input type=\"hidden\" name=\"token\" value=\"{}\">\
         <fieldset><legend>Feeds (none ticked: everything)</legend>{feeds}</fieldset>\
         <label for=\"mode\">How often</label><select id=\"mode\" name=\"mode\">\
         <option value=\"immediate\"{}>Each item as it appears</option><option value=\"daily\"{}>Daily digest</option><option value=\"weekly\"{}>Weekly digest</option></select>\
         <label for=\"lang\">Language of the mails</label><select id=\"lang\" name=\"lang\"><option value=\"en\"{}>English</option><option value=\"fi\"{}>Suomi</option><option value=\"sv\"{}>Svenska</option></select>\
         <input type=\"hidden\" name=\"has_reminders\" value=\"1\"><label><input type=\"checkbox\" name=\"reminders\" value=\"on\"{}> Remind me before deadlines</label>\
         <button type=\"submit\">Save</button></form>\
         <form method=\"post\" action=\"/unsubscribe\"><input type=\"hidden\" name=\"token\" value=\"{}\"><p><button type=\"submit\">Unsubscribe</button></p></form>",
        esc(&sub.email),
        esc(&sub.state),
        esc(&token),
        sel("immediate", sub.mode.as_str()),
        sel("daily", sub.mode.as_str()),
        sel("weekly", sub.mode.as_str()),
        sel("en", &sub.lang),
        sel("fi", &sub.lang),
        sel("sv", &sub.lang),
        if sub.reminders { " checked" } else { "" },
        esc(&st.notifier().signer.sign(Purpose::Unsubscribe, sub.id, Utc::now())),
    );
    page(StatusCode::OK, "Your subscription", &body)
}

pub async fn manage(State(st): State<AppState>, body: axum::body::Bytes) -> Response {
    let fields = form_fields(&body);
    let token = first(&fields, "token").map(str::to_string);
    let id = match verify(&st, token.as_deref(), Purpose::Manage) {
        Ok(id) => id,
        Err(m) => return bad_request(&m),
    };
    let feeds: Vec<String> = fields.get("feeds").cloned().unwrap_or_default();
    let mode = first(&fields, "mode")
        .and_then(Mode::parse)
        .unwrap_or(Mode::Immediate);
    let reminders = reminders_choice(&fields);
    let lang = lang_of(first(&fields, "lang"));
    let config = st.live.current();
    let result = st
        .db
        .run(move |s| {
            notify::update_preferences(s, &config, id, &feeds, mode, reminders, &lang, Utc::now())
        })
        .await;
    match result {
        Ok(Ok(())) => page(
            StatusCode::OK,
            "Saved",
            "<h2>Saved</h2><p>Your choices are saved.</p>",
        ),
        Ok(Err(e @ NotifyError::UnknownFeed(_))) => bad_request(&e.to_string()),
        Ok(Err(e)) => internal(e),
        Err(e) => internal(e),
    }
}

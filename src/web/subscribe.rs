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

use super::render::{self, Message, Visit};
use super::{internal, AppState};
use crate::filter::{word_list, Filter};
use crate::lang::Lang;
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

/// The filter chosen in a form: words separated by commas, folded and bounded by `filter::word_list`.
fn filter_of(fields: &HashMap<String, Vec<String>>) -> Filter {
    Filter {
        only_dated: first(fields, "only_dated").is_some_and(|v| v != "off"),
        any: word_list(first(fields, "any").unwrap_or_default()),
        none: word_list(first(fields, "none").unwrap_or_default()),
    }
}

/// The mail language chosen in a form; English when none of ours was sent.
fn lang_of(s: Option<&str>) -> Lang {
    s.and_then(Lang::from_tag).unwrap_or(Lang::En)
}

fn bad_request(st: &AppState, visit: &Visit, message: &str) -> Response {
    message_page(
        st,
        StatusCode::BAD_REQUEST,
        visit,
        Message {
            title: visit.word("not_right"),
            text: message,
            detail: None,
            form: None,
        },
    )
}

fn message_page(st: &AppState, status: StatusCode, visit: &Visit, m: Message) -> Response {
    render::message(status, visit, &st.live.current(), m)
}

fn said(st: &AppState, visit: &Visit, title: &'static str, text: &'static str) -> Response {
    message_page(
        st,
        StatusCode::OK,
        visit,
        Message {
            title: visit.word(title),
            text: visit.word(text),
            detail: None,
            form: None,
        },
    )
}

pub async fn subscribe(
    State(st): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    visit: Visit,
    body: axum::body::Bytes,
) -> Response {
    if !st.limiter.allow(peer.ip()) {
        return message_page(
            &st,
            StatusCode::TOO_MANY_REQUESTS,
            &visit,
            Message {
                title: visit.word("too_many"),
                text: visit.word("too_many_text"),
                detail: None,
                form: None,
            },
        );
    }
    let fields = form_fields(&body);
    let email = first(&fields, "email").unwrap_or_default().to_string();
    let Choices {
        feeds,
        mode,
        reminders,
        lang,
        filter,
    } = choices(&fields);
    let req = Request {
        email,
        feeds,
        mode,
        reminders,
        lang,
        filter,
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
            said(&st, &visit, "check_inbox", "check_inbox_text")
        }
        Ok(Err(e @ (NotifyError::BadAddress(_) | NotifyError::UnknownFeed(_)))) => {
            bad_request(&st, &visit, &e.to_string())
        }
        Ok(Err(e)) => internal(e),
        Err(e) => internal(e),
    }
}

/// What a subscriber chooses, on the sign-up form and the manage page alike.
struct Choices {
    feeds: Vec<String>,
    mode: Mode,
    reminders: bool,
    lang: Lang,
    filter: Filter,
}

fn choices(fields: &HashMap<String, Vec<String>>) -> Choices {
    Choices {
        feeds: fields
            .get("feeds")
            .into_iter()
            .flatten()
            .filter(|f| !f.is_empty())
            .cloned()
            .collect(),
        mode: first(fields, "mode")
            .and_then(Mode::parse)
            .unwrap_or(Mode::Immediate),
        reminders: reminders_choice(fields),
        lang: lang_of(first(fields, "lang")),
        filter: filter_of(fields),
    }
}

/// Runs `f` with the store. A store that cannot answer is the server's
/// fault, never the visitor's: answered here, once, as an internal error.
async fn stored<T, E>(
    st: &AppState,
    f: impl FnOnce(&mut crate::store::Store) -> Result<T, E> + Send + 'static,
) -> Result<T, Response>
where
    T: Send + 'static,
    E: std::fmt::Display + Send + 'static,
{
    match st.db.run(f).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(internal(e)),
        Err(e) => Err(internal(e)),
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

/// A page with one button that posts the token to `action`: what a GET of a mail's link shows.
fn button_page(
    st: &AppState,
    visit: &Visit,
    words: (&'static str, &'static str, &'static str),
    action: &str,
    token: &str,
) -> Response {
    let (title, text, button) = words;
    message_page(
        st,
        StatusCode::OK,
        visit,
        Message {
            title: visit.word(title),
            text: visit.word(text),
            detail: None,
            form: Some((action, token, visit.word(button))),
        },
    )
}

pub async fn confirm_page(
    State(st): State<AppState>,
    visit: Visit,
    Query(q): Query<TokenQuery>,
) -> Response {
    let token = token_of(&q, &[]);
    if let Err(m) = verify(&st, token.as_deref(), Purpose::Confirm) {
        return bad_request(&st, &visit, &m);
    }
    button_page(
        &st,
        &visit,
        ("confirm_subject", "confirm_text", "confirm_button"),
        "/confirm",
        token.as_deref().unwrap_or_default(),
    )
}

pub async fn confirm(
    State(st): State<AppState>,
    visit: Visit,
    Query(q): Query<TokenQuery>,
    body: axum::body::Bytes,
) -> Response {
    let token = token_of(&q, &body);
    let Some(token) = token else {
        return bad_request(
            &st,
            &visit,
            &verify(&st, None, Purpose::Confirm)
                .err()
                .unwrap_or_default(),
        );
    };
    let (id, issued) =
        match st
            .notifier()
            .signer
            .verify_issued(&token, Purpose::Confirm, Utc::now())
        {
            Ok(v) => v,
            Err(e) => {
                return bad_request(
                    &st,
                    &visit,
                    &format!("{e}. You can subscribe again from the front page."),
                )
            }
        };
    let config = st.live.current();
    match stored(&st, move |s| {
        notify::confirm(s, &config, id, issued, Utc::now())
    })
    .await
    {
        Ok(Some(sub)) if sub.state == notify::SubscriberState::Confirmed => {
            said(&st, &visit, "subscribed", "subscribed_text")
        }
        Ok(_) => bad_request(&st, &visit, visit.word("gone")),
        Err(failed) => failed,
    }
}

pub async fn unsubscribe_page(
    State(st): State<AppState>,
    visit: Visit,
    Query(q): Query<TokenQuery>,
) -> Response {
    let token = token_of(&q, &[]);
    if let Err(m) = verify(&st, token.as_deref(), Purpose::Unsubscribe) {
        return bad_request(&st, &visit, &m);
    }
    let token = token.unwrap_or_default();
    let action = format!(
        "/unsubscribe?{}",
        url::form_urlencoded::Serializer::new(String::new())
            .append_pair("token", &token)
            .finish()
    );
    button_page(
        &st,
        &visit,
        ("unsubscribe", "unsubscribe_text", "unsubscribe"),
        &action,
        &token,
    )
}

/// RFC 8058 one-click: a POST to the List-Unsubscribe URL unsubscribes at once.
pub async fn unsubscribe(
    State(st): State<AppState>,
    visit: Visit,
    Query(q): Query<TokenQuery>,
    body: axum::body::Bytes,
) -> Response {
    let token = token_of(&q, &body);
    let id = match verify(&st, token.as_deref(), Purpose::Unsubscribe) {
        Ok(id) => id,
        Err(m) => return bad_request(&st, &visit, &m),
    };
    match stored(&st, move |s| notify::unsubscribe(s, id, Utc::now())).await {
        Ok(_) => said(&st, &visit, "unsubscribed", "unsubscribed_text"),
        Err(failed) => failed,
    }
}

pub async fn manage_page(
    State(st): State<AppState>,
    visit: Visit,
    Query(q): Query<TokenQuery>,
) -> Response {
    let token = token_of(&q, &[]);
    let id = match verify(&st, token.as_deref(), Purpose::Manage) {
        Ok(id) => id,
        Err(m) => return bad_request(&st, &visit, &m),
    };
    let sub = match stored(&st, move |s| notify::subscriber(s, id)).await {
        Ok(Some(sub)) => sub,
        Ok(None) => return bad_request(&st, &visit, visit.word("gone")),
        Err(failed) => return failed,
    };
    let config = st.live.current();
    let state = match sub.state.as_str() {
        "confirmed" => visit.word("state_confirmed"),
        "unsubscribed" => visit.word("state_unsubscribed"),
        _ => visit.word("state_pending"),
    };
    render::page(
        StatusCode::OK,
        &visit,
        &config,
        "manage.html",
        visit.word("manage_title"),
        minijinja::context! {
            email => sub.email,
            state,
            state_class => sub.state.as_str(),
            token => token.unwrap_or_default(),
            feeds => render::ser(super::pages::feed_choices(&config, &sub.feeds)),
            mode => sub.mode.as_str(),
            mail_lang => sub.lang.as_str(),
            reminders => sub.reminders,
            only_dated => sub.filter.only_dated,
            any_words => sub.filter.any.join(", "),
            none_words => sub.filter.none.join(", "),
            unsubscribe_token => st.notifier().signer.sign(Purpose::Unsubscribe, sub.id, Utc::now()),
        },
    )
}

pub async fn manage(State(st): State<AppState>, visit: Visit, body: axum::body::Bytes) -> Response {
    let fields = form_fields(&body);
    let token = first(&fields, "token").map(str::to_string);
    let id = match verify(&st, token.as_deref(), Purpose::Manage) {
        Ok(id) => id,
        Err(m) => return bad_request(&st, &visit, &m),
    };
    let Choices {
        feeds,
        mode,
        reminders,
        lang,
        filter,
    } = choices(&fields);
    let config = st.live.current();
    let result = st
        .db
        .run(move |s| {
            notify::update_preferences(
                s,
                &config,
                id,
                &feeds,
                mode,
                reminders,
                lang,
                &filter,
                Utc::now(),
            )
        })
        .await;
    match result {
        Ok(Ok(())) => said(&st, &visit, "saved", "saved_text"),
        Ok(Err(e @ NotifyError::UnknownFeed(_))) => bad_request(&st, &visit, &e.to_string()),
        Ok(Err(e)) => internal(e),
        Err(e) => internal(e),
    }
}

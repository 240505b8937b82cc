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

use axum::extract::{ConnectInfo, FromRequestParts, State};
use axum::http::request::Parts;
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

/// A page that says one thing: `title` and `text`, and a button that posts
/// a token when `form` is `(action, token, button)`.
fn message_page(
    st: &AppState,
    visit: &Visit,
    status: StatusCode,
    (title, text): (&str, &str),
    form: Option<(&str, &str, &str)>,
) -> Response {
    let m = Message {
        title,
        text,
        detail: None,
        form,
    };
    render::message(status, visit, &st.live.current(), m)
}

fn bad_request(st: &AppState, visit: &Visit, message: &str) -> Response {
    let title = visit.word("not_right");
    message_page(st, visit, StatusCode::BAD_REQUEST, (title, message), None)
}

/// A 200 page whose title and text are the words `title` and `text`.
fn said(st: &AppState, visit: &Visit, title: &'static str, text: &'static str) -> Response {
    let words = (visit.word(title), visit.word(text));
    message_page(st, visit, StatusCode::OK, words, None)
}

pub async fn subscribe(
    State(st): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    visit: Visit,
    body: axum::body::Bytes,
) -> Answer {
    if !st.limiter.allow(peer.ip()) {
        let words = (visit.word("too_many"), visit.word("too_many_text"));
        return Ok(message_page(
            &st,
            &visit,
            StatusCode::TOO_MANY_REQUESTS,
            words,
            None,
        ));
    }
    let req = request_of(&form_fields(&body));
    let config = st.live.current();
    let notifier = st.notifier();
    stored(&st, &visit, move |s| {
        notify::subscribe(s, &notifier.ctx(&config), &req, Utc::now())
    })
    .await?;
    st.kick.notify_one();
    Ok(said(&st, &visit, "check_inbox", "check_inbox_text"))
}

/// What a form asks for: the sign-up form and the manage page alike (the
/// manage page sends no address; its subscriber's stays as it is).
fn request_of(fields: &HashMap<String, Vec<String>>) -> Request {
    Request {
        email: first(fields, "email").unwrap_or_default().to_string(),
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

/// Runs `f` with the store. What the visitor can put right (an address
/// that is not one, a feed that does not exist) is a 400 page saying so; a
/// store that cannot answer is the server's fault, never the visitor's:
/// answered here, once, as an internal error.
async fn stored<T: Send + 'static>(
    st: &AppState,
    visit: &Visit,
    f: impl FnOnce(&mut crate::store::Store) -> notify::Result<T> + Send + 'static,
) -> Result<T, Response> {
    match st.db.run(f).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e @ (NotifyError::BadAddress(_) | NotifyError::UnknownFeed(_)))) => {
            Err(bad_request(st, visit, &e.to_string()))
        }
        Ok(Err(e)) => Err(internal(e)),
        Err(e) => Err(internal(e)),
    }
}

/// The token a mail's link carries in its query string (`?token=`); an
/// empty one counts as none.
pub struct LinkToken(Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for LinkToken {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default().as_bytes();
        Ok(LinkToken(token_in(query)))
    }
}

impl LinkToken {
    /// The token, from the query string or else from a posted form.
    fn or_form(self, body: &[u8]) -> Option<String> {
        self.0.or_else(|| token_in(body))
    }
}

fn token_in(form: &[u8]) -> Option<String> {
    first(&form_fields(form), "token")
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

/// What a link handler answers: the page to show, or (as `Err`) the page
/// that says why not, so each step can stop the handler with `?`.
type Answer = Result<Response, Response>;

const MISSING_TOKEN: &str = "This link is missing its token: open the link from the mail as it is.";

fn expired(e: impl std::fmt::Display) -> String {
    format!("{e}. You can subscribe again from the front page.")
}

/// The subscriber a link's token names, or the 400 page that says why not.
// The error is the response itself, made once and only on the way out.
#[allow(clippy::result_large_err)]
fn verified(
    st: &AppState,
    visit: &Visit,
    token: Option<&str>,
    purpose: Purpose,
) -> Result<i64, Response> {
    let token = token.ok_or_else(|| bad_request(st, visit, MISSING_TOKEN))?;
    st.notifier()
        .signer
        .verify(token, purpose, Utc::now())
        .map_err(|e| bad_request(st, visit, &expired(e)))
}

/// What a GET of a mail's link shows: a page with one button that posts the
/// token to `action` (a GET never acts), or the 400 page when the token is
/// not good for `purpose`.
#[allow(clippy::result_large_err)]
fn button_page(
    st: &AppState,
    visit: &Visit,
    token: Option<&str>,
    purpose: Purpose,
    (title, text, button): (&'static str, &'static str, &'static str),
    action: &str,
) -> Answer {
    verified(st, visit, token, purpose)?;
    let words = (visit.word(title), visit.word(text));
    let form = Some((action, token.unwrap_or_default(), visit.word(button)));
    Ok(message_page(st, visit, StatusCode::OK, words, form))
}

pub async fn confirm_page(State(st): State<AppState>, visit: Visit, link: LinkToken) -> Answer {
    button_page(
        &st,
        &visit,
        link.0.as_deref(),
        Purpose::Confirm,
        ("confirm_subject", "confirm_text", "confirm_button"),
        "/confirm",
    )
}

pub async fn confirm(
    State(st): State<AppState>,
    visit: Visit,
    link: LinkToken,
    body: axum::body::Bytes,
) -> Answer {
    let token = link
        .or_form(&body)
        .ok_or_else(|| bad_request(&st, &visit, MISSING_TOKEN))?;
    // Confirming needs when the link was issued, not only whom it names.
    let (id, issued) = st
        .notifier()
        .signer
        .verify_issued(&token, Purpose::Confirm, Utc::now())
        .map_err(|e| bad_request(&st, &visit, &expired(e)))?;
    let config = st.live.current();
    let sub = stored(&st, &visit, move |s| {
        notify::confirm(s, &config, id, issued, Utc::now())
    })
    .await?;
    Ok(match sub {
        Some(sub) if sub.state == notify::SubscriberState::Confirmed => {
            said(&st, &visit, "subscribed", "subscribed_text")
        }
        _ => bad_request(&st, &visit, visit.word("gone")),
    })
}

pub async fn unsubscribe_page(State(st): State<AppState>, visit: Visit, link: LinkToken) -> Answer {
    // The button posts to the link itself, as a one-click POST (RFC 8058) would.
    let action = format!(
        "/unsubscribe?{}",
        url::form_urlencoded::Serializer::new(String::new())
            .append_pair("token", link.0.as_deref().unwrap_or_default())
            .finish()
    );
    button_page(
        &st,
        &visit,
        link.0.as_deref(),
        Purpose::Unsubscribe,
        ("unsubscribe", "unsubscribe_text", "unsubscribe"),
        &action,
    )
}

/// RFC 8058 one-click: a POST to the List-Unsubscribe URL unsubscribes at once.
pub async fn unsubscribe(
    State(st): State<AppState>,
    visit: Visit,
    link: LinkToken,
    body: axum::body::Bytes,
) -> Answer {
    let id = verified(
        &st,
        &visit,
        link.or_form(&body).as_deref(),
        Purpose::Unsubscribe,
    )?;
    stored(&st, &visit, move |s| notify::unsubscribe(s, id, Utc::now())).await?;
    Ok(said(&st, &visit, "unsubscribed", "unsubscribed_text"))
}

pub async fn manage_page(
    State(st): State<AppState>,
    visit: Visit,
    LinkToken(token): LinkToken,
) -> Answer {
    let id = verified(&st, &visit, token.as_deref(), Purpose::Manage)?;
    let sub = stored(&st, &visit, move |s| notify::subscriber(s, id))
        .await?
        .ok_or_else(|| bad_request(&st, &visit, visit.word("gone")))?;
    let config = st.live.current();
    let state = match sub.state.as_str() {
        "confirmed" => visit.word("state_confirmed"),
        "unsubscribed" => visit.word("state_unsubscribed"),
        _ => visit.word("state_pending"),
    };
    Ok(render::page(
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
    ))
}

pub async fn manage(State(st): State<AppState>, visit: Visit, body: axum::body::Bytes) -> Answer {
    let fields = form_fields(&body);
    let id = verified(&st, &visit, first(&fields, "token"), Purpose::Manage)?;
    let req = request_of(&fields);
    let config = st.live.current();
    stored(&st, &visit, move |s| {
        notify::update_preferences(s, &config, id, &req, Utc::now())
    })
    .await?;
    Ok(said(&st, &visit, "saved", "saved_text"))
}

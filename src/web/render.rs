//! HTML pages: the templates in `templates/web/` (built in), the frame every
//! page shares (language switcher, navigation, feed autodiscovery), and the
//! one place that sets a page's security headers.
//!
//! Templates are autoescaped; nothing from the news is inserted as markup.

use std::sync::OnceLock;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use minijinja::{context, AutoEscape, Environment, Value};
use serde::Serialize;

use super::i18n::{self, Lang};
use crate::config::Config;
use crate::publish;
use crate::templates;

const TEMPLATES: &[(&str, &str)] = templates::builtin!(
    "web":
    "layout.html",
    "_forms.html",
    "index.html",
    "deadlines.html",
    "sources.html",
    "message.html",
    "manage.html",
);

pub const STYLE: &str = include_str!("../../templates/web/style.css");
pub const FAVICON: &str = include_str!("../../templates/web/favicon.svg");

/// Scripts: none. Styles and the icon: our own files only.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// HTML-escapes with the crate's one escaper (& < > " '), leaving "/" as it
/// is (minijinja's own escapes it), so addresses in the page read as addresses.
fn html_formatter(
    out: &mut minijinja::Output,
    state: &mut minijinja::State,
    value: &minijinja::Value,
) -> Result<(), minijinja::Error> {
    match value.as_str() {
        Some(s) if *state.auto_escape() == AutoEscape::Html && !value.is_safe() => {
            out.write_str(&crate::extract::escape_html(s))?;
            Ok(())
        }
        _ => minijinja::escape_formatter(out, state, value),
    }
}

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_formatter(html_formatter);
        for (name, source) in TEMPLATES {
            if let Err(e) = env.add_template(name, source) {
                // A broken built-in template is caught by the tests; the page then says so.
                tracing::error!(template = name, error = %e, "built-in template does not parse");
            }
        }
        env
    })
}

/// Who is asking, as far as a page cares: the language, and where they are
/// (to keep the query when switching language).
pub struct Visit {
    pub lang: Lang,
    /// The language came from `?lang=`: remember it in the cookie.
    remember: bool,
    path: String,
    query: Vec<(String, String)>,
    get: bool,
}

impl<S: Send + Sync> FromRequestParts<S> for Visit {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Visit, Self::Rejection> {
        let query: Vec<(String, String)> = parts
            .uri
            .query()
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default();
        let asked = query
            .iter()
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.as_str());
        let (lang, remember) = i18n::negotiate(asked, &parts.headers);
        Ok(Visit {
            lang,
            remember,
            path: parts.uri.path().to_string(),
            query: query.into_iter().filter(|(k, _)| k != "lang").collect(),
            get: parts.method == axum::http::Method::GET,
        })
    }
}

impl Visit {
    /// This page in another language (the front page, after a form was posted).
    fn in_lang(&self, lang: Lang) -> String {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        if self.get {
            for (k, v) in &self.query {
                q.append_pair(k, v);
            }
        }
        q.append_pair("lang", lang.as_str());
        let path = if self.get { self.path.as_str() } else { "/" };
        format!("{path}?{}", q.finish())
    }

    pub fn word(&self, key: &'static str) -> &'static str {
        i18n::word(self.lang, key)
    }
}

#[derive(Serialize)]
struct Alternate {
    title: String,
    href: String,
    r#type: &'static str,
}

#[derive(Serialize)]
struct Switch {
    code: &'static str,
    name: &'static str,
    href: String,
    current: bool,
}

/// Renders `template` inside the shared frame, with the headers every page carries.
pub fn page(
    status: StatusCode,
    visit: &Visit,
    config: &Config,
    template: &str,
    title: &str,
    ctx: Value,
) -> Response {
    let base = &config.server.base_url;
    let alternates: Vec<Alternate> = config
        .published_feeds()
        .into_iter()
        .flat_map(|f| {
            [
                ("atom", "application/atom+xml", ""),
                ("rss", "application/rss+xml", " (RSS)"),
            ]
            .map(|(ext, ty, suffix)| Alternate {
                title: format!("{}{suffix}", f.title),
                href: publish::feed_url(base, &f.id, ext),
                r#type: ty,
            })
        })
        .collect();
    let switch: Vec<Switch> = Lang::SPOKEN
        .iter()
        .map(|&l| Switch {
            code: l.as_str(),
            name: l.name(),
            href: visit.in_lang(l),
            current: l == visit.lang,
        })
        .collect();
    let full = context! {
        lang => visit.lang.as_str(),
        t => i18n::words(visit.lang),
        title,
        alternates => ser(alternates),
        switch => ser(switch),
        opml_url => format!("{}/opml", base.as_str().trim_end_matches('/')),
        ..ctx
    };
    let html = match env().get_template(template).and_then(|t| t.render(&full)) {
        Ok(html) => html,
        Err(e) => {
            tracing::error!(template, error = %format!("{e:#}"), "page failed to render");
            return super::error(
                StatusCode::INTERNAL_SERVER_ERROR,
                &format!("internal error: the page could not be rendered: {e:#}"),
            );
        }
    };
    let mut response = (status, html).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    // The language depends on these; the content on the database.
    h.insert(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if visit.remember {
        let cookie = format!(
            "lang={}; Path=/; Max-Age=31536000; SameSite=Lax",
            visit.lang.as_str()
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            h.insert(header::SET_COOKIE, v);
        }
    }
    response
}

/// A short page: a heading, a sentence, and maybe a button that posts `token` to `action`.
pub struct Message<'a> {
    pub title: &'a str,
    pub text: &'a str,
    pub detail: Option<&'a str>,
    pub form: Option<(&'a str, &'a str, &'a str)>,
}

pub fn message(status: StatusCode, visit: &Visit, config: &Config, m: Message) -> Response {
    let form = m
        .form
        .map(|(action, token, button)| context! { action, token, button });
    page(
        status,
        visit,
        config,
        "message.html",
        m.title,
        context! { heading => m.title, text => m.text, detail => m.detail, form },
    )
}

/// The stylesheet and the icon: the same for a day, then checked again.
pub fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=86400"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}

/// Anything serializable as a template value.
pub fn ser<T: Serialize>(value: T) -> Value {
    Value::from(minijinja::value::Serde(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_but_addresses_stay_readable() {
        let html = env()
            .template_from_named_str("t.html", "{{ a }}")
            .and_then(|t| {
                t.render(context! { a => "<b title=\"x\">Tom & 'Jerry'</b> /feeds/a.atom" })
            })
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            html,
            "&lt;b title=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt; /feeds/a.atom"
        );
    }

    #[test]
    fn every_template_parses() {
        let mut env = Environment::new();
        env.set_formatter(html_formatter);
        for (name, source) in TEMPLATES {
            env.add_template(name, source)
                .unwrap_or_else(|e| panic!("{name}: {e:#}"));
        }
    }
}

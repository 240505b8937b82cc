//! Mail text: subjects, plain-text and HTML bodies rendered from the
//! templates in `templates/mail/` (built in; an admin may override any of them
//! with a file of the same name in `[mail] templates_dir`).
//!
//! HTML is autoescaped; item summaries were sanitized when they were stored
//! and are inserted as they are. Pure: strings in, strings out.

use std::path::PathBuf;

use minijinja::{context, Environment, Value};
use serde::Serialize;

use crate::deadlines::Kind;
use crate::lang::{self, Lang};
use crate::store::StoredItem;
use crate::templates;

const BUILTIN: &[(&str, &str)] = templates::builtin!(
    "mail":
    "layout.html",
    "_item.html",
    "_item.txt",
    "_footer.txt",
    "item.subject",
    "item.html",
    "item.txt",
    "digest.subject",
    "digest.html",
    "digest.txt",
    "reminder.subject",
    "reminder.html",
    "reminder.txt",
    "confirm.subject",
    "confirm.html",
    "confirm.txt",
    "admin.subject",
    "admin.html",
    "admin.txt",
);

/// A rendered mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

#[derive(Debug, thiserror::Error)]
#[error("unable to render the {template} mail: {source}")]
pub struct RenderError {
    template: String,
    source: minijinja::Error,
}

#[derive(Debug, Clone, Serialize)]
struct DateView {
    label: String,
    text: String,
}

/// An item as the templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    title: String,
    link: String,
    source: String,
    date: String,
    summary_html: Value,
    summary_text: String,
    dates: Vec<DateView>,
}

impl ItemView {
    /// The item with its dates and their labels as `lang` writes them.
    pub fn new(item: &StoredItem, source_title: &str, tz: chrono_tz::Tz, lang: Lang) -> ItemView {
        ItemView {
            title: item.title.clone(),
            link: item.link.clone(),
            source: source_title.to_string(),
            date: lang::date(lang, item.date().with_timezone(&tz).date_naive()),
            summary_html: Value::from_safe_string(item.summary.clone().unwrap_or_default()),
            summary_text: item.text.clone().unwrap_or_default(),
            dates: item
                .mentions
                .iter()
                .map(|m| DateView {
                    label: lang::mention_label(lang, m),
                    text: if m.kind == Kind::Deadline || m.kind == Kind::Event {
                        m.text.clone()
                    } else {
                        String::new()
                    },
                })
                .collect(),
        }
    }
}

/// Renders mails from the built-in templates and any overrides.
pub struct Renderer {
    env: Environment<'static>,
}

impl Renderer {
    pub fn new(overrides: Option<PathBuf>) -> Renderer {
        let mut env = Environment::new();
        env.set_loader(move |name| {
            if let Some(dir) = &overrides {
                let path = dir.join(name);
                if path.is_file() {
                    return std::fs::read_to_string(&path).map(Some).map_err(|e| {
                        minijinja::Error::new(
                            minijinja::ErrorKind::TemplateNotFound,
                            format!("unable to read {}: {e}", path.display()),
                        )
                    });
                }
            }
            Ok(BUILTIN
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, body)| body.to_string()))
        });
        // Subjects and text parts are not HTML: autoescape only .html.
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                minijinja::AutoEscape::Html
            } else {
                minijinja::AutoEscape::None
            }
        });
        Renderer { env }
    }

    /// Renders `<kind>.subject`, `<kind>.txt` and `<kind>.html` with `ctx`
    /// (plus `t`, the words of `lang`, and `lang`).
    pub fn render(&self, kind: &str, lang: Lang, ctx: Value) -> Result<Rendered, RenderError> {
        let full = context! { t => lang::words(lang), lang => lang.as_str(), ..ctx };
        let one = |suffix: &str| -> Result<String, RenderError> {
            let name = format!("{kind}.{suffix}");
            let err = |source| RenderError {
                template: name.clone(),
                source,
            };
            let tmpl = self.env.get_template(&name).map_err(err)?;
            tmpl.render(&full).map_err(err)
        };
        let subject = one("subject")?;
        // A subject is one line, whatever the template or the news put in it.
        let subject = crate::extract::normalize_ws(&subject);
        let full_with_subject = context! { subject => subject.clone(), ..full.clone() };
        let html_name = format!("{kind}.html");
        let html = self
            .env
            .get_template(&html_name)
            .and_then(|t| t.render(&full_with_subject))
            .map_err(|source| RenderError {
                template: html_name,
                source,
            })?;
        Ok(Rendered {
            subject,
            text: tidy_text(&one("txt")?),
            html,
        })
    }
}

/// At most one blank line in a row, no trailing spaces.
fn tidy_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.lines() {
        // "-- " (with its space) is the signature separator mail clients
        // recognise (RFC 3676 4.3): the footer after it is folded away.
        let line = match line.trim_end() {
            "--" => "-- ",
            other => other,
        };
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.trim_start_matches('\n').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_separator_keeps_its_space() {
        assert_eq!(
            tidy_text("News  \n\n\n--\nUnsubscribe: x\n"),
            "News\n\n-- \nUnsubscribe: x\n"
        );
    }

    #[test]
    fn every_builtin_template_renders_in_every_language() {
        let r = Renderer::new(None);
        let item = context! {
            title => "T <script>", link => "https://e.example/1", source => "S", date => "1.1.2024",
            summary_html => Value::from_safe_string("<p>ok</p>".into()), summary_text => "ok", dates => Vec::<String>::new(),
        };
        for lang in Lang::SPOKEN {
            let common = context! { unsubscribe_url => "https://x/u", manage_url => "https://x/m" };
            let item_mail = r
                .render(
                    "item",
                    lang,
                    context! { item => item.clone(), ..common.clone() },
                )
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(
                item_mail.html.contains("T &lt;script&gt;"),
                "autoescaped: {}",
                item_mail.html
            );
            assert!(item_mail.text.contains("T <script>"), "text is not escaped");
            assert!(
                item_mail
                    .html
                    .replace("&#x2f;", "/")
                    .contains("https://x/u")
                    && item_mail.text.contains("https://x/u")
            );
            let groups = vec![context! { source => "S", items => vec![item.clone()] }];
            let digest = r
                .render("digest", lang, context! { period => "daily", count => 1, sources => vec!["S"], groups, ..common.clone() })
                .unwrap_or_else(|e| panic!("{e}"));
            assert!(
                digest.subject.contains("1 ") && digest.subject.contains('S'),
                "{}",
                digest.subject
            );
            r.render("reminder", lang, context! { item => item.clone(), when => lang::days_left(lang, 7), deadline => "18.2.2024", ..common.clone() })
                .unwrap_or_else(|e| panic!("{e}"));
            r.render(
                "confirm",
                lang,
                context! { confirm_url => "https://x/c", ..common },
            )
            .unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

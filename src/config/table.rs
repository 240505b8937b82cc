//! Reading a TOML table key by key: typed values with their place, and
//! every key nobody asked for reported as unknown (with the closest known one).

use std::ops::Range;
use std::str::FromStr;
use std::time::Duration;

use chrono_tz::Tz;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::error::Cx;
use super::values::{parse_duration, parse_size, show_duration, MAX_BODY_LIMIT};
use super::Schedule;

pub(super) type Val<'i> = Spanned<DeValue<'i>>;

/// A table being read: remembers which keys were used so the rest can be
/// reported as unknown (a typo like `schedul` must not pass silently).
pub(super) struct Tab<'a, 'i> {
    pub(super) table: Option<&'a DeTable<'i>>,
    /// Dotted path of this table, for messages: `source[2].select`.
    pub(super) path: String,
    pub(super) span: Range<usize>,
    pub(super) known: Vec<&'static str>,
}

impl<'a, 'i> Tab<'a, 'i> {
    pub(super) fn new(table: Option<&'a DeTable<'i>>, path: &str, span: Range<usize>) -> Self {
        Tab {
            table,
            path: path.to_string(),
            span,
            known: Vec::new(),
        }
    }

    pub(super) fn key(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_string()
        } else {
            format!("{}.{}", self.path, name)
        }
    }

    pub(super) fn has(&self, name: &str) -> bool {
        self.table.is_some_and(|t| t.contains_key(name))
    }

    pub(super) fn get(&mut self, name: &'static str) -> Option<&'a Val<'i>> {
        self.known.push(name);
        self.table?.get(name)
    }

    pub(super) fn string(
        &mut self,
        cx: &mut Cx,
        name: &'static str,
    ) -> Option<(String, Range<usize>)> {
        let v = self.get(name)?;
        match v.get_ref() {
            DeValue::String(s) => Some((s.to_string(), v.span())),
            _ => {
                self.mistyped(cx, name, v, "a string");
                None
            }
        }
    }

    /// A word read by `parse` (`default` when absent); any other word is
    /// reported as not one of `expected` (the words, quoted, as a list).
    pub(super) fn one_of<T>(
        &mut self,
        cx: &mut Cx,
        name: &'static str,
        parse: impl Fn(&str) -> Option<T>,
        expected: &str,
        default: T,
    ) -> T {
        let Some((word, span)) = self.string(cx, name) else {
            return default;
        };
        parse(&word).unwrap_or_else(|| {
            let problem = format!("{word:?} is not one of {expected}");
            cx.problem(span, &self.key(name), problem);
            default
        })
    }

    /// A list of strings (absent: empty); each with its place, for checking one by one.
    pub(super) fn string_list(
        &mut self,
        cx: &mut Cx,
        name: &'static str,
        example: &str,
    ) -> Vec<(String, Range<usize>)> {
        let Some(v) = self.get(name) else {
            return Vec::new();
        };
        let DeValue::Array(items) = v.get_ref() else {
            self.mistyped(cx, name, v, &format!("a list such as {example}"));
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(s) => out.push((s.to_string(), item.span())),
                _ => self.mistyped(cx, name, item, "a string"),
            }
        }
        out
    }

    /// A value of the wrong type: what was expected, and what was found.
    fn mistyped(&self, cx: &mut Cx, name: &str, v: &Val, expected: &str) {
        let found = v.get_ref().type_str();
        cx.problem(
            v.span(),
            &self.key(name),
            format!("expected {expected}, found {found}"),
        );
    }

    pub(super) fn required_string(
        &mut self,
        cx: &mut Cx,
        name: &'static str,
    ) -> Option<(String, Range<usize>)> {
        let present = self.table.map(|t| t.contains_key(name)).unwrap_or(false);
        if !present {
            self.known.push(name);
            cx.problem(
                self.span.clone(),
                &self.key(name),
                "missing (this key is required)",
            );
            return None;
        }
        let (s, span) = self.string(cx, name)?;
        if s.trim().is_empty() {
            cx.problem(span, &self.key(name), "must not be empty");
            return None;
        }
        Some((s, span))
    }

    pub(super) fn bool(&mut self, cx: &mut Cx, name: &'static str, default: bool) -> bool {
        let Some(v) = self.get(name) else {
            return default;
        };
        match v.get_ref() {
            DeValue::Boolean(b) => *b,
            _ => {
                self.mistyped(cx, name, v, "true or false");
                default
            }
        }
    }

    pub(super) fn integer(
        &mut self,
        cx: &mut Cx,
        name: &'static str,
        min: i64,
        max: i64,
    ) -> Option<i64> {
        let v = self.get(name)?;
        let parsed = match v.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).ok(),
            _ => None,
        };
        match parsed {
            Some(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                cx.problem(
                    v.span(),
                    &self.key(name),
                    format!("expected a whole number from {min} to {max}"),
                );
                None
            }
        }
    }

    /// A duration no longer than `max`: beyond sane limits a value would
    /// overflow time arithmetic or silently park a job, so it is refused here.
    pub(super) fn duration(
        &mut self,
        cx: &mut Cx,
        name: &'static str,
        default: Duration,
        max: Duration,
    ) -> Duration {
        let Some(v) = self.get(name) else {
            return default;
        };
        let parsed = match v.get_ref() {
            DeValue::String(s) => parse_duration(s),
            DeValue::Integer(i) => i.as_str().parse::<u64>().ok().map(Duration::from_secs),
            _ => None,
        };
        match parsed {
            Some(d) if d <= max => d,
            Some(_) => {
                cx.problem(
                    v.span(),
                    &self.key(name),
                    format!("must be at most {}", show_duration(max)),
                );
                default
            }
            None => {
                cx.problem(
                    v.span(),
                    &self.key(name),
                    "expected a duration such as \"500ms\", \"2s\", \"5m\" or \"1h\"",
                );
                default
            }
        }
    }

    pub(super) fn size(&mut self, cx: &mut Cx, name: &'static str, default: u64) -> u64 {
        let Some(v) = self.get(name) else {
            return default;
        };
        let parsed = match v.get_ref() {
            DeValue::String(s) => parse_size(s),
            DeValue::Integer(i) => i.as_str().parse::<u64>().ok(),
            _ => None,
        };
        match parsed {
            Some(n) if n > 0 && n <= MAX_BODY_LIMIT => n,
            Some(n) if n > 0 => {
                cx.problem(
                    v.span(),
                    &self.key(name),
                    format!("must be at most {}MB", MAX_BODY_LIMIT / 1_000_000),
                );
                default
            }
            _ => {
                cx.problem(
                    v.span(),
                    &self.key(name),
                    "expected a size such as \"10MB\", \"512KB\" or a number of bytes",
                );
                default
            }
        }
    }

    pub(super) fn schedule(&mut self, cx: &mut Cx, name: &'static str, default: &str) -> Schedule {
        let fallback = || Schedule::parse(default);
        match self.string(cx, name) {
            Some((expr, span)) => match Schedule::parse(&expr) {
                Ok(s) => s,
                Err(msg) => {
                    cx.problem(span, &self.key(name), format!("{expr:?} is {msg}"));
                    fallback().unwrap_or_else(|_| unreachable_schedule())
                }
            },
            None => fallback().unwrap_or_else(|_| unreachable_schedule()),
        }
    }

    pub(super) fn timezone(&mut self, cx: &mut Cx, name: &'static str, default: Tz) -> Tz {
        match self.string(cx, name) {
            Some((s, span)) => s.parse::<Tz>().unwrap_or_else(|_| {
                cx.problem(
                    span,
                    &self.key(name),
                    format!(
                        "{s:?} is not a time zone name (such as \"Europe/Helsinki\" or \"UTC\")"
                    ),
                );
                default
            }),
            None => default,
        }
    }

    pub(super) fn subtable(&mut self, cx: &mut Cx, name: &'static str) -> Tab<'a, 'i> {
        let key = self.key(name);
        match self.get(name) {
            None => Tab::new(None, &key, self.span.clone()),
            Some(v) => match v.get_ref() {
                DeValue::Table(t) => Tab::new(Some(t), &key, v.span()),
                _ => {
                    self.mistyped(cx, name, v, "a table");
                    Tab::new(None, &key, v.span())
                }
            },
        }
    }

    /// Reports keys nobody asked for.
    pub(super) fn finish(self, cx: &mut Cx) {
        let Some(table) = self.table else { return };
        for (k, _) in table.iter() {
            if !self.known.iter().any(|n| *n == k.get_ref().as_ref()) {
                let hint = closest(k.get_ref(), &self.known)
                    .map(|s| format!(" (did you mean `{s}`?)"))
                    .unwrap_or_default();
                cx.problem(
                    k.span(),
                    &self.key(k.get_ref()),
                    format!("unknown key{hint}"),
                );
            }
        }
    }
}

/// Croner accepts this literal; the fallback only keeps types simple after an error was recorded.
fn unreachable_schedule() -> Schedule {
    Schedule {
        expr: "0 0 1 1 *".into(),
        cron: std::sync::Arc::new(
            croner::Cron::from_str("0 0 1 1 *").unwrap_or_else(|_| unreachable!()),
        ),
    }
}

fn closest<'k>(word: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (edit_distance(word, k), *k))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

pub(super) fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

pub(super) const ID_RULE: &str =
    "ids are 1-64 characters of a-z, 0-9, '-' and '_' (they appear in URLs)";

/// Each `[[name]]` table, to read as `name[0]`, `name[1]`, … (what is not
/// a table is reported and skipped).
pub(super) fn tables_of<'a, 'i>(
    cx: &mut Cx,
    top: &mut Tab<'a, 'i>,
    name: &'static str,
) -> Vec<Tab<'a, 'i>> {
    let tables: Vec<(Range<usize>, &'a DeTable<'i>)> = match top.get(name) {
        None => Vec::new(),
        Some(v) => match v.get_ref() {
            DeValue::Array(items) => items
                .iter()
                .filter_map(|item| match item.get_ref() {
                    DeValue::Table(t) => Some((item.span(), t)),
                    _ => {
                        cx.problem(item.span(), name, format!("expected [[{name}]] tables"));
                        None
                    }
                })
                .collect(),
            _ => {
                cx.problem(v.span(), name, format!("expected [[{name}]] tables"));
                Vec::new()
            }
        },
    };
    tables
        .into_iter()
        .enumerate()
        .map(|(i, (span, table))| Tab::new(Some(table), &format!("{name}[{i}]"), span))
        .collect()
}

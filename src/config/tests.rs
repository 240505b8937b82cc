use super::*;

/// Asserts that each of `needles` is in one of the `problems`.
fn says_all(problems: &[String], needles: &[&str]) {
    for needle in needles {
        assert!(
            problems.iter().any(|l| l.contains(needle)),
            "{needle:?} is not in {problems:#?}"
        );
    }
}

fn problems(text: &str) -> Vec<String> {
    match Config::parse(text, Path::new("t.toml")) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems.iter().map(|p| p.to_string()).collect(),
    }
}

#[test]
fn the_shipped_config_is_valid() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/tidings.toml");
    let config = Config::load(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(!config.sources.is_empty());
    assert_eq!(config.mail.reminder_days, vec![7, 1]);
}

#[test]
fn every_problem_is_reported_at_once_with_line_and_column() {
    let text = r#"
[server]
listen = "nowhere"

[[source]]
id = "Bad Id"
url = "ftp://x"
schedul = "* * * * *"
[source.select]
item = "div[["
title = "h3"
link = "a@"

[[source]]
id = "ok"
url = "https://example.org/"
schedule = "99 * * * *"
timezone = "Mars/Olympus"
[source.select]
item = "li"
title = "h3"
link = "a@href"
"#;
    let p = problems(text);
    says_all(
        &p,
        &[
            "t.toml:3:10: server.listen",
            "t.toml:6:6: source[0].id",
            "source[0].url",
            "t.toml:8:1: source[0].schedul: unknown key (did you mean `schedule`?)",
            "source[0].select.item",
            "source[0].select.link",
            "source[1].schedule",
            "source[1].timezone",
        ],
    );
    assert_eq!(p.len(), 8, "{p:#?}");
}

#[test]
fn a_syntax_error_names_its_line() {
    let p = problems("[server]\nlisten = \"127.0.0.1:1\nbase_url = 3\n");
    assert_eq!(p.len(), 1);
    assert!(p[0].starts_with("t.toml:2:"), "{p:?}");
}

#[test]
fn feeds_expand_the_star_and_reject_unknown_sources() {
    let text = r#"
[[source]]
id = "a"
url = "https://a.example/"
kind = "feed"
[[source]]
id = "b"
url = "https://b.example/"
kind = "feed"
[[feed]]
id = "all"
sources = ["*"]
[[feed]]
id = "some"
sources = ["b", "zzz"]
"#;
    let p = problems(text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].contains("feed[1].sources: \"zzz\" is not the id"),
        "{p:?}"
    );
    let ok = Config::parse(&text.replace(", \"zzz\"", ""), Path::new("t.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        ok.feed("all").map(|f| f.sources.clone()),
        Some(vec!["a".to_string(), "b".to_string()])
    );
}

#[test]
fn durations_and_sizes_read_as_people_write_them() {
    assert_eq!(parse_duration("2s"), Some(Duration::from_secs(2)));
    assert_eq!(parse_duration("500ms"), Some(Duration::from_millis(500)));
    assert_eq!(parse_duration("5m"), Some(Duration::from_secs(300)));
    assert_eq!(parse_duration("fast"), None);
    assert_eq!(parse_size("10MB"), Some(10_000_000));
    assert_eq!(parse_size("1MiB"), Some(1 << 20));
    assert_eq!(parse_size("lots"), None);
}

#[test]
fn durations_beyond_sane_limits_are_refused_with_their_place() {
    // Regression: "99999999999h" passed `check` and then overflowed the scheduler;
    // 2^64 s panicked `check` itself.
    assert_eq!(parse_duration("18446744073709551616s"), None);
    assert_eq!(parse_duration("1e400s"), None);
    let src = |extra: &str| {
        format!("[[source]]\nid = \"a\"\nurl = \"https://x.example/\"\n{extra}\n[source.select]\nitem = \"li\"\ntitle = \"h3\"\nlink = \"a@href\"\n")
    };
    let p = problems(&src("jitter = \"99999999999h\""));
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0], "t.toml:4:10: source[0].jitter: must be at most 1d");
    let p = problems("[fetch]\nper_host_interval = \"99999999999h\"\n");
    assert!(p.len() == 1 && p[0].contains("at most 1h"), "{p:?}");
    let p = problems("[fetch]\ntimeout = \"18446744073709551616s\"\n");
    assert!(p.len() == 1 && p[0].contains("t.toml:2:11"), "{p:?}");
    let p = problems("[fetch]\nmax_body = \"999GB\"\n");
    assert!(p.len() == 1 && p[0].contains("at most"), "{p:?}");
    assert!(problems(&src("jitter = \"1d\"")).is_empty());
}

#[test]
fn a_changed_selector_changes_the_fingerprint_and_a_changed_schedule_does_not() {
    let a = "[[source]]\nid = \"a\"\nurl = \"https://x.example/\"\nschedule = \"*/30 * * * *\"\n[source.select]\nitem = \"ul.news li\"\ntitle = \"h3\"\nlink = \"a@href\"\n";
    let fp = |text: &str| {
        Config::parse(text, Path::new("t.toml"))
            .unwrap_or_else(|e| panic!("{e}"))
            .sources[0]
            .fingerprint
            .clone()
    };
    assert_ne!(fp(a), fp(&a.replace("ul.news", "ul.real")));
    assert_ne!(fp(a), fp(&a.replace("x.example", "y.example")));
    assert_eq!(fp(a), fp(&a.replace("*/30", "*/10")));
}

#[test]
fn picks_take_an_attribute_after_the_at_sign() {
    let p = parse_pick("a@data-href").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(p.attr.as_deref(), Some("data-href"));
    assert!(p.selector.is_some());
    let own = parse_pick("@href").unwrap_or_else(|e| panic!("{e}"));
    assert!(own.selector.is_none());
    assert!(parse_pick("a@").is_err());
}

#[test]
fn weekly_digest_on_monday_fires_on_monday() {
    use chrono::{Datelike, TimeZone, Utc};
    let s = Schedule::parse("0 7 * * 1").unwrap_or_else(|e| panic!("{e}"));
    // 2024-03-06 is a Wednesday.
    let next = s
        .next_after(
            Utc.with_ymd_and_hms(2024, 3, 6, 12, 0, 0).unwrap(),
            chrono_tz::Europe::Helsinki,
        )
        .unwrap();
    assert_eq!(next.weekday(), chrono::Weekday::Mon);
    assert_eq!(next, Utc.with_ymd_and_hms(2024, 3, 11, 5, 0, 0).unwrap());
}

#[test]
fn jquery_pseudo_classes_get_the_css_to_write_instead() {
    let msg = |s: &str| parse_pick(s).err().unwrap_or_default();
    assert!(msg("li:eq(2)").contains("`:eq(2)` is jQuery, not CSS; use `:nth-of-type(3)`"));
    assert!(msg("li:gt(0)").contains("`:nth-of-type(n+2)`"));
    assert!(msg("li:lt(3)").contains("`:nth-of-type(-n+3)`"));
    assert!(msg("tr:even").contains("`:nth-of-type(odd)`"));
    assert!(msg("li:first a").contains("`:first-of-type`"));
    assert!(msg("h3:contains(\"Call\")").contains("CSS cannot select by text"));
    // `:has` is CSS and works; a colon inside quotes or brackets is not a pseudo-class.
    assert!(parse_pick("li:has(time)").is_ok());
    assert!(parse_pick("a[href^='https:']@href").is_ok());
    assert!(parse_pick("li:nth-of-type(2n+1) > a").is_ok());
}

#[test]
fn other_selector_errors_say_what_is_wrong_never_to_report_a_bug() {
    for (s, says) in [
        (
            "li:hovered",
            "`:hovered` is not a pseudo-class tidings knows",
        ),
        ("div[", "it ends too early"),
        ("ul >", "with nothing after it"),
        ("a, , b", "empty"),
        ("a[href=", "it ends too early"),
        ("div..x", "class name"),
    ] {
        let m = parse_pick(s).err().unwrap_or_default();
        assert!(m.contains(says), "{s}: {m}");
        assert!(!m.contains("report this to the developer"), "{s}: {m}");
    }
}

const ONE_SOURCE: &str = r#"
[[source]]
id = "news"
url = "https://example.org/"
[source.select]
item = "li"
title = "h3"
link = "a@href"
"#;

#[test]
fn channels_are_read_with_their_filter_and_every_mistake_named_in_place() {
    let text = format!(
        "{ONE_SOURCE}{}",
        include_str!("../../tests/data/config/channels.toml")
    );
    let config = Config::parse(&text, Path::new("t.toml")).unwrap_or_else(|e| panic!("{e}"));
    let team = config.channel("team").unwrap_or_else(|| panic!("no team"));
    assert_eq!(team.mode, crate::store::subscribers::Mode::Daily);
    assert_eq!(team.lang, crate::lang::Lang::Fi);
    assert!(team.filter.only_dated);
    assert_eq!(team.filter.any, ["AMIF", "Integration 2026"]);
    assert_eq!(team.filter.none, ["webinar"]);
    assert_eq!(team.timeout, Duration::from_secs(5));
    let shown = format!("{config:?}");
    assert!(
        !shown.contains("a-secret-long-enough") && !shown.contains("syt_secret_token"),
        "secrets never in Debug: {shown}"
    );

    let bad = format!(
        "{ONE_SOURCE}{}",
        include_str!("../../tests/data/config/channels_bad.toml")
    );
    let p = problems(&bad);
    says_all(
        &p,
        &[
            "channel[0].kind: \"telegram\" is not one of",
            "channel[1].url: expected an http(s) URL",
            "channel[1].room: \"general\" is not a Matrix room",
            "channel[1].token: missing",
            "channel[2].secret: not used by kind = \"slack\"",
            "channel[2].feeds: \"nope\" is not the id",
            "channel[2].mode: \"hourly\"",
            "channel[2].timeout: must be more than zero and at most 2m",
        ],
    );
}

#[test]
fn secrets_never_reach_a_debug_line() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let key_path = dir.path().join("dkim.key");
    // Any 32 bytes are an Ed25519 private key.
    let key = "c2VjcmV0LWRraW0ta2V5LWJ5dGVzLTMyLWxvbmchISE=";
    std::fs::write(&key_path, key).unwrap_or_else(|e| panic!("{e}"));
    let text = format!(
        r#"
[mail]
from = "Tidings <news@example.org>"
transport = "smtp"
smtp_host = "mail.example.org"
smtp_user = "login@example.org"
smtp_password = "hunter2-password"
secret = "a-link-signing-secret-of-some-length"
admin_email = "admin@example.org"
dkim_key = "{}"
dkim_selector = "tidings"
dkim_algorithm = "ed25519"
"#,
        key_path.display()
    );
    let config = Config::parse(&text, Path::new("t.toml")).unwrap_or_else(|e| panic!("{e}"));
    let shown = format!("{config:?}");
    for secret in [
        "login@example.org",
        "hunter2-password",
        "a-link-signing-secret-of-some-length",
        "admin@example.org",
        key,
    ] {
        assert!(!shown.contains(secret), "{secret:?} is in {shown}");
    }
    // What is not secret is still there to debug with.
    assert!(shown.contains("mail.example.org"), "{shown}");
    assert!(shown.contains("selector: \"tidings\""), "{shown}");
}

#[test]
fn sources_that_write_the_same_selector_share_one_compiled_selector() {
    let a = Selectors::parse("ul.news > li", "h3", "a@href", Some(".date"), None)
        .unwrap_or_else(|e| panic!("{e}"));
    let b = Selectors::parse("ul.news > li", "h2", "a@href", Some(".date"), None)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(std::sync::Arc::ptr_eq(&a.item, &b.item));
    let date = |s: &Selectors| s.date.as_ref().and_then(|p| p.selector.clone());
    assert!(matches!((date(&a), date(&b)), (Some(x), Some(y)) if std::sync::Arc::ptr_eq(&x, &y)));
    let (ta, tb) = (a.title.selector.clone(), b.title.selector.clone());
    assert!(matches!((ta, tb), (Some(x), Some(y)) if !std::sync::Arc::ptr_eq(&x, &y)));
    // A selector that does not compile is refused every time, not remembered as good.
    assert!(Selectors::parse("li:contains(x)", "h3", "a@href", None, None).is_err());
    assert!(Selectors::parse("li:contains(x)", "h3", "a@href", None, None).is_err());
}

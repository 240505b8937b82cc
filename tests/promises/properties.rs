//! Promise 5 as properties (proptest): whatever the input, the pure parts
//! never panic, and their cost stays bounded by the input's size. Config
//! values, HTML and feed extraction, deadline extraction, tokens and the
//! subscribe form's address. `scripts/fuzz.sh` runs these much longer.

use std::path::Path;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use tidings::config::{parse_duration, parse_size, Config};

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(64)
}

/// Text that looks enough like what each parser reads to get past its first check.
fn near_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9 .:/–-]{0,200}",
        "(<[a-z]{1,3}( [a-z]+=\"[^\"]{0,8}\")?>|</[a-z]{1,3}>|[a-zA-Z0-9 .,]{0,12}){0,60}",
        "(by|until|viimeistään|senast|[0-9]{1,4}[./-]|February|helmikuuta|februari| ){0,80}",
    ]
}

const SOURCE: &str = "[[source]]\nid = \"a\"\nurl = \"https://x.example/\"\n";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_duration_or_size_string_is_read_or_refused_never_a_panic(s in "[0-9.e+]{0,30}(ms|s|m|h|d|KB|MB|GiB|)") {
        let _ = parse_duration(&s);
        let _ = parse_size(&s);
        for key in ["jitter", "schedule", "timezone", "language", "kind"] {
            let text = format!("{SOURCE}{key} = \"{}\"\n[source.select]\nitem = \"li\"\ntitle = \"h3\"\nlink = \"a@href\"\n", s.replace('"', ""));
            let _ = Config::parse(&text, Path::new("t.toml"));
        }
        for key in ["per_host_interval", "timeout", "max_body", "max_items", "concurrency"] {
            let _ = Config::parse(&format!("[fetch]\n{key} = \"{s}\"\n"), Path::new("t.toml"));
        }
    }

    #[test]
    fn any_config_file_is_read_or_refused_with_places(text in near_text()) {
        if let Err(e) = Config::parse(&text, Path::new("t.toml")) {
            prop_assert!(!e.problems.is_empty());
        }
    }

    #[test]
    fn any_html_is_extracted_or_refused_never_a_panic(body in near_text()) {
        let config = Config::parse(
            &format!("{SOURCE}[source.select]\nitem = \"li\"\ntitle = \"h3\"\nlink = \"a@href\"\ndate = \"span\"\nsummary = \"p\"\n"),
            Path::new("t.toml"),
        ).unwrap_or_else(|e| panic!("{e}"));
        let select = config.sources[0].select.clone().unwrap_or_else(|| panic!("selectors"));
        let url = url::Url::parse("https://x.example/news/").unwrap_or_else(|e| panic!("{e}"));
        let page = format!("<ul><li><h3><a href=\"/a\">{body}</a></h3><span>{body}</span><p>{body}</p></li></ul>");
        let _ = tidings::extract::html(&page, &url, &select, chrono_tz::UTC);
        let _ = tidings::extract::feed(body.as_bytes(), None, &url);
        let rss = format!("<rss version=\"2.0\"><channel><item><title>{body}</title><link>{body}</link><description>{body}</description><pubDate>{body}</pubDate></item></channel></rss>");
        let _ = tidings::extract::feed(rss.as_bytes(), Some("application/rss+xml"), &url);
    }

    #[test]
    fn deadline_extraction_never_panics_and_takes_time_in_proportion(text in near_text()) {
        let today = chrono::NaiveDate::from_ymd_opt(2024, 1, 17).unwrap_or_default();
        for lang in [tidings::deadlines::Lang::En, tidings::deadlines::Lang::Fi, tidings::deadlines::Lang::Sv, tidings::deadlines::Lang::Auto] {
            let started = Instant::now();
            let found = tidings::deadlines::find(&text, lang, today);
            // Generous for a debug build on a shared machine: 2 ms per character plus 250 ms.
            let allowed = Duration::from_millis(250 + 2 * text.len() as u64);
            prop_assert!(started.elapsed() < allowed, "{:?} for {} bytes", started.elapsed(), text.len());
            prop_assert!(found.len() <= text.len());
        }
    }

    #[test]
    fn only_a_genuine_token_verifies(id in any::<i64>(), junk in any::<String>(), flip in 0usize..200) {
        use tidings::notify::tokens::{Purpose, Signer};
        let s = Signer::new("a secret for the properties");
        let now = chrono::Utc::now();
        let t = s.sign(Purpose::Unsubscribe, id, now);
        prop_assert_eq!(s.verify(&t, Purpose::Unsubscribe, now), Ok(id));
        prop_assert!(s.verify(&junk, Purpose::Unsubscribe, now).is_err());
        let mut bytes = t.clone().into_bytes();
        let at = flip % bytes.len();
        bytes[at] = if bytes[at] == b'0' { b'1' } else { b'0' };
        let altered = String::from_utf8_lossy(&bytes).into_owned();
        if altered != t {
            prop_assert!(s.verify(&altered, Purpose::Unsubscribe, now).is_err());
        }
    }

    #[test]
    fn any_address_in_the_form_is_accepted_or_refused_never_a_panic(raw in any::<String>(), local in "[A-Za-z0-9._%+-]{1,20}", domain in "[A-Za-z0-9-]{1,10}\\.[A-Za-z]{2,6}") {
        let _ = tidings::notify::normalize_email(&raw);
        let email = format!("{local}@{domain}");
        if let Ok(n) = tidings::notify::normalize_email(&email) {
            // The domain is compared without case, the local part as typed.
            let (l, d) = n.rsplit_once('@').unwrap_or_default();
            prop_assert_eq!(l, local.as_str());
            prop_assert_eq!(d, domain.to_ascii_lowercase());
        }
    }
}

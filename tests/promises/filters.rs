//! Issue 15, filters: a subscriber who asked only for items with a deadline
//! or event, or for some words and not others, gets only those — in item
//! mails, digests and reminders alike — set from the CLI or the manage page.

use chrono::{Duration, NaiveDate, TimeZone};

use crate::common::*;
use crate::running::{eventually, listen_anywhere, Running};
use crate::smtp::{news_with_mail, Smtp};

fn en_date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// Three new items after a quiet first scrape: an AMIF call with a deadline,
/// an AMIF webinar with a deadline, and an office notice with no date at all.
fn news(today: NaiveDate, deadline: NaiveDate) -> String {
    listing(&[
        (
            "call",
            "AMIF call is open",
            &en_date(today),
            &format!("Applications must be submitted by {}.", en_date(deadline)),
        ),
        (
            "webinar",
            "Webinar on AMIF funding",
            &en_date(today),
            &format!("Registrations must be submitted by {}.", en_date(deadline)),
        ),
        (
            "office",
            "Office closed for renovation",
            &en_date(today),
            "The office on the Fredrikinkatu is closed.",
        ),
        ("old", "Welcome", &en_date(today), "Hello."),
    ])
}

fn at_seven(d: NaiveDate) -> String {
    chrono_tz::Europe::Helsinki
        .from_local_datetime(&d.and_hms_opt(7, 0, 0).unwrap_or_default())
        .single()
        .map(|t| t.to_rfc3339())
        .unwrap_or_default()
}

fn titles(smtp: &Smtp, rcpt: &str) -> Vec<String> {
    smtp.to(rcpt).iter().map(|m| m.subject()).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn filters_set_from_the_cli_hold_for_item_mails_digests_and_reminders() {
    let (site, env, smtp) = news_with_mail().await;
    let today = helsinki_today();
    let deadline = today + Duration::days(20);
    site.set(
        "/news",
        Page::html(&listing(&[("old", "Welcome", &en_date(today), "Hello.")])),
    );
    env.ok(&["scrape"]);
    let added = env.ok(&[
        "subscribers",
        "add",
        "amif@example.fi",
        "--any",
        "amif",
        "--none",
        "WEBINAR",
    ]);
    assert!(added.contains("any: amif; none: WEBINAR"), "{added}");
    env.ok(&[
        "subscribers",
        "add",
        "dated@example.fi",
        "--mode",
        "daily",
        "--only-dated",
    ]);
    env.ok(&["subscribers", "add", "all@example.fi", "--mode", "daily"]);
    let listed = env.ok(&["subscribers", "list"]);
    assert!(
        listed.contains("dated@example.fi\tconfirmed\tdaily\tall\treminders on\ten\tonly dated"),
        "{listed}"
    );

    site.set("/news", Page::html(&news(today, deadline)));
    env.ok(&["scrape"]);
    env.ok(&["notify"]);
    assert_eq!(
        titles(&smtp, "amif@example.fi"),
        ["[Source news] AMIF call is open"],
        "AMIF, but not the webinar, not the office"
    );

    env.ok(&["notify", "--now", &at_seven(today + Duration::days(1))]);
    let dated = smtp.to("dated@example.fi");
    assert_eq!(dated.len(), 1, "one digest");
    assert!(
        dated[0].subject().contains("Daily digest: 2 new items"),
        "{}",
        dated[0].subject()
    );
    let (text, _) = dated[0].bodies();
    assert!(
        text.contains("AMIF call is open") && text.contains("Webinar on AMIF funding"),
        "{text}"
    );
    assert!(!text.contains("Office closed"), "{text}");
    let all = smtp.to("all@example.fi");
    assert!(
        all[0].subject().contains("Daily digest: 3 new items"),
        "the unfiltered digest has all three: {}",
        all[0].subject()
    );

    // A week before the deadline: reminders follow each filter too.
    env.ok(&["notify", "--now", &at_seven(deadline - Duration::days(7))]);
    let reminders = |rcpt: &str| -> Vec<String> {
        titles(&smtp, rcpt)
            .into_iter()
            .filter(|s| s.starts_with("Reminder"))
            .collect()
    };
    assert_eq!(
        reminders("amif@example.fi"),
        ["Reminder: deadline in 7 days — AMIF call is open"]
    );
    let mut dated = reminders("dated@example.fi");
    dated.sort();
    assert_eq!(
        dated,
        [
            "Reminder: deadline in 7 days — AMIF call is open",
            "Reminder: deadline in 7 days — Webinar on AMIF funding"
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_manage_page_shows_and_saves_the_filter_in_the_subscribers_language() {
    let (site, env, smtp) = news_with_mail().await;
    listen_anywhere(&env);
    let today = helsinki_today();
    site.set(
        "/news",
        Page::html(&listing(&[("old", "Welcome", &en_date(today), "Hello.")])),
    );
    env.ok(&["scrape"]);
    env.ok(&["subscribers", "add", "anna@example.fi", "--lang", "fi"]);
    site.set(
        "/news",
        Page::html(&listing(&[
            ("first", "First news", &en_date(today), "Hello again."),
            ("old", "Welcome", &en_date(today), "Hello."),
        ])),
    );
    env.ok(&["scrape"]);
    env.ok(&["notify"]);
    let mail = smtp.to("anna@example.fi").pop().expect("the first news");
    let (text, _) = mail.bodies();
    let manage = text
        .split_whitespace()
        .find(|w| w.contains("/manage?token="))
        .unwrap_or_else(|| panic!("a manage link in {text}"))
        .trim_matches(|c| c == '<' || c == '>')
        .to_string();
    let token = manage
        .split("token=")
        .nth(1)
        .unwrap_or_default()
        .to_string();

    let service = Running::start(&env);
    let base = service.base.clone();
    let page_url = format!("{base}/manage?token={token}");
    for (lang, words) in [
        ("fi", "Vain uutiset, joissa on määräaika tai tapahtuma"),
        ("sv", "Bara nyheter med en sista dag eller ett evenemang"),
        ("en", "Only items with a deadline or event"),
    ] {
        let page = client()
            .get(&page_url)
            .header("Accept-Language", lang)
            .send()
            .await
            .expect("the manage page")
            .text()
            .await
            .unwrap_or_default();
        assert!(page.contains(words), "{lang}: {page}");
        assert!(page.contains("name=\"any\""), "{page}");
    }
    let saved = client()
        .post(format!("{base}/manage"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(
            url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs([
                    ("token", token.as_str()),
                    ("mode", "immediate"),
                    ("lang", "fi"),
                    ("has_reminders", "1"),
                    ("reminders", "on"),
                    ("only_dated", "on"),
                    ("any", "Määräaika, AMIF"),
                    ("none", "webinaari"),
                ])
                .finish(),
        )
        .send()
        .await
        .expect("saving the manage form");
    assert!(saved.status().is_success(), "{}", saved.status());
    let listed = env.ok(&["subscribers", "list"]);
    assert!(
        listed.contains("only dated; any: Määräaika, AMIF; none: webinaari"),
        "{listed}"
    );
    let page = text_of(&page_url).await;
    assert!(
        page.contains("id=\"only-dated\" name=\"only_dated\" value=\"on\" checked")
            && page.contains("value=\"Määräaika, AMIF\""),
        "the page shows what was saved: {page}"
    );

    // Saved, it holds: an undated item and one without the words are not mailed.
    let deadline = today + Duration::days(20);
    site.set(
        "/news",
        Page::html(&listing(&[
            (
                "maaraaika",
                "Maaraaika lahestyy",
                &en_date(today),
                &format!("Applications must be submitted by {}.", en_date(deadline)),
            ),
            ("party", "Summer party", &en_date(today), "Cake."),
            ("first", "First news", &en_date(today), "Hello again."),
            ("old", "Welcome", &en_date(today), "Hello."),
        ])),
    );
    env.ok(&["scrape"]);
    eventually(30, "the filtered item is mailed", || async {
        smtp.to("anna@example.fi").len() == 2
    })
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let subjects = titles(&smtp, "anna@example.fi");
    assert_eq!(subjects.len(), 2, "{subjects:?}");
    assert!(subjects[1].contains("Maaraaika lahestyy"), "{subjects:?}");
    drop(service);
}

//! The language of the pages: Finnish, Swedish or English, and their words.
//!
//! Owns: choosing the language of a request (`?lang=` first, which the page
//! then keeps in a `lang` cookie; else the cookie; else `Accept-Language`;
//! else English), the words of each language, and dates as each language
//! writes them. Pure: headers and strings in, strings out.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use axum::http::{header, HeaderMap};
use chrono::{Datelike, NaiveDate};
use minijinja::Value;

use crate::deadlines::{Kind, Mention};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fi,
    Sv,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Sv => "sv",
        }
    }

    /// The language's name in itself, for the switcher.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fi => "Suomi",
            Lang::Sv => "Svenska",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        // "fi-FI", "sv_SE", "EN" all count.
        let primary = s
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fi" => Some(Lang::Fi),
            "sv" => Some(Lang::Sv),
            _ => None,
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fi => 1,
            Lang::Sv => 2,
        }
    }
}

/// The language of a request, and whether it came from `?lang=` (and so
/// should be remembered in the cookie).
pub fn negotiate(query_lang: Option<&str>, headers: &HeaderMap) -> (Lang, bool) {
    if let Some(lang) = query_lang.and_then(Lang::parse) {
        return (lang, true);
    }
    if let Some(lang) = cookie(headers, "lang").and_then(|v| Lang::parse(&v)) {
        return (lang, false);
    }
    let accept = headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect::<Vec<_>>()
        .join(",");
    (from_accept_language(&accept).unwrap_or(Lang::En), false)
}

/// The best of our languages in an `Accept-Language` value (RFC 9110 12.5.4).
pub fn from_accept_language(value: &str) -> Option<Lang> {
    let mut best: Option<(Lang, f32, usize)> = None;
    for (pos, part) in value.split(',').enumerate() {
        let mut bits = part.split(';');
        let Some(lang) = bits.next().and_then(Lang::parse) else {
            continue;
        };
        let q = bits
            .filter_map(|b| b.trim().strip_prefix("q="))
            .filter_map(|q| q.trim().parse::<f32>().ok())
            .next()
            .unwrap_or(1.0);
        if q <= 0.0 {
            continue;
        }
        // Highest q wins; among equals, the one listed first.
        if best.is_none_or(|(_, bq, _)| q > bq) {
            best = Some((lang, q, pos));
        }
    }
    best.map(|(l, _, _)| l)
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_string())
}

/// (key, English, Finnish, Swedish)
const WORDS: &[(&str, &str, &str, &str)] = &[
    ("tagline", "News, deadlines and events from the pages we follow", "Uutiset, määräajat ja tapahtumat seuraamiltamme sivuilta", "Nyheter, sista dagar och evenemang från sidorna vi följer"),
    ("skip", "Skip to content", "Siirry sisältöön", "Hoppa till innehållet"),
    ("main_nav", "Main", "Päävalikko", "Huvudmeny"),
    ("nav_latest", "Latest news", "Uusimmat uutiset", "Senaste nytt"),
    ("nav_deadlines", "Deadlines and events", "Määräajat ja tapahtumat", "Sista dagar och evenemang"),
    ("nav_sources", "Sources", "Lähteet", "Källor"),
    ("nav_subscribe", "Subscribe", "Tilaa", "Prenumerera"),
    ("language", "Language", "Kieli", "Språk"),
    ("search_label", "Search the news", "Hae uutisista", "Sök i nyheterna"),
    ("search_button", "Search", "Hae", "Sök"),
    ("source", "Source", "Lähde", "Källa"),
    ("all_sources", "All sources", "Kaikki lähteet", "Alla källor"),
    ("n_items", "{n} items", "{n} uutista", "{n} nyheter"),
    ("n_results", "{n} results for “{q}”", "{n} tulosta haulle ”{q}”", "{n} träffar för ”{q}”"),
    ("no_results", "Nothing matches your search. Try fewer or shorter words.", "Haulla ei löytynyt mitään. Kokeile vähempiä tai lyhyempiä sanoja.", "Sökningen gav inga träffar. Pröva färre eller kortare ord."),
    ("no_items", "No news yet.", "Ei vielä uutisia.", "Inga nyheter ännu."),
    ("past_last_page", "This page is past the last one.", "Tämä sivu on viimeisen sivun jälkeen.", "Den här sidan ligger efter den sista."),
    ("last_page", "Go to the last page", "Siirry viimeiselle sivulle", "Gå till sista sidan"),
    ("show_all", "Show all news", "Näytä kaikki uutiset", "Visa alla nyheter"),
    ("page_of", "Page {p} of {n}", "Sivu {p}/{n}", "Sida {p} av {n}"),
    ("pages", "Pages", "Sivut", "Sidor"),
    ("newer", "Newer", "Uudemmat", "Nyare"),
    ("older", "Older", "Vanhemmat", "Äldre"),
    ("upcoming", "Upcoming deadlines and events", "Tulevat määräajat ja tapahtumat", "Kommande sista dagar och evenemang"),
    ("upcoming_none", "None found in the news so far.", "Uutisista ei ole vielä löytynyt yhtään.", "Inga har hittats i nyheterna ännu."),
    ("all_deadlines", "All deadlines and events", "Kaikki määräajat ja tapahtumat", "Alla sista dagar och evenemang"),
    ("deadline", "Deadline", "Määräaika", "Sista dag"),
    ("event", "Event", "Tapahtuma", "Evenemang"),
    ("week", "Week {w}", "Viikko {w}", "Vecka {w}"),
    ("add_to_calendar", "Add to calendar", "Lisää kalenteriin", "Lägg till i kalendern"),
    ("calendar_sub", "Subscribe to the calendar", "Tilaa kalenteri", "Prenumerera på kalendern"),
    ("calendar_help", "Add this address to your calendar app to see every deadline and event as soon as it is found:", "Lisää tämä osoite kalenterisovellukseesi, niin näet jokaisen määräajan ja tapahtuman heti kun se löytyy:", "Lägg till den här adressen i din kalenderapp så ser du varje sista dag och evenemang så fort det hittas:"),
    ("deadlines_intro", "Dates are read from the news automatically: check the news item before relying on one.", "Päivämäärät poimitaan uutisista automaattisesti: tarkista uutisesta ennen kuin luotat niihin.", "Datumen läses ut ur nyheterna automatiskt: kontrollera nyheten innan du litar på dem."),
    ("deadlines_none", "No upcoming deadlines or events have been found in the news.", "Uutisista ei ole löytynyt tulevia määräaikoja tai tapahtumia.", "Inga kommande sista dagar eller evenemang har hittats i nyheterna."),
    ("sources_intro", "The pages watched for news, and how the latest checks went.", "Sivut, joilta uutisia seurataan, ja miten viimeisimmät tarkistukset onnistuivat.", "Sidorna som bevakas för nyheter, och hur de senaste kontrollerna gick."),
    ("status", "Status", "Tila", "Status"),
    ("healthy", "Working", "Toimii", "Fungerar"),
    ("failing", "failing", "ei toimi", "fungerar inte"),
    ("retrying", "Retrying after an error", "Yritetään uudelleen virheen jälkeen", "Försöker igen efter ett fel"),
    ("not_checked", "Not checked yet", "Ei vielä tarkistettu", "Inte kontrollerad ännu"),
    ("last_success", "Last success", "Viimeksi onnistunut", "Senast lyckad"),
    ("never", "never", "ei koskaan", "aldrig"),
    ("items", "Items", "Uutisia", "Nyheter"),
    ("feeds", "Feeds", "Syötteet", "Flöden"),
    ("combined_feeds", "Combined feeds", "Yhdistetyt syötteet", "Sammanslagna flöden"),
    ("opml", "All feeds as OPML", "Kaikki syötteet OPML-tiedostona", "Alla flöden som OPML"),
    ("config_error", "The config file has a problem: the previous config keeps running until it is fixed", "Asetustiedostossa on virhe: edelliset asetukset ovat käytössä, kunnes se korjataan", "Konfigurationsfilen har ett fel: den tidigare konfigurationen används tills det är rättat"),
    ("trouble", "Sources with trouble", "Lähteet, joissa on ongelmia", "Källor med problem"),
    ("trouble_help", "The last news from these stays listed until they work again.", "Niiden viimeisimmät uutiset pysyvät listalla, kunnes ne toimivat taas.", "Deras senaste nyheter ligger kvar tills de fungerar igen."),
    ("sub_heading", "Get it by email", "Tilaa sähköpostiisi", "Få det per e-post"),
    ("sub_intro", "We first send you a link to confirm. Every mail has a link to change your choices or to leave.", "Lähetämme ensin vahvistuslinkin. Jokaisessa viestissä on linkki, josta voit muuttaa valintojasi tai perua tilauksen.", "Vi skickar först en länk för att bekräfta. Varje meddelande har en länk för att ändra dina val eller avsluta."),
    ("email", "Email address", "Sähköpostiosoite", "E-postadress"),
    ("feeds_legend", "Feeds (none ticked: everything)", "Syötteet (ei valintaa: kaikki)", "Flöden (inget valt: allt)"),
    ("how_often", "How often", "Kuinka usein", "Hur ofta"),
    ("mode_immediate", "Each item as it appears", "Jokainen uutinen heti", "Varje nyhet direkt"),
    ("mode_daily", "Daily digest", "Päivän kooste", "Dagligt sammandrag"),
    ("mode_weekly", "Weekly digest", "Viikon kooste", "Veckosammandrag"),
    ("mail_lang", "Language of the mails", "Viestien kieli", "Språk i e-posten"),
    ("reminders", "Remind me before deadlines", "Muistuta ennen määräaikoja", "Påminn mig före sista dagar"),
    ("subscribe", "Subscribe", "Tilaa", "Prenumerera"),
    ("check_inbox", "Check your inbox", "Tarkista sähköpostisi", "Kolla din inkorg"),
    ("check_inbox_text", "We sent you a mail with a link to confirm the subscription. Nothing is sent until you confirm.", "Lähetimme sinulle viestin, jossa on linkki tilauksen vahvistamiseen. Mitään ei lähetetä ennen kuin vahvistat.", "Vi har skickat ett meddelande med en länk för att bekräfta prenumerationen. Inget skickas innan du bekräftar."),
    ("not_right", "Something is not right", "Jokin ei ole kunnossa", "Något är inte rätt"),
    ("back_home", "Back to the front page", "Takaisin etusivulle", "Tillbaka till startsidan"),
    ("too_many", "Too many requests", "Liian monta pyyntöä", "För många förfrågningar"),
    ("too_many_text", "Please wait a few minutes before trying again.", "Odota muutama minuutti ennen kuin yrität uudelleen.", "Vänta några minuter innan du försöker igen."),
    ("confirm_title", "Confirm your subscription", "Vahvista tilauksesi", "Bekräfta din prenumeration"),
    ("confirm_text", "One more step: press the button to start receiving mail.", "Vielä yksi vaihe: aloita viestien tilaus painamalla painiketta.", "Ett steg kvar: tryck på knappen för att börja få e-post."),
    ("confirm_button", "Confirm subscription", "Vahvista tilaus", "Bekräfta prenumerationen"),
    ("subscribed", "You are subscribed", "Tilaus on voimassa", "Du prenumererar nu"),
    ("subscribed_text", "Mail will come as you chose. Every mail has a link to change your choices or leave.", "Viestit tulevat valintojesi mukaan. Jokaisessa viestissä on linkki, josta voit muuttaa valintoja tai perua tilauksen.", "E-posten kommer som du valt. Varje meddelande har en länk för att ändra dina val eller avsluta."),
    ("unsubscribe", "Unsubscribe", "Peru tilaus", "Avsluta prenumerationen"),
    ("unsubscribe_text", "Press the button and no more mail will be sent to you.", "Paina painiketta, niin sinulle ei enää lähetetä viestejä.", "Tryck på knappen så skickas ingen mer e-post till dig."),
    ("unsubscribed", "You are unsubscribed", "Tilaus on peruttu", "Prenumerationen är avslutad"),
    ("unsubscribed_text", "No more mail will be sent to you. You can subscribe again any time from the front page.", "Sinulle ei enää lähetetä viestejä. Voit tilata uudelleen milloin tahansa etusivulta.", "Ingen mer e-post skickas till dig. Du kan prenumerera igen när som helst från startsidan."),
    ("manage_title", "Your subscription", "Tilauksesi", "Din prenumeration"),
    ("state_pending", "waiting for confirmation", "odottaa vahvistusta", "väntar på bekräftelse"),
    ("state_confirmed", "active", "voimassa", "aktiv"),
    ("state_unsubscribed", "unsubscribed", "peruttu", "avslutad"),
    ("save", "Save", "Tallenna", "Spara"),
    ("saved", "Saved", "Tallennettu", "Sparat"),
    ("saved_text", "Your choices are saved.", "Valintasi on tallennettu.", "Dina val är sparade."),
    ("gone", "This subscription no longer exists. You can subscribe again from the front page.", "Tätä tilausta ei enää ole. Voit tilata uudelleen etusivulta.", "Den här prenumerationen finns inte längre. Du kan prenumerera igen från startsidan."),
    ("footer", "Published with tidings. Feeds and the calendar update as the pages do.", "Julkaistu tidings-palvelulla. Syötteet ja kalenteri päivittyvät sivujen mukana.", "Publicerat med tidings. Flöden och kalendern uppdateras i takt med sidorna."),
    ("health", "Service health", "Palvelun tila", "Tjänstens status"),
];

/// One word of `lang` (the key itself when there is none: a bug, but never a crash).
pub fn word(lang: Lang, key: &'static str) -> &'static str {
    WORDS
        .iter()
        .find(|w| w.0 == key)
        .map(|w| match lang {
            Lang::En => w.1,
            Lang::Fi => w.2,
            Lang::Sv => w.3,
        })
        .unwrap_or(key)
}

/// Every word of `lang`, for templates as `t.<key>`.
pub fn words(lang: Lang) -> Value {
    static ALL: OnceLock<[Value; 3]> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        Lang::ALL_BY_INDEX.map(|l| {
            super::render::ser(
                WORDS
                    .iter()
                    .map(|w| (w.0, word(l, w.0)))
                    .collect::<BTreeMap<_, _>>(),
            )
        })
    });
    all[lang.index()].clone()
}

impl Lang {
    const ALL_BY_INDEX: [Lang; 3] = [Lang::En, Lang::Fi, Lang::Sv];
}

/// A date as `lang` writes it: "18 February 2024", "18.2.2024", "18 februari 2024".
pub fn date(lang: Lang, d: NaiveDate) -> String {
    let m = d.month0() as usize;
    match lang {
        Lang::En => d.format("%-d %B %Y").to_string(),
        Lang::Fi => format!("{}.{}.{}", d.day(), d.month(), d.year()),
        Lang::Sv => format!(
            "{} {} {}",
            d.day(),
            crate::deadlines::SV_MONTHS[m],
            d.year()
        ),
    }
}

/// "Deadline: 18 February 2024", "Tapahtuma: 14.11.2024 – 15.11.2024".
pub fn mention_label(lang: Lang, m: &Mention) -> String {
    let kind = match m.kind {
        Kind::Deadline => word(lang, "deadline"),
        Kind::Event => word(lang, "event"),
    };
    match m.end.filter(|e| *e != m.date) {
        Some(end) => format!("{kind}: {} – {}", date(lang, m.date), date(lang, end)),
        None => format!("{kind}: {}", date(lang, m.date)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                k.clone(),
                HeaderValue::from_str(v).unwrap_or_else(|e| panic!("{e}")),
            );
        }
        h
    }

    #[test]
    fn the_query_wins_then_the_cookie_then_accept_language_then_english() {
        let al = (header::ACCEPT_LANGUAGE, "de-DE, sv;q=0.8, fi;q=0.9");
        let ck = (header::COOKIE, "theme=dark; lang=sv");
        assert_eq!(
            negotiate(Some("fi"), &headers(std::slice::from_ref(&ck))),
            (Lang::Fi, true)
        );
        assert_eq!(
            negotiate(None, &headers(&[ck, al.clone()])),
            (Lang::Sv, false)
        );
        assert_eq!(negotiate(Some("xx"), &headers(&[al])), (Lang::Fi, false));
        assert_eq!(negotiate(None, &HeaderMap::new()), (Lang::En, false));
        assert_eq!(
            from_accept_language("fi-FI,fi;q=0.9,en;q=0.8"),
            Some(Lang::Fi)
        );
        assert_eq!(from_accept_language("en;q=0, sv"), Some(Lang::Sv));
        assert_eq!(from_accept_language("de, fr"), None);
    }

    #[test]
    fn every_word_exists_in_every_language_and_dates_read_naturally() {
        for w in WORDS {
            assert!(
                !w.1.is_empty() && !w.2.is_empty() && !w.3.is_empty(),
                "{}",
                w.0
            );
        }
        let d = NaiveDate::from_ymd_opt(2024, 2, 18).unwrap_or_default();
        assert_eq!(date(Lang::En, d), "18 February 2024");
        assert_eq!(date(Lang::Fi, d), "18.2.2024");
        assert_eq!(date(Lang::Sv, d), "18 februari 2024");
        let m = Mention {
            kind: Kind::Deadline,
            date: d,
            end: None,
            text: String::new(),
        };
        assert_eq!(
            mention_label(Lang::En, &m),
            crate::publish::mention_label(&m)
        );
    }
}

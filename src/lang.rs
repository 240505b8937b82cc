//! The languages tidings speaks and reads: Finnish, Swedish and English.
//!
//! Owns: the one [`Lang`] that the config, the CLI, deadlines, pages and
//! mail all use; the one word table of pages and mails; dates and date labels
//! as each language writes them. Pure: no IO, strings in, strings out.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use minijinja::Value;
use serde::{Deserialize, Serialize};

use crate::deadlines::Mention;

/// A language. `Auto` is "not known": a source whose language is read from
/// its text. Pages and mail are in one of [`Lang::SPOKEN`]; given `Auto`
/// they use English words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fi,
    Sv,
    Auto,
}

impl Lang {
    /// The languages pages and mail are written in, in the switcher's order.
    pub const SPOKEN: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::Auto => "auto",
        }
    }

    /// The language's name in itself, for the switcher.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fi => "Suomi",
            Lang::Sv => "Svenska",
            Lang::Auto => "auto",
        }
    }

    /// One of [`Lang::SPOKEN`] from a language tag: "fi-FI", "sv_SE", "EN" all count.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        primary
            .parse::<Lang>()
            .ok()
            .filter(|l| Lang::SPOKEN.contains(l))
    }

    /// The column of this language in [`WORDS`] (`Auto` reads English).
    fn column(self) -> usize {
        match self {
            Lang::En | Lang::Auto => 0,
            Lang::Fi => 1,
            Lang::Sv => 2,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A language code that is not one of ours.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a language tidings knows (en, fi, sv or auto)")]
pub struct UnknownLang(String);

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Exactly the codes [`Lang::as_str`] writes.
    fn from_str(s: &str) -> Result<Lang, UnknownLang> {
        match s {
            "en" => Ok(Lang::En),
            "fi" => Ok(Lang::Fi),
            "sv" => Ok(Lang::Sv),
            "auto" => Ok(Lang::Auto),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

/// Stored as its code (a subscriber's `lang`, which the table's CHECK keeps
/// to en, fi and sv); a code that does not parse is an error of the row,
/// never a silent English.
impl rusqlite::types::ToSql for Lang {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.as_str().into())
    }
}

impl rusqlite::types::FromSql for Lang {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        value
            .as_str()?
            .parse()
            .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

/// (key, English, Finnish, Swedish): the pages' words, then the mails'.
/// Mail templates (which an admin may override) see all of them as `t.<key>`.
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
    ("filter_legend", "Only what matters to you", "Vain sinulle tärkeät", "Bara det som är viktigt för dig"),
    ("only_dated", "Only items with a deadline or event", "Vain uutiset, joissa on määräaika tai tapahtuma", "Bara nyheter med en sista dag eller ett evenemang"),
    ("any_words", "Only items with any of these words", "Vain uutiset, joissa on jokin näistä sanoista", "Bara nyheter med något av dessa ord"),
    ("none_words", "Leave out items with any of these words", "Jätä pois uutiset, joissa on jokin näistä sanoista", "Utelämna nyheter med något av dessa ord"),
    ("words_hint", "Separate words with commas. Capitals and accents do not matter; a word also finds longer ones that begin with it.", "Erota sanat pilkuilla. Isot kirjaimet ja tarkkeet eivät vaikuta; sana löytää myös sillä alkavat pidemmät sanat.", "Skilj orden åt med kommatecken. Versaler och accenter spelar ingen roll; ett ord hittar också längre ord som börjar med det."),
    ("subscribe", "Subscribe", "Tilaa", "Prenumerera"),
    ("check_inbox", "Check your inbox", "Tarkista sähköpostisi", "Kolla din inkorg"),
    ("check_inbox_text", "We sent you a mail with a link to confirm the subscription. Nothing is sent until you confirm.", "Lähetimme sinulle viestin, jossa on linkki tilauksen vahvistamiseen. Mitään ei lähetetä ennen kuin vahvistat.", "Vi har skickat ett meddelande med en länk för att bekräfta prenumerationen. Inget skickas innan du bekräftar."),
    ("not_right", "Something is not right", "Jokin ei ole kunnossa", "Något är inte rätt"),
    ("back_home", "Back to the front page", "Takaisin etusivulle", "Tillbaka till startsidan"),
    ("too_many", "Too many requests", "Liian monta pyyntöä", "För många förfrågningar"),
    ("too_many_text", "Please wait a few minutes before trying again.", "Odota muutama minuutti ennen kuin yrität uudelleen.", "Vänta några minuter innan du försöker igen."),
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
    ("page_footer", "Published with tidings. Feeds and the calendar update as the pages do.", "Julkaistu tidings-palvelulla. Syötteet ja kalenteri päivittyvät sivujen mukana.", "Publicerat med tidings. Flöden och kalendern uppdateras i takt med sidorna."),
    ("health", "Service health", "Palvelun tila", "Tjänstens status"),
    // The mails'.
    ("daily", "Daily digest", "Päivän kooste", "Dagens sammandrag"),
    ("weekly", "Weekly digest", "Viikon kooste", "Veckans sammandrag"),
    ("new_item", "new item", "uusi uutinen", "ny nyhet"),
    ("new_items", "new items", "uutta uutista", "nya nyheter"),
    ("reminder", "Reminder", "Muistutus", "Påminnelse"),
    ("read_more", "Read more", "Lue lisää", "Läs mer"),
    ("footer", "You get this mail because you subscribed to tidings.", "Sait tämän viestin, koska tilasit tidings-ilmoitukset.", "Du får detta meddelande eftersom du prenumererar på tidings."),
    ("manage", "Manage subscription", "Muuta tilausta", "Ändra prenumeration"),
    ("confirm_subject", "Confirm your subscription", "Vahvista tilauksesi", "Bekräfta din prenumeration"),
    ("confirm_body", "Please confirm your subscription with the link below.", "Vahvista tilaus painamalla alla olevaa linkkiä.", "Bekräfta prenumerationen med länken nedan."),
    ("confirm_ignore", "If you did not ask for this, ignore this mail: nothing will be sent.", "Jos et tilannut tätä, voit jättää viestin huomiotta.", "Om du inte beställde detta kan du strunta i meddelandet."),
    ("today", "deadline today", "määräaika tänään", "sista dagen i dag"),
    ("tomorrow", "deadline tomorrow", "määräaika huomenna", "sista dagen i morgon"),
    ("in_days", "deadline in {n} days", "määräaikaan {n} päivää", "{n} dagar kvar"),
];

/// One word of `lang` (the key itself when there is none: a bug, but never a crash).
pub fn word(lang: Lang, key: &str) -> &str {
    WORDS
        .iter()
        .find(|w| w.0 == key)
        .map(|w| [w.1, w.2, w.3][lang.column()])
        .unwrap_or(key)
}

/// Every word of `lang`, for templates (pages and mails) as `t.<key>`.
pub fn words(lang: Lang) -> Value {
    static ALL: OnceLock<[Value; 3]> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        [Lang::En, Lang::Fi, Lang::Sv].map(|l| {
            Value::from(minijinja::value::Serde(
                WORDS
                    .iter()
                    .map(|w| (w.0, word(l, w.0)))
                    .collect::<BTreeMap<_, _>>(),
            ))
        })
    });
    all[lang.column()].clone()
}

/// A date as `lang` writes it: "18 February 2024", "18.2.2024", "18 februari 2024".
pub fn date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::En | Lang::Auto => d.format("%-d %B %Y").to_string(),
        Lang::Fi => format!("{}.{}.{}", d.day(), d.month(), d.year()),
        Lang::Sv => format!(
            "{} {} {}",
            d.day(),
            crate::deadlines::SV_MONTHS[d.month0() as usize],
            d.year()
        ),
    }
}

/// "Deadline: 18 February 2024", "Tapahtuma: 14.11.2024 – 15.11.2024".
pub fn mention_label(lang: Lang, m: &Mention) -> String {
    let kind = word(lang, m.kind.as_str());
    match m.end.filter(|e| *e != m.date) {
        Some(end) => format!("{kind}: {} – {}", date(lang, m.date), date(lang, end)),
        None => format!("{kind}: {}", date(lang, m.date)),
    }
}

/// "deadline in 7 days", "määräaika huomenna".
pub fn days_left(lang: Lang, days: u32) -> String {
    let key = match days {
        0 => "today",
        1 => "tomorrow",
        _ => "in_days",
    };
    word(lang, key).replace("{n}", &days.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deadlines::Kind;

    #[test]
    fn every_word_exists_once_in_every_language() {
        let mut keys = std::collections::HashSet::new();
        for w in WORDS {
            assert!(keys.insert(w.0), "{} is in the table twice", w.0);
            assert!(
                !w.1.is_empty() && !w.2.is_empty() && !w.3.is_empty(),
                "{}",
                w.0
            );
        }
        assert_eq!(word(Lang::Fi, "no such key"), "no such key");
    }

    #[test]
    fn codes_read_back_and_tags_give_only_spoken_languages() {
        for l in [Lang::En, Lang::Fi, Lang::Sv, Lang::Auto] {
            assert_eq!(l.as_str().parse::<Lang>(), Ok(l));
            assert_eq!(l.to_string(), l.as_str());
        }
        assert!("FI".parse::<Lang>().is_err());
        assert_eq!(Lang::from_tag("sv_SE"), Some(Lang::Sv));
        assert_eq!(Lang::from_tag("auto"), None);
        assert_eq!(Lang::from_tag("de"), None);
    }

    #[test]
    fn dates_and_labels_read_naturally_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2024, 2, 18).unwrap_or_default();
        assert_eq!(date(Lang::En, d), "18 February 2024");
        assert_eq!(date(Lang::Fi, d), "18.2.2024");
        assert_eq!(date(Lang::Sv, d), "18 februari 2024");
        let mut m = Mention {
            kind: Kind::Deadline,
            date: d,
            end: None,
            text: String::new(),
        };
        assert_eq!(mention_label(Lang::En, &m), "Deadline: 18 February 2024");
        assert_eq!(mention_label(Lang::Fi, &m), "Määräaika: 18.2.2024");
        assert_eq!(mention_label(Lang::Sv, &m), "Sista dag: 18 februari 2024");
        m.kind = Kind::Event;
        m.end = d.succ_opt();
        assert_eq!(
            mention_label(Lang::Fi, &m),
            "Tapahtuma: 18.2.2024 – 19.2.2024"
        );
        assert_eq!(days_left(Lang::En, 7), "deadline in 7 days");
        assert_eq!(days_left(Lang::Fi, 1), "määräaika huomenna");
        assert_eq!(days_left(Lang::Sv, 0), "sista dagen i dag");
    }
}

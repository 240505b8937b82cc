//! A period the reader acts in, told as a range: "Välkommen att tycka till
//! mellan den 12 april och 11 juni" (real112:46), "Mellan måndag 1 maj och
//! fredag 9 juni har du möjlighet att påverka" (real109:16), "Voting will
//! run from 3 July – 12 July 2020" (real29:46), "Samråd pågår från och med
//! den 7 februari 2018 till och med den 28 februari 2018" (real105:17).
//!
//! Rule 2: a period for an action gives one deadline on its closing day.
//! No application noun names these ranges, so they were read as an
//! event's days or, after "från och med", as an entry into force. What
//! tells them is the role of the words, not one wording: either the clause
//! invites the reader to give their voice (an invitation or an offered
//! chance and a verb of voicing), or it names what the reader takes part
//! in while the period runs (a vote, a survey, a consultation, a remiss:
//! `taking_part.rs`). Left out: a notice put on display with no invitation
//! ("nähtävillä 9.3.–8.4.", "utställd för granskning": nothing to do), a
//! period told in the past or the perfect ("har varit ute på samråd från 9
//! maj till 20 juni": over) and postal votes (days of taking place).

use super::reader_periods::acts;
use super::taking_part;

/// Words of an invitation or an offered chance: "Välkommen att", "welcome
/// to", "tervetuloa", "har du möjlighet att", "you have the opportunity".
fn invitation(w: &str) -> bool {
    matches!(
        w,
        "välkommen" | "välkomna" | "welcome" | "tervetuloa" | "invited" | "invites"
    ) || w.starts_with("möjlighet")
        || w.starts_with("mahdollisuu")
        || matches!(w, "opportunity" | "chance")
}

/// A verb of giving one's voice, beside the reader's own acts of
/// `reader_periods.rs`: "påverka", "influence", "vaikuttaa".
fn voices(w: &str) -> bool {
    acts(w) || w.starts_with("påverka") || w.starts_with("vaikutta") || w == "influence"
}

/// A notice on display, a period over, or a postal vote: nothing to act in
/// now, or days of taking place.
fn runs_only(w: &str) -> bool {
    w.starts_with("nähtävil")
        || w.starts_with("nähtävän")
        || w.starts_with("granskning")
        || w.starts_with("utställ")
        || w.starts_with("kuulut")
        || w.starts_with("display")
        || w.starts_with("postal")
        || w.starts_with("brevröst")
        || w.starts_with("kirjeäänest")
        || matches!(
            w,
            "varit" | "was" | "were" | "been" | "oli" | "olivat" | "ollut" | "pågick" | "ended"
        )
        // (a pack received by post: the authority sends, the reader acts later)
        || matches!(w, "receive" | "post" | "mail")
        // (inside compounds too: "Nuorisovaalien äänestysaika", real23:20)
        || taking_part::ELECTION.iter().any(|e| w.contains(e))
}

/// How far after the invitation its verb stands: "Välkommen att tycka",
/// "har du möjlighet att påverka", "tervetuloa kommentoimaan".
const VERB_NEAR: usize = 3;

/// Does the clause round a range (words `l` before it, `r` after it) tell
/// a period the reader acts in?
pub(super) fn reader_acts_in(l: &[&str], r: &[&str]) -> bool {
    let words = || l.iter().chain(r.iter());
    if words().any(|w| runs_only(w)) {
        return false;
    }
    let all: Vec<&str> = words().copied().collect();
    let invited = all
        .iter()
        .enumerate()
        .any(|(i, w)| invitation(w) && all[i + 1..].iter().take(VERB_NEAR).any(|v| voices(v)));
    invited || taking_part::named(l, r) || offered(l) || super::open_calls::open_call(l)
}

/// The reader's own act of applying, signing up, booking or nominating:
/// "apply", "registration", "ansökan", "anmäla", "hakea", "ilmoittautua".
/// (Not its doer: "applicants", "sökande", "hakijat" may be met in a
/// period that is no one's to act in.)
fn act_word(w: &str) -> bool {
    const EN: [&str; 12] = [
        "apply",
        "application",
        "applications",
        "register",
        "registration",
        "enrolment",
        "enrollment",
        "enrol",
        "enroll",
        "nominations",
        "bookings",
        "book",
    ];
    const STEMS: [&str; 10] = [
        "bokas",
        "bokning",
        "ansök",
        "anmäl",
        "nominer",
        "hakea",
        "haku",
        "hakemuks",
        "ilmoittau",
        "varat",
    ];
    EN.contains(&w)
        // (whole words: "sökande" is the doer)
        || matches!(w, "sök" | "söka" | "söker")
        || STEMS.iter().any(|s| w.starts_with(s))
}

/// A word that offers the act or tells it open: "can", "may", "kan",
/// "får", "det går att", "voi", "open", "öppen", "pågår", "tas emot", "auki",
/// "käynnissä".
fn offering(w: &str) -> bool {
    matches!(
        w,
        "can"
            | "may"
            | "open"
            | "accepted"
            | "kan"
            | "går"
            | "får"
            | "öppen"
            | "öppet"
            | "pågår"
            | "emot"
            | "auki"
            | "avoinna"
            | "käynnissä"
    ) || w.starts_with("voi")
}

/// "You can apply from 1 March to 15 March", "Ansökan är öppen från och med
/// 1 mars till och med 15 mars", "Hakemuksia voi jättää 1.3.–15.3.": the
/// words before the range (`l`) offer the reader an act of applying or
/// signing up while it runs. Round 45's grid found these read as an entry
/// into force ("apply from", "från och med"): nothing.
fn offered(l: &[&str]) -> bool {
    // ("ansökan var öppen", "you could apply": an offer in the past)
    let past = l
        .iter()
        .any(|w| matches!(*w, "var" | "kunde" | "could" | "oli" | "olivat"));
    // ("Kuvia voi lähettää 18.1.–26.3.2021", real415:36; "Photos can be
    // sent between …": sending in an entry is the reader's act too, when
    // a modal offers it; "får" may be what the reader receives, "som
    // redan får pension … skickas kuvertet 9-14.1.", real261:29)
    let sends = |w: &&str| acts(w) || matches!(*w, "sent" | "submitted");
    let modal = |w: &&str| matches!(*w, "can" | "may" | "kan") || w.starts_with("voi");
    !past
        && ((l.iter().any(|w| act_word(w)) && l.iter().any(|w| offering(w)))
            || (l.iter().any(sends) && l.iter().any(modal)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split(' ').collect()
    }

    #[test]
    fn an_offered_act_before_a_range_is_acted_in() {
        for l in [
            "you can apply from",
            "ansökan är öppen från och med",
            "du kan söka från och med",
            "det går att anmäla sig från och med",
            "biljetter kan bokas från och med",
            "hakemuksia voi jättää haku on auki",
            "ilmoittautuminen on käynnissä",
        ] {
            assert!(reader_acts_in(&words(l), &[]), "{l}");
        }
    }

    #[test]
    fn a_doer_a_past_or_a_rule_is_not_acted_in() {
        for l in [
            "applicants can be interviewed from",
            "the rules apply from",
            "ansökan var öppen från och med",
            "sökande kan intervjuas",
            "hakijat voivat olla",
            "haku oli auki",
        ] {
            assert!(!reader_acts_in(&words(l), &[]), "{l}");
        }
    }
}

//! A period told by two verbs: a verb of beginning before the first day and
//! a verb of ending before the last ("The grant round will open Thursday 26
//! August 2021 and close 9am Monday 13 September 2021", real122:30; "Haku
//! alkaa 1.3. ja päättyy 31.3."; "Förtidsröstningen börjar 22 maj och pågår
//! fram till och med 9 juni", real124:33). The two days are one period, as
//! "from D1 to D2" is: what kind it is (a window to act in, one deadline on
//! its close; something that takes place, one event range) is decided by
//! the clause's words as for any other range. Read alone, the first day
//! took the verb of opening as an event or entry into force and the second
//! lost its period.
//!
//! The verbs are read by their role, in every form a speaker uses: the
//! beginning ("opens", "will open", "begins", "starts", "launches",
//! "commences", "alkaa", "avautuu", "käynnistyy", "avataan", "börjar",
//! "öppnar", "startar", "inleds") and the ending ("closes", "ends",
//! "finishes", "runs until", "continues until", "remains open until",
//! "päättyy", "sulkeutuu", "jatkuu … asti", "kestää … saakka", "slutar",
//! "stänger", "upphör", "pågår till"). Between the verb and its day may
//! stand an hour, a weekday, "on", "the" or "den".

use super::super::clock::{named_time, time_part};
use super::super::dates::Grammar;
use super::super::tokens::{fi_weekday_illative, WEEKDAYS};

/// A verb of a period's beginning, in any tense a coming period is told in.
fn begins(w: &str) -> bool {
    matches!(
        w,
        "open"
            | "opens"
            | "begin"
            | "begins"
            | "start"
            | "starts"
            | "launch"
            | "launches"
            | "commence"
            | "commences"
            // "commencing on 5th June and concluding on the 25th June"
            | "commencing"
            | "beginning"
            | "starting"
            | "alkaa"
            | "alkavat"
            // "Alkaen pe 21.7. klo 8.00 ja päättyen su 30.7.23" (real441:26)
            | "alkaen"
            | "aloitetaan"
            | "avautuu"
            | "avautuvat"
            | "aukeaa"
            | "aukeavat"
            | "avataan"
            | "käynnistyy"
            | "käynnistyvät"
            | "käynnistetään"
            | "börjar"
            | "öppnar"
            | "öppnas"
            | "startar"
            | "inleds"
            // "kommer utlysningen att öppna den 7 februari och stänga den 2 april"
            | "öppna"
            | "börja"
            | "starta"
            // a temporary order's start: "The proposed Order will come into
            // effect at 08:00 hours on the 28th March 2020 and remain in
            // force until 18:00 hours on the 29th March 2020" (real565:7)
            | "effect"
    )
}

/// A verb of beginning in the past: the period has begun.
fn begun(w: &str) -> bool {
    matches!(
        w,
        "opened"
            | "began"
            | "begun"
            | "started"
            | "launched"
            | "commenced"
            | "alkoi"
            | "alkanut"
            | "avautui"
            | "avattiin"
            | "käynnistyi"
            | "började"
            | "öppnade"
            | "öppnades"
            | "startade"
            | "inleddes"
    )
}

/// A verb of a period's ending. "Runs", "continues", "remains", "jatkuu",
/// "kestää", "pågår" and "varar" tell an end only with the word of reach
/// after them ("until", "asti", "till"), checked by `reaches`.
fn ends(w: &str) -> bool {
    matches!(
        w,
        "close"
            | "closes"
            | "end"
            | "ends"
            | "finish"
            | "finishes"
            | "conclude"
            | "concludes"
            | "concluding"
            | "ending"
            | "finishing"
            | "closing"
            | "päättyy"
            | "päättyvät"
            | "päättyen"
            | "loppuu"
            | "loppuvat"
            | "sulkeutuu"
            | "sulkeutuvat"
            | "umpeutuu"
            | "lopetetaan"
            | "slutar"
            | "avslutas"
            | "stänger"
            | "stängs"
            | "stänga"
            | "upphör"
    )
}

/// A verb of lasting, which ends a period only when its reach is written
/// ("runs until", "jatkuu 15.12. saakka", "pågår till").
fn lasts(w: &str) -> bool {
    matches!(
        w,
        "run"
            | "runs"
            | "continue"
            | "continues"
            | "remain"
            | "remains"
            | "jatkuu"
            | "jatkuvat"
            | "jatkuen"
            | "kestää"
            | "continuing"
            | "pågår"
            | "varar"
    )
}

/// A word of reach: "until", "through", "asti", "till".
fn reach(w: &str) -> bool {
    matches!(
        w,
        "until" | "till" | "til" | "through" | "to" | "asti" | "saakka" | "t" | "tom"
    )
}

/// "onsdagen", "fredagen": a Swedish weekday in its definite form.
fn sv_definite_weekday(w: &str) -> bool {
    matches!(
        w,
        "måndagen" | "tisdagen" | "onsdagen" | "torsdagen" | "fredagen" | "lördagen" | "söndagen"
    )
}

/// Words that may stand between a verb and its day: an auxiliary, an
/// hour, a weekday, a preposition of time, "open" after "remains", "at the
/// latest" and the week the day falls in.
fn filler(w: &str) -> bool {
    WEEKDAYS.contains(&w)
        || sv_definite_weekday(w)
        // ("jatkuu tiistaihin 18.1. saakka", real304:24: the weekday the
        // run lasts into)
        || fi_weekday_illative(w)
        || time_part(w)
        || named_time(w)
        || matches!(
            w,
            "on" | "the"
                | "den"
                | "will"
                | "be"
                | "is"
                | "are"
                | "open"
                | "for"
                | "applications"
                | "submissions"
                | "public"
                | ","
                | "from"
                | "fram"
                | "och"
                | "med"
                | "o"
                | "m"
                | "-"
                | "ja"
                | "kello"
                | "noin"
                | "om"
                // "päättyvät viimeistään seuraavan viikon torstaina 26.
                // syyskuuta": the end's latest day, a week named on
                | "viimeistään"
                | "senast"
                | "latest"
                | "seuraavan"
                | "viikon"
                | "following"
                | "next"
                // "remain in force until 18:00 hours on", "remain in
                // operation until"
                | "hours"
                | "in"
                | "force"
                | "operation"
        )
}

/// An auxiliary or a pronoun before the verb of ending: "and will close",
/// "and they will run until", "och den stänger".
fn pronoun_or_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "will" | "it" | "they" | "se" | "ne" | "den" | "det" | "de" | "then"
    )
}

/// The comma at `comma` of a sentence's `words` (from the clause's start)
/// joins the two halves of a period: a verb of beginning stands before it
/// and "and", "ja", "och" with a verb of ending after it ("will open on July
/// 9, 2025, and will close on Sept. 9, 2025", real81:39). Such a comma cuts
/// no clause, so the two days are read together.
pub(in crate::deadlines) fn period_joint(words: &[&str], comma: usize) -> bool {
    if !(comma.saturating_sub(12)..comma).any(|k| words.get(k).is_some_and(|w| begins(w))) {
        return false;
    }
    let mut k = comma + 1;
    if !words
        .get(k)
        .is_some_and(|w| matches!(*w, "and" | "ja" | "och"))
    {
        return false;
    }
    k += 1;
    while words.get(k).is_some_and(|w| pronoun_or_auxiliary(w)) {
        k += 1;
    }
    words.get(k).is_some_and(|w| ends(w) || lasts(w))
}

/// A clause tells a window by its two verbs: a verb of beginning and, after
/// it, a verb of closing proper ("close", "sulkeutuu", "stänger"), which a
/// call, a registration or a round does and a run of days does not ("the
/// festival ends", "juhlat päättyvät"). Such a range is a window to act in.
pub(in crate::deadlines) fn closed_window(words: &[&str]) -> bool {
    // (a participle opens no window: "Starting this Friday at midnight …,
    // the bridge roadway will close", real211:50, a closure's run)
    let Some(b) = words.iter().position(|w| begins(w) && !w.ends_with("ing")) else {
        return false;
    };
    words[b + 1..].iter().take(20).any(|w| {
        matches!(
            *w,
            "close"
                | "closes"
                | "sulkeutuu"
                | "sulkeutuvat"
                | "umpeutuu"
                | "stänger"
                | "stängs"
                | "stänga"
        )
    })
}

impl Grammar<'_> {
    /// The first day at `i` (its expression ending before `j`) opens a
    /// period whose last day a verb of ending tells after it: the index of
    /// that last day's first token. The verb of beginning stands at most
    /// seven words before the first day (an hour and a weekday may come
    /// between: "begins at 6pm on Monday 15th January"), after `floor`;
    /// the verb of ending comes after "and", "ja", "och", a comma or a
    /// dash, at most five words after the first day (an hour may close the
    /// first day: "begin at 9 a.m. Wednesday, July 21, and will close").
    pub(super) fn paired_end(&self, i: usize, j: usize, floor: usize) -> Option<usize> {
        // (an hour's words stretch the reach: "come into effect at 08:00
        // hours on the 28th March 2020")
        let hour = (i.saturating_sub(12)..i)
            .filter(|&k| time_part(self.word(k)) || named_time(self.word(k)))
            .count();
        let lo = i.saturating_sub(7 + hour.min(5)).max(floor);
        if !(lo..i).any(|k| begins(self.word(k))) {
            return None;
        }
        // ("The annual open call opened on February 26 and will close on
        // April 4", real101:41: a period begun in the past is no longer
        // told as a whole, its close is read alone; "are open as of Monday,
        // October 5 … and will close", real8:11: a start told as a change
        // in force is not a first day)
        if (lo..i).any(|k| begun(self.word(k)))
            || (lo + 1..i).any(|k| self.word(k - 1) == "as" && self.word(k) == "of")
        {
            return None;
        }
        // the joint: skip the first day's hour, then "and"/"ja"/"och"/","
        let mut k = j;
        while k < j + 6 && (time_part(self.word(k)) || named_time(self.word(k))) {
            k += 1;
        }
        let mut joined = false;
        while k < j + 8 && matches!(self.word(k), "and" | "ja" | "och" | "," | "-" | "sekä") {
            joined = true;
            k += 1;
        }
        // ("alkaa 25.8. jatkuen 11.9. saakka": a participle of lasting
        // needs no joint)
        if !joined && !matches!(self.word(k), "jatkuen" | "päättyen" | "continuing") {
            return None;
        }
        // an auxiliary or a pronoun before the verb of ending
        while k < j + 10 && pronoun_or_auxiliary(self.word(k)) {
            k += 1;
        }
        let verb = self.word(k);
        let lasting = lasts(verb);
        if !ends(verb) && !lasting {
            return None;
        }
        // ("The exhibition opens on 4 June and runs until 7 September": an
        // opening and a run are read by the hours' reader, which keeps an
        // opened place's run as one event)
        let opened = (lo..i).any(|k| {
            matches!(
                self.word(k),
                "open" | "opens" | "öppnar" | "öppnas" | "avautuu" | "aukeaa"
            )
        });
        if lasting && opened {
            return None;
        }
        let mut seen_reach = !lasting;
        let mut c = k + 1;
        while c < k + 12 {
            let w = self.word(c);
            if reach(w) {
                seen_reach = true;
            } else if self.atom(c).is_some() {
                // "jatkuu 15.12. saakka": the reach after the day
                let after = (c + 1..c + 6).any(|x| reach(self.word(x)));
                return (seen_reach || after).then_some(c);
            } else if !filler(w) {
                return None;
            }
            c += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beginnings_and_endings_in_three_languages() {
        for w in ["opens", "begins", "alkaa", "avautuu", "börjar", "öppnar"] {
            assert!(begins(w), "{w}");
        }
        for w in [
            "closes",
            "ends",
            "päättyy",
            "sulkeutuu",
            "stänger",
            "slutar",
        ] {
            assert!(ends(w), "{w}");
        }
        for w in ["runs", "jatkuu", "pågår"] {
            assert!(lasts(w) && !ends(w), "{w}");
        }
        assert!(!begins("opened") && !ends("closed"));
    }
}

//! Headings and announcing sentences: what a heading or the sentence above
//! a list says the dates listed alone under it are.

use super::super::cues::*;
use super::super::signals::*;
use super::super::tokens::*;
use super::super::Kind;
use super::Reader;

/// What one column of a table of days holds, read from its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::deadlines) enum Column {
    /// "Expected payment date", "Alkuperäinen maksupäivä": a day replaced
    /// by the one beside it, never reported.
    Old,
    /// "Meeting date", "Closing date": the label tells what its days are.
    Reads(Kind),
    /// The label tells nothing: its days are read as under any heading.
    Open,
    /// "Utdelningsdatum", "Ilmestymispäivä", "Publication date" beside a
    /// deadline's column: the issuer's own day (its paper comes out), no
    /// day a reader keeps, never reported.
    Issuer,
}

impl Reader<'_> {
    /// Does a heading tell what the days listed alone under it are: a
    /// deadline or a payment word ("Sista ansökningsdatum",
    /// "Avvikande utbetalningsdagar"), or an event word in a label ending in
    /// a colon ("Kommande evenemang:")?
    pub(in crate::deadlines) fn heading_tells(&self, h: &str) -> bool {
        read_heading(h, |w| {
            w.has(Category::Deadline)
            || payment_day(w)
            || names_time_limit(w.words)
            // ("… Save this date for 2023 drives. Please see list below.":
            // a sentence pointing to the list does as a colon)
            || ((h.trim_end().ends_with(':') || super::super::text::introduces(h))
                && (w.has(Category::Event) || w.has(Category::Happen)))
            // "Utlysningen stänger": a call that closes, over a date alone
            || (end_verb_in(w) && w.has(Category::Apply))
            // "Applications must be completed by the following dates:": an
            // action with its limit word, over the days that end it
            || (h.trim_end().ends_with(':')
                && w.has(Category::Apply)
                && phrases(Category::DeadlineBefore)
                    .iter()
                    .any(|c| has(w.words, c)))
            // "Sammanträdesdagar 2022", "Meeting dates", "Kokouspäivät",
            // "Kokousten aikataulut": a heading naming the days or the
            // timetable of an event
            || ((w.has(Category::Event) || w.has(Category::Happen))
                && w.words.iter().any(|x| names_days(x) || programme_word(x)))
            // "Senaste ansökningsdatum:", "Hakupäivät:": the days the
            // reader acts by (`action_days.rs`)
            || super::super::action_days::action_label(
                h,
                w.has(Category::Apply),
                w.words.iter().any(|x| names_days(x)),
                w.has(Category::Opening),
            )
            // "Ennakkoäänestys", "Förtidsröstning": the days listed under
            // advance voting, each with its hours, are the voting's days
            || w.words.iter().any(|x| super::voting_days::voting_word(x))
            || w.words
                .windows(2)
                .any(|p| matches!(p[0], "early" | "advance") && p[1] == "voting")
        })
    }

    /// What a heading or an introducing sentence says the dates listed
    /// under it are: deadlines ("All deadlines … specified below", "vi läser
    /// av inkomna ansökningar följande datum:", "Utlysningen stänger") or
    /// events ("Seuraavat illat:", "the schedule of the events", "Concert");
    /// `None` when it says both or neither.
    pub(in crate::deadlines) fn heading_hint(&self, h: &str) -> Option<Kind> {
        read_heading(h, |w| {
            // ("Nursery closed" over its days: a state, no past closing)
            if past_in(w, self.lang, self.sure_en) && !w.has(Category::Break)
                || w.has(Category::Authority) && !w.has(Category::Apply)
            {
                return None;
            }
            let deadline =
                w.has(Category::Deadline) || w.has(Category::Apply) || names_time_limit(w.words);
            // "closed on the following dates:", "Holiday Closure Dates": a
            // closure heads the days it lists, each a break of the service
            // ("How it works:" tells a method, no works on a site)
            let method = w.words.first() == Some(&"how");
            let event = w.has(Category::Event)
                || w.has(Category::Happen)
                || w.has(Category::Break) && !method
                || w.words.iter().any(|x| programme_word(x));
            match (deadline, event) {
                (true, false) => Some(Kind::Deadline),
                (false, true) => Some(Kind::Event),
                _ => None,
            }
        })
    }

    /// Whether a heading that tells no kind (`heading_hint` is `None`)
    /// still names an occasion and no period to apply in: "Kommunfullmäktige
    /// sammanträder vanligtvis sista torsdagen …, om ingen annan plats
    /// anges:" names a body meeting (its body and its "sista" torsdag kept
    /// `heading_hint` from telling), so the bare days under it are its
    /// sessions; "Kevätlukukauden hakuajan katkot:" names an application
    /// period's cut-offs, which the text around tells.
    pub(in crate::deadlines) fn heading_names_occasion(&self, h: &str) -> bool {
        read_heading(h, |w| {
            (w.has(Category::Event) || w.has(Category::Happen))
                && !w.has(Category::Apply)
                && !names_time_limit(w.words)
        })
    }

    /// Whether a timeline's step under its day ("Abstract Submission",
    /// "Rakentamisilmoitusten määräpäivä") names a time limit or the
    /// reader's act and no event: `heading_hint` without the words of
    /// taking place, as "päivä" inside "eräpäivä" is one of them.
    pub(in crate::deadlines) fn step_deadline(&self, h: &str) -> bool {
        read_heading(h, |w| {
            !(past_in(w, self.lang, self.sure_en) || w.has(Category::Authority) && !w.has(Category::Apply))
                && (w.has(Category::Deadline)
                    || w.has(Category::Apply)
                    || names_time_limit(w.words))
                && !w.has(Category::Event)
                // ("SUBMIT ANY TIME- APPLICATIONS ARE OPEN", real11:2: the
                // day a call opens, rule 2)
                && !w.has(Category::Opening)
                && !w.has(Category::Open)
        })
    }

    /// A table heading naming two columns of days ("Expected payment date
    /// Actual payment date", "Grants Committee Meeting DateClosing Date",
    /// "Kokouspäivä Hakemusten viimeinen jättöpäivä"): what each column
    /// holds. `None` unless the heading ends with its second column's day
    /// word and one column at least tells something.
    pub(in crate::deadlines) fn columns(&self, h: &str) -> Option<[Column; 2]> {
        // words, split also where a page glued two labels ("DateClosing")
        let words = super::super::text::glued_words(h, 16)?;
        if words.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit())) {
            return None;
        }
        // ("Deadline for material Publication date": a deadline's label
        // names its day without a day word)
        let day = |w: &str| {
            !WEEKDAYS.contains(&w)
                && ["date", "day", "päivä", "dag", "datum", "deadline"]
                    .iter()
                    .any(|d| w.ends_with(d))
        };
        let ends: Vec<usize> = (0..words.len()).filter(|&k| day(&words[k])).collect();
        if ends.len() != 2 || ends[1] + 1 != words.len() {
            return self.repeated_columns(&words);
        }
        let column = |ws: &[String]| {
            if ws.iter().any(|w| old_column(w)) {
                return Column::Old;
            }
            if ws.iter().any(|w| issue_label(w)) {
                return Column::Issuer;
            }
            if ws.iter().any(|w| copy_deadline_label(w)) {
                return Column::Reads(Kind::Deadline);
            }
            match self.heading_hint(&ws.join(" ")) {
                Some(k) => Column::Reads(k),
                None => Column::Open,
            }
        };
        let cols = [column(&words[..=ends[0]]), column(&words[ends[0] + 1..])];
        // (the issuer's day only beside a deadline's: "Utdelningsdatum"
        // alone is a day the issuer announces, read by the other rules)
        if cols.contains(&Column::Issuer) && !cols.contains(&Column::Reads(Kind::Deadline)) {
            return None;
        }
        (cols != [Column::Open, Column::Open]).then_some(cols)
    }

    /// "Collection due Collection will take place", "Tyhjennys normaalisti
    /// Tyhjennys tehdään": two labels of the same thing, the second telling
    /// when it takes place — the first column's day is the one replaced.
    fn repeated_columns(&self, words: &[String]) -> Option<[Column; 2]> {
        let first = words.first().filter(|w| w.chars().count() > 3)?;
        let k = (2..words.len()).find(|&k| words[k] == *first)?;
        let second = words[k..].join(" ");
        let happens = read_heading(&second, |w| {
            w.has(Category::Happen)
                && !w.has(Category::Deadline)
                && !past_in(w, self.lang, self.sure_en)
        });
        happens.then_some([Column::Old, Column::Reads(Kind::Event)])
    }
}

/// Reads a heading's words with their cue masks.
fn read_heading<R>(h: &str, read: impl FnOnce(Window) -> R) -> R {
    let toks = tokenize(h, 0);
    let words: Vec<&str> = toks.iter().map(|t| t.word.as_str()).collect();
    let masks: Vec<u64> = words.iter().map(|w| cue_mask(w)).collect();
    read(Window {
        words: &words,
        masks: &masks,
    })
}

/// "Hakuaika", "deadline for applications", "ansökningstiden": a word
/// naming a period or a time limit itself.
fn names_time_limit(words: &[&str]) -> bool {
    words.iter().any(|x| {
        period_noun(x)
            || phrases(Category::DeadlineNoun)
                .iter()
                .any(|c| part_matches(x, c))
    })
}

/// "dates", "sammanträdesdagar", "datum", "kokouspäivät": a word (or the
/// end of a compound) for days or dates.
fn names_days(w: &str) -> bool {
    // ("upcoming Thursdays", "lördagar": a weekday in the plural names a
    // habit, not the days listed)
    [
        "dates",
        "days",
        "dagar",
        "dagarna",
        "datum",
        "datumen",
        "päivät",
        "päivämäärät",
    ]
    .iter()
    .any(|d| w.ends_with(d))
        && !w
            .strip_suffix('s')
            .or_else(|| w.strip_suffix("ar"))
            .is_some_and(|d| WEEKDAYS.contains(&d))
}

/// A column label's word for the day a change replaces ("Expected payment
/// date", "Alkuperäinen maksupäivä", "Ordinarie utbetalningsdag").
fn old_column(w: &str) -> bool {
    matches!(
        w,
        "expected"
            | "original"
            | "usual"
            | "normal"
            | "alkuperäinen"
            | "tavallinen"
            | "normaali"
            | "odotettu"
            | "ordinarie"
            | "ursprunglig"
            | "vanlig"
            | "förväntad"
    )
}

/// A column label's word for the day an issue comes out ("Utdelningsdatum",
/// "Ilmestymispäivä", "Publication date").
fn issue_label(w: &str) -> bool {
    [
        "publication",
        "publishing",
        "delivery",
        "ilmestymi",
        "jakelu",
        "julkaisu",
        "utdelning",
        "utgivning",
        "utkommer",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// A column label's word for the last day to hand in material
/// ("Stoppdatum", "Aineistopäivä", "Copy deadline").
fn copy_deadline_label(w: &str) -> bool {
    ["stopp", "aineisto", "deadline", "materialstopp"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// "ohjelma", "programme", "programmet", "kalender", "aikataulut",
/// "mötestidstabell": a word naming a programme, calendar or timetable of
/// what takes place.
fn programme_word(w: &str) -> bool {
    [
        "ohjelma",
        "program",
        "kalender",
        "calendar",
        "kalenteri",
        "aikataulu",
        "tidtabell",
        "tidstabell",
        "timetable",
    ]
    .iter()
    .any(|p| w.starts_with(p) || w.ends_with(p))
        || w.starts_with("ohjelm")
}

/// A heading of a programme or a season's events ("Syksyn alustava
/// ohjelma", "Programme 2025", "Föreläsningar våren 2025", "Blood drives for
/// 2023"): the days listed under it are the programme's, as under a heading
/// ending in a colon.
pub(in crate::deadlines) fn programme_heading(h: &str) -> bool {
    if h.len() > 60 {
        return false;
    }
    read_heading(h, |w| {
        let season = w.words.iter().any(|x| {
            x.len() == 4 && x.bytes().all(|b| b.is_ascii_digit())
                || [
                    "spring", "autumn", "fall", "summer", "winter", "kevä", "syks", "syys", "kesä",
                    "talvi", "våren", "hösten", "sommaren", "vintern",
                ]
                .iter()
                .any(|s| x.starts_with(s))
        });
        !w.has(Category::Deadline)
            && !w.has(Category::Apply)
            && (w.words.iter().any(|x| programme_word(x)) || w.has(Category::Event) && season)
    })
}

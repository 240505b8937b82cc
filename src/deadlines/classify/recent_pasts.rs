//! A day without a year that has just gone by, in a sentence told in the
//! past: "The consultation ran from Wednesday 27 September, to Wednesday
//! 22 November" read on 10 January, "Vårmötet hölls den 28.3 och
//! höstmötet den 28.11." read in February, "Tiedon valoa -tapahtuma
//! kokosi 23.–24.1. …" read on 28 January. Rule 7 moves such a day to next
//! year, where nothing is said of it: the sentence reports what was done.
//! The past vetoes of the windows miss these when the verb stands out of
//! the date's window or after a listed day; the whole sentence is read
//! here, and only for a day whose last coming lies a short while back (a
//! page's later list of next year's days is not told in the past).

use chrono::NaiveDate;

use super::super::dates::{ymd, DayMonth};
use super::super::english_text;
use super::super::signals::{past_form, past_suffix};
use super::super::Lang;
use super::told_pasts;

/// How long ago, at most, a day's last coming may lie to be read as told
/// after the fact (a season: a report written weeks or a few months on).
const BACK_DAYS: i64 = 120;

/// How long ago, at most, a day's last coming may lie for the past verb to
/// be read anywhere in the text, not only in the day's sentence: an item
/// written days after what it reports, headed by its day ("Höstmöte den 18
/// Oktober" over "Höstmöte i Kulturhuset … Ordförande … hälsade alla
/// välkomna", real48:20).
const TEXT_BACK_DAYS: i64 = 45;

/// Is the yearless day `dm` (resolved to `next`) one that has just gone by
/// (its last coming within [`BACK_DAYS`] before `today`), told in a
/// `sentence` with a past verb?
pub(super) fn told_gone(
    dm: DayMonth,
    next: NaiveDate,
    today: NaiveDate,
    sentence: &str,
    text: &str,
    lang: Lang,
    sure_en: bool,
) -> bool {
    use chrono::Datelike;
    if dm.year.is_some() {
        return false;
    }
    let Some(last) = ymd(next.year() - 1, dm.month, dm.day) else {
        return false;
    };
    let back = (today - last).num_days();
    if !(1..=BACK_DAYS).contains(&back) {
        return false;
    }
    past_sentence(sentence, lang, sure_en)
        || (back <= TEXT_BACK_DAYS && past_sentence(text, lang, sure_en))
}

/// What the past is read in beyond the sentence: the text's opening (its
/// first 4 KiB) when the day stands in its first line and that line is a
/// title, short ("Höstmöte den 18 Oktober" over its report); nothing more
/// otherwise (a paragraph reached a page's list of meetings to come under
/// "are usually held", real27:5). (Bounded, so a long text stays linear.)
pub(super) fn around(text: &str, ss: usize) -> &str {
    const TITLE: usize = 200;
    const OPENING: usize = 4096;
    // (only the title's length is looked through for its line end)
    let head = text
        .as_bytes()
        .get(..text.len().min(TITLE + 1))
        .unwrap_or(b"");
    let first_end = head.iter().position(|&b| b == b'\n').unwrap_or(head.len());
    if ss >= first_end || first_end > TITLE {
        return "";
    }
    let mut cut = text.len().min(OPENING);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.get(..cut).unwrap_or("")
}

impl super::Reader<'_> {
    /// Is `line` told in the past? "Saimaan Satojuhlat 12.-13.9.2026" over
    /// "Maailman ensimmäiset Saimaan Satojuhlat hurmasivat yleisön kesällä
    /// 2025" (real417:44): a title whose day carries its year is read
    /// alone, not with a report of a past year under it.
    pub(in crate::deadlines) fn tells_past(&self, line: &str) -> bool {
        past_sentence(line, self.lang, self.sure_en)
    }
}

/// Does a past verb stand in the sentence? Irregular pasts and past
/// auxiliaries in every language; the Finnish and Swedish suffixes not in
/// sure English text ("Whanganui" is no past: `english_text`). A title in
/// quotes tells no tense of the sentence ("\"What NH Thought was Funny\"",
/// real55:49), nor does a participle after an auxiliary or before "to"
/// ("will be held", "events held to celebrate", real92:38).
fn past_sentence(sentence: &str, lang: Lang, sure_en: bool) -> bool {
    let english = lang == Lang::En && (sure_en || english_text::sure(sentence, Lang::Auto));
    let words: Vec<String> = unquoted(sentence)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().any(|(k, w)| {
        let prev = if k > 0 { words[k - 1].as_str() } else { "" };
        let next = words.get(k + 1).map_or("", String::as_str);
        let participle = matches!(
            prev,
            "be" | "is" | "are" | "been" | "being" | "will" | "to" | "has" | "have" | "had"
        ) || next == "to";
        (past_form(w) && !participle)
            || matches!(w.as_str(), "was" | "were" | "hölls" | "pidettiin")
            || (!english && past_suffix(w))
            // (the regular pasts: `told_pasts`)
            || told_pasts::regular_past(&words, k, english)
    })
}

/// The sentence with its quoted titles left out.
fn unquoted(sentence: &str) -> String {
    let mut out = String::with_capacity(sentence.len());
    let mut inside = false;
    for c in sentence.chars() {
        match c {
            '"' | '“' | '”' => inside = !inside,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

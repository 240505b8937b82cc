//! Ranges of days: an application period (one deadline on its closing
//! day), an event range, or a duration that is not reported.

use super::super::cues::*;
use super::super::tokens::WEEKDAYS;
use super::{Around, ClauseInfo, Decision, Spot};

/// What a range of days is, read from the words around it.
pub(super) fn range(a: &Around, info: &ClauseInfo, spot: Spot, deadline_mark: bool) -> Decision {
    let (l, lw, rw) = (a.l, a.lw, a.rw);
    let both = |cat: Category| lw.has(cat) || rw.has(cat);
    let apply_in = |w: Window| w.has(Category::Apply);
    let brk = both(Category::Break);
    // "The Community Celebration grant is open from 9 February to 8
    // March" (real135:12), "avaa … rahoitushaun ajalle 4.11.–13.12."
    // (real137:38): a round told open is a window to act in, whatever its
    // name holds or however the period is said (`open_calls.rs`)
    if super::open_calls::open_call(l)
        && !brk
        && !l.iter().any(|w| exhibition(w))
        && !deadline_mark_past(l)
    {
        return Decision::Deadline;
    }
    // "käyttöaika 1.4-31.10", "for year 1 October – 30 September", "för
    // evenemang som ordnas 1.6–31.12.": the days a grant, lease or use
    // covers, whatever else the clause names (`period_roles.rs`)
    let asked = info.apply || deadline_mark || both(Category::Apply) || both(Category::Deadline);
    // (a closure "vuosihuollon ajaksi 15.5.-4.6." is a break: an event)
    let covered = super::period_roles::covered_run(a.imm)
        || super::period_roles::covered_events(a.imm, asked);
    if covered && !brk {
        return Decision::Drop;
    }
    // "20.4.–22.5.: the exhibition of the arts school", "näyttely on
    // esillä 3.6.–28.8.": an exhibition's run is a duration (its opening
    // day, a single date, is read apart)
    if (a.l.iter().any(|w| exhibition(w)) || a.r.iter().any(|w| exhibition(w)))
        && !brk
        && !deadline_mark
        && !info.apply
    {
        return Decision::Drop;
    }
    // "open Monday to Sunday 15.5.–15.9.", "öppet mån–sön": a place's
    // season of opening hours, kept in a weekly round, is a duration
    if lw.has(Category::Open) && weekly_round(l) && !info.apply && !deadline_mark {
        return Decision::Drop;
    }
    // "Minor Grant (Community Events Category only) open on 23 July and
    // close 3 September" (real108:3): what opens and closes is a window to
    // act in, whatever else the clause names
    if info.closed_window && !deadline_mark_past(l) {
        return Decision::Deadline;
    }
    // "projects run 1.3.2025–31.12.2026": a duration
    if both(Category::Project)
        && !brk
        && !info.apply
        && !info.event_noun
        && !deadline_mark
        && !super::activity_programmes::activity_programme(a)
    {
        return Decision::Drop;
    }
    // "training for applicants is held 14–18 October": a verb of
    // taking place beats the application word
    let held = both(Category::Happen) && both(Category::Event) && !deadline_mark;
    // "applications will be accepted from 14 March to 31 December",
    // "hakemuksia otetaan vastaan", "ansökningar tas emot"
    let accepts = l.iter().enumerate().any(|(k, w)| {
        matches!(*w, "accepted" | "received" | "vastaanotetaan")
            || (*w == "otetaan" && l.get(k + 1) == Some(&"vastaan"))
            || (*w == "tas" && l.get(k + 1) == Some(&"emot"))
    });
    if accepts && !brk && !held {
        return Decision::Deadline;
    }
    // "Application periods for doctoral studies: 1.-14.9.2017 (all
    // programmes), 1.-14.11.2017 (some)": the clause's action word
    // reaches every period listed in it
    let clause_apply = info.apply && !info.event_noun && !both(Category::Happen) && !spot.scene;
    // "the application period … is from 3 January to 17 January
    // (15.00 GMT+2)": a time at the end does not make it an event
    // "Skolvalet är öppet 25 oktober till 14 november": what is open
    // for a period, unless it is an event's, is open to act in
    let open_for = lw.has(Category::Open) && !both(Category::Happen);
    // "Museo avoinna 24.6.–4.8.", "Ritamäki öppet 22/6-16/8 kl 11-17": a
    // place's season, no action of the reader named
    if open_for
        && !info.apply
        && !info.deadline_noun
        && !apply_in(lw)
        && !apply_in(rw)
        && !deadline_mark
        && super::open_seasons::place_season(l, a.r)
    {
        return Decision::Drop;
    }
    if (info.named_period || open_for) && !info.event_noun && !brk && !held {
        return Decision::Deadline;
    }
    if !brk
        && !held
        && (apply_in(lw)
            || apply_in(rw)
            || clause_apply
            || (deadline_mark && !both(Category::Event)))
    {
        return Decision::Deadline;
    }
    // "Du kan dela dina tankar mellan den 21 november och 21 januari": a
    // period the reader is told they can act in
    if !brk && !held && !info.event_noun && super::reader_periods::reader_can_act(l, a.r) {
        return Decision::Deadline;
    }
    Decision::Event
}

/// ("opened … and closed": a past window gives nothing; the tense reader
/// drops it, not this one)
fn deadline_mark_past(l: &[&str]) -> bool {
    l.iter()
        .any(|w| matches!(*w, "opened" | "closed" | "avautui" | "öppnade"))
}

/// An exhibition: what it shows runs for a time, it does not take place on
/// each of its days. Inflected forms only, also as the head of a compound
/// ("Virtuellutställning … fram till 13.5.2020", real434:39;
/// "valokuvanäyttely"): a longer compound names something else
/// ("näyttelypaikka", a stand to book at a fair).
pub(in crate::deadlines) fn exhibition(w: &str) -> bool {
    // (only the starts within the last `most` characters are tried: asked
    // of every word, a search from the front cost 3% of the reading)
    let n = w.chars().count();
    [("exhibition", 11), ("näyttel", 12), ("utställning", 15)]
        .iter()
        .any(|&(p, most)| {
            w.char_indices()
                .skip(n.saturating_sub(most))
                .any(|(i, _)| w[i..].starts_with(p))
        })
}

/// Two weekdays before a period ("Monday to Friday", "maanantaista
/// sunnuntaihin", "mån–sön"): opening hours kept every week. Inflected
/// Finnish forms count by their full weekday stem.
fn weekly_round(l: &[&str]) -> bool {
    let weekday = |w: &&&str| {
        WEEKDAYS.contains(w) || WEEKDAYS.iter().any(|d| d.len() >= 6 && w.starts_with(d))
    };
    l.iter().filter(weekday).take(2).count() == 2
}

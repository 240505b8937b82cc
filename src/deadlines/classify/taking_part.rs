//! A period the reader takes part in, told by its end: "Röstningen pågår
//! till 1.4.2024" (real106:46), "ett digital frågeformulär som är öppen
//! fram till 1 april" (real106:44), "Voting will be open until the 26th of
//! November" (real15:43), "Samråd om planen pågår fram till 21 februari
//! 2020" (real36:17), "the landowner feedback period … closes on 11 June"
//! (real105:10), "Major Grants open on 23 July 2018 and close 3 September
//! 2018" (real108:3).
//!
//! While such a period runs the reader votes, answers, comments or applies,
//! so its last day is the last day to act (rules 1 and 2). Without this the
//! day was read as the end of a duration ("pågår till", "will run until",
//! "closes" with no action word of the lexicon in the clause), as the end
//! of an entry into force ("från och med … till och med …") or as a
//! validity ("available for comments until"): nothing. Only the words of
//! taking part decide; a validity ("restrictions remain until", "gäller
//! till") names none of them and stays nothing. Advance voting and
//! elections are days of taking place (`voting_days.rs`) and are left out.

use super::comment_spans::consultation_word;

/// Stems of what the reader takes part in while a period runs: a vote, a
/// survey, a call for comments or feedback, a round of grants, an online
/// discussion the reader is asked to join ("Osallistu verkkokeskusteluun
/// … 7.10. asti", real177:3). (Taking part alone, "osallistu", "delta",
/// is also said of a campaign or an exercise that runs its days.)
const STEMS: [&str; 16] = [
    "voting",
    "survey",
    "feedback",
    "comments",
    "röstning",
    "omröstning",
    "enkät",
    "frågeformulär",
    "synpunkt",
    "remiss",
    "kysely",
    "palaute",
    "palautteen",
    "äänestys",
    "kommentoi",
    "grants",
];

/// Stems of a discussion the reader joins, found inside compounds too
/// ("verkkokeskusteluun", "nätdiskussionen").
const DISCUSSION: [&str; 3] = ["keskustelu", "discussion", "diskussion"];

/// Words of an election or of advance voting: days of taking place,
/// searched inside compounds too ("Nuorisovaalien äänestysaika").
/// ("Early voting will be open through November 5", real11:18)
pub(super) const ELECTION: [&str; 7] = [
    "förhand", "ennakko", "advance", "early", "election", "vaali", "valet",
];

/// Words of a state that holds ("valid", "gäller", "voimassa") or of an
/// outcome ("the survey results are valid until"): a validity, no period
/// of taking part, whatever the vote or survey it names; so is a show
/// ("the exhibition of survey photos is open until").
const HOLDS: [&str; 10] = [
    "valid", "giltig", "gäller", "gälla", "voimassa", "result", "tulok", "resultat", "exhibit",
    "näyttel",
];

/// Is `w` a word of taking part in a period (or a consultation's own word)?
fn taking_part_word(w: &str) -> bool {
    (STEMS.iter().any(|s| w.starts_with(s))
        || DISCUSSION.iter().any(|s| w.contains(s))
        || consultation_word(w)
        || voiced(w))
        && !ELECTION.iter().any(|s| w.contains(s))
}

/// Does the window round a day (`l` before it, `r` after it) name a
/// period the reader takes part in, and no election and no validity?
pub(super) fn named(l: &[&str], r: &[&str]) -> bool {
    let words = || l.iter().chain(r);
    let any_of = |stems: &[&str]| words().any(|w| stems.iter().any(|s| w.starts_with(s)));
    words().any(|w| taking_part_word(w)) && !any_of(&ELECTION) && !any_of(&HOLDS)
}

/// The rest of the vocabulary of giving one's voice in a period, beyond
/// the stems above: a questionnaire or poll, a vote, a comment, an
/// opinion, a nomination ("kyselyyn voi vastata … asti", "the poll is open
/// until", "åsikter tas emot till och med").
fn voiced(w: &str) -> bool {
    matches!(
        w,
        "poll" | "polls" | "vote" | "votes" | "opinion" | "opinions" | "comment" | "input"
    ) || [
        "questionnaire",
        "nominat",
        "äänestä",
        "kommentte",
        "mielipite",
        "mielipide",
        "kommentar",
        "åsikt",
        "nominer",
        "tyck",
    ]
    .iter()
    .any(|s| w.starts_with(s))
}

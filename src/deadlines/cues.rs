//! Cue words: the categories a word belongs to, and windows of words
//! searched by category.
//!
//! Owns: the [`Category`] of every cue list, the matching of cue phrases
//! against words (a part ending in `*` matches as a prefix) and the bit mask
//! of categories each word gets once, so that a window of words is searched
//! by bits, not by strings. The phrases themselves are data
//! (`lexicon/*.txt`, read by [`super::lexicon`]).

use std::sync::OnceLock;

use super::lexicon::lexicon;

/// What a cue word tells about a date near it. The names are the headings
/// of the lexicon files; what each does to a date is `docs/DEADLINES.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Category {
    /// An old date follows: "previously", "aiemmin", "tidigare".
    Superseded,
    /// A new or extended deadline: "extended", "jatkettu", "förlängd".
    Extended,
    Past,
    Cancel,
    Postpone,
    /// Entry into force and changes of rules.
    InForce,
    Validity,
    Statistics,
    Publication,
    /// What an authority decides or aims at by a date.
    Authority,
    Opening,
    Deadline,
    /// Actions of the reader: apply, register, submit, comment.
    Apply,
    /// Event nouns: seminar, course, fair.
    Event,
    Negation,
    Duration,
    /// Service breaks and closures.
    Break,
    /// Verbs of taking place: "is held", "järjestetään", "hålls".
    Happen,
    Open,
    EndVerb,
    Project,
    /// Nouns naming a time limit itself ("deadline", "hakuaika").
    DeadlineNoun,
    /// Words right before a deadline's date: "by", "until", "senast".
    DeadlineBefore,
    /// Conjunctions that start a new clause after a comma.
    Conjunction,
}

/// Offset of the "hit outright" bits in a mask: a compound stem
/// ([`super::lexicon::Lexicon::inside`]) hits its category without a phrase match.
const SURE: u32 = 32;

impl Category {
    pub(super) const ALL: [Category; 24] = [
        Category::Superseded,
        Category::Extended,
        Category::Past,
        Category::Cancel,
        Category::Postpone,
        Category::InForce,
        Category::Validity,
        Category::Statistics,
        Category::Publication,
        Category::Authority,
        Category::Opening,
        Category::Deadline,
        Category::Apply,
        Category::Event,
        Category::Negation,
        Category::Duration,
        Category::Break,
        Category::Happen,
        Category::Open,
        Category::EndVerb,
        Category::Project,
        Category::DeadlineNoun,
        Category::DeadlineBefore,
        Category::Conjunction,
    ];

    /// The heading of the category in the lexicon files.
    pub(super) fn name(self) -> &'static str {
        match self {
            Category::Superseded => "superseded",
            Category::Extended => "extended",
            Category::Past => "past",
            Category::Cancel => "cancel",
            Category::Postpone => "postpone",
            Category::InForce => "in_force",
            Category::Validity => "validity",
            Category::Statistics => "statistics",
            Category::Publication => "publication",
            Category::Authority => "authority",
            Category::Opening => "opening",
            Category::Deadline => "deadline",
            Category::Apply => "apply",
            Category::Event => "event",
            Category::Negation => "negation",
            Category::Duration => "duration",
            Category::Break => "break",
            Category::Happen => "happen",
            Category::Open => "open",
            Category::EndVerb => "end_verb",
            Category::Project => "project",
            Category::DeadlineNoun => "deadline_noun",
            Category::DeadlineBefore => "deadline_before",
            Category::Conjunction => "conjunction",
        }
    }

    pub(super) fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }

    pub(super) fn index(self) -> usize {
        self as usize
    }

    /// Searched through word masks. The last three are plain word lists the
    /// classifier compares words with directly.
    pub(super) fn masked(self) -> bool {
        !matches!(
            self,
            Category::DeadlineNoun | Category::DeadlineBefore | Category::Conjunction
        )
    }

    /// The mask bit of a word where one of the category's phrases may start.
    pub(super) const fn bit(self) -> u64 {
        1 << self as u32
    }

    /// The mask bit of a word a compound stem puts in the category outright.
    pub(super) const fn sure(self) -> u64 {
        1 << (self as u32 + SURE)
    }
}

/// The phrases of `category` in all three languages.
pub(super) fn phrases(category: Category) -> &'static [&'static str] {
    lexicon().phrases(category)
}

/// Does `win` contain `cue`? Parts are separated by spaces; a part ending in
/// `*` matches as a prefix.
pub(super) fn has(win: &[&str], cue: &str) -> bool {
    (0..win.len()).any(|s| matches_at(win, s, cue))
}

pub(super) fn part_matches(w: &str, p: &str) -> bool {
    match p.strip_suffix('*') {
        Some(pre) => w.starts_with(pre),
        None => w == p,
    }
}

/// Do the pre-split `parts` start at `win[s]`?
fn parts_at(win: &[&str], s: usize, parts: &[&str]) -> bool {
    parts
        .iter()
        .enumerate()
        .all(|(k, p)| win.get(s + k).is_some_and(|w| part_matches(w, p)))
}

/// Does `cue` start at `win[s]`?
pub(super) fn matches_at(win: &[&str], s: usize, cue: &str) -> bool {
    let mut k = s;
    for p in cue.split(' ') {
        match win.get(k) {
            Some(w) if part_matches(w, p) => k += 1,
            _ => return false,
        }
    }
    true
}

pub(super) fn any_cue(win: &[&str], cues: &[&str]) -> bool {
    cues.iter().any(|c| has(win, c))
}

/// Does `win` end with `cue`?
pub(super) fn ends_with(win: &[&str], cue: &str) -> bool {
    let last = cue.rsplit(' ').next().unwrap_or(cue);
    if win.last().is_none_or(|w| *w != last) {
        return false;
    }
    let n = cue.split(' ').count();
    n <= win.len() && matches_at(win, win.len() - n, cue) && !cue.ends_with('*')
}

/// Cues split into parts once, and every first part bucketed by its first
/// byte, so a word is matched against a handful of stems.
struct CueIndex {
    /// The phrases of each category (by [`Category::index`]), split into words.
    parts: Vec<Vec<Vec<&'static str>>>,
    /// (first part without `*`, is a prefix, category bit) by first byte.
    buckets: Vec<Vec<(&'static str, bool, u64)>>,
}

fn cue_index() -> &'static CueIndex {
    static INDEX: OnceLock<CueIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut buckets: Vec<Vec<(&'static str, bool, u64)>> = vec![Vec::new(); 256];
        let mut parts = Vec::new();
        for category in Category::ALL {
            let mut split = Vec::new();
            if category.masked() {
                for cue in phrases(category) {
                    let p: Vec<&'static str> = cue.split(' ').collect();
                    let first = p.first().copied().unwrap_or(cue);
                    let (stem, pre) = match first.strip_suffix('*') {
                        Some(stem) => (stem, true),
                        None => (first, false),
                    };
                    if let Some(b) = stem.bytes().next() {
                        buckets[usize::from(b)].push((stem, pre, category.bit()));
                    }
                    split.push(p);
                }
            }
            parts.push(split);
        }
        CueIndex { parts, buckets }
    })
}

/// Categories whose cues may start at word `w` ([`Category::bit`]), and
/// categories hit outright by a compound stem ([`Category::sure`]).
pub(super) fn cue_mask(w: &str) -> u64 {
    let idx = cue_index();
    let mut m = 0;
    if let Some(b) = w.bytes().next() {
        for (stem, pre, bit) in &idx.buckets[usize::from(b)] {
            // "julkaisuarkistoon": a publication word is only the modifier
            // of a long compound whose head is something else
            let head_elsewhere = *bit == Category::Publication.bit() && w.len() > stem.len() + 9;
            if if *pre {
                w.starts_with(stem) && !head_elsewhere
            } else {
                w == *stem
            } {
                m |= bit;
            }
        }
    }
    // "the ban applies": a rule's verb, never the reader applying
    if w == "applies" {
        m &= !Category::Apply.bit();
    }
    // "riksdagen", "vardagar": not a day of something happening
    let not_day = w.starts_with("riksdag") || w.starts_with("vardag") || w.starts_with("lantdag");
    if w.len() > 5 {
        let lex = lexicon();
        for (stem, c) in &lex.inside {
            if not_day && *c == Category::Happen {
                continue;
            }
            if w.len() > stem.len() && w.contains(stem) {
                m |= c.sure();
            }
        }
        // "vecka 12", "viikolla 34": a week alone is a span of days; only a
        // compound names a theme week that is held ("biblioteksveckan")
        let week = ["veck", "viik", "week"].iter().any(|p| w.starts_with(p));
        for (stem, c) in &lex.ending {
            if w.ends_with(stem) && !week {
                m |= c.sure();
            }
        }
    }
    m
}

/// A window of words with their cue masks.
#[derive(Clone, Copy)]
pub(super) struct Window<'a> {
    pub(super) words: &'a [&'a str],
    pub(super) masks: &'a [u64],
}

impl Window<'_> {
    /// Does a phrase of `category` stand in the window, or a word put in it
    /// outright by a compound stem?
    pub(super) fn has(&self, category: Category) -> bool {
        let bit = category.bit();
        let sure = category.sure();
        let Some(cues) = cue_index().parts.get(category.index()) else {
            return false;
        };
        self.masks.iter().enumerate().any(|(s, &mask)| {
            mask & sure != 0
                || (mask & bit != 0 && cues.iter().any(|cue| parts_at(self.words, s, cue)))
        })
    }
}

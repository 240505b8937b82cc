//! Cue words: the categories a word belongs to, and windows of words
//! searched by category.
//!
//! Owns: the [`Category`] of every cue list, the matching of cue phrases
//! against words (a part ending in `*` matches as a prefix) and the bit mask
//! of categories each word gets once, so that a window of words is searched
//! by bits, not by strings. The phrases themselves are data
//! (`lexicon/*.txt`, read by [`super::lexicon`]).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
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
    // (the first part is cut off once, its `*` too, and tried on every word
    // before the rest of the phrase is: most words start no phrase)
    let (first, rest) = first_part(cue);
    let (stem, prefix) = match first.strip_suffix('*') {
        Some(pre) => (pre, true),
        None => (first, false),
    };
    (0..win.len()).any(|s| {
        (if prefix {
            win[s].starts_with(stem)
        } else {
            win[s] == stem
        }) && rest.is_none_or(|r| matches_at(win, s + 1, r))
    })
}

/// Does `w` hold one of `parts` anywhere, as `str::contains` tells? One
/// pass over the word's bytes, each tried only against the parts starting
/// with it: a substring search set up for each part cost more than it
/// saved on words this short.
pub(super) fn holds_any(w: &str, parts: &[&str]) -> bool {
    let b = w.as_bytes();
    parts.iter().any(|p| p.is_empty())
        || (0..b.len()).any(|i| {
            parts
                .iter()
                .any(|p| p.as_bytes().first() == Some(&b[i]) && b[i..].starts_with(p.as_bytes()))
        })
}

/// The first word of a phrase, and the rest after its space, if any.
fn first_part(cue: &str) -> (&str, Option<&str>) {
    match cue.as_bytes().iter().position(|&b| b == b' ') {
        Some(i) => (&cue[..i], Some(&cue[i + 1..])),
        None => (cue, None),
    }
}

pub(super) fn part_matches(w: &str, p: &str) -> bool {
    match p.strip_suffix('*') {
        Some(pre) => w.starts_with(pre),
        None => w == p,
    }
}

/// Do the pre-split `parts` (each a word and whether it is a prefix)
/// start at `win[s]`?
fn parts_at(win: &[&str], s: usize, parts: &[(&str, bool)]) -> bool {
    parts.iter().enumerate().all(|(k, &(p, prefix))| {
        win.get(s + k)
            .is_some_and(|w| if prefix { w.starts_with(p) } else { *w == p })
    })
}

/// Does `cue` start at `win[s]`?
pub(super) fn matches_at(win: &[&str], s: usize, cue: &str) -> bool {
    // (a byte search for the spaces: `str::split` costs more than the
    // comparisons on phrases this short, and this runs for every word)
    let mut k = s;
    let mut rest = cue;
    loop {
        let (p, next) = first_part(rest);
        match win.get(k) {
            Some(w) if part_matches(w, p) => k += 1,
            _ => return false,
        }
        match next {
            Some(n) => rest = n,
            None => return true,
        }
    }
}

pub(super) fn any_cue(win: &[&str], cues: &[&str]) -> bool {
    cues.iter().any(|c| has(win, c))
}

/// Does `win` end with `cue`?
#[inline(always)]
pub(super) fn ends_with(win: &[&str], cue: &str) -> bool {
    // (the last bytes first, inlined where a list is tried: this runs for
    // every phrase of a list at every date, and most phrases end otherwise;
    // a literal cue's last byte is then a constant)
    match win.last() {
        Some(w) if cue.as_bytes().last() == w.as_bytes().last() => ends_with_word(win, w, cue),
        _ => false,
    }
}

/// [`ends_with`] past its test of the last bytes: the last word compared
/// as the phrase's tail first, no splitting.
#[inline(never)]
fn ends_with_word(win: &[&str], w: &str, cue: &str) -> bool {
    let (cb, wb) = (cue.as_bytes(), w.as_bytes());
    // (the word's place in the phrase before its bytes: "on", "den", "than"
    // end many phrases' last bytes but few phrases at a space)
    let Some(cut) = cb.len().checked_sub(wb.len()) else {
        return false;
    };
    let last_is_w = (cut == 0 || cb[cut - 1] == b' ') && cb[cut..] == *wb && !wb.contains(&b' ');
    if !last_is_w || cue.ends_with('*') {
        return false;
    }
    let n = cb.iter().filter(|&&b| b == b' ').count() + 1;
    n <= win.len() && matches_at(win, win.len() - n, cue)
}

/// Does `win` end with a phrase of `category`? The same answer as
/// [`ends_with`] tried with every phrase, but only the phrases whose last
/// byte is the window's last are tried: the deadline-before list ("by",
/// "until", "no later than", "senast"…) is asked at every date.
#[inline(never)]
pub(super) fn ends_with_phrase(win: &[&str], category: Category) -> bool {
    static ENDS: OnceLock<Vec<(Vec<&'static str>, Vec<u32>)>> = OnceLock::new();
    // (each category's phrases sorted by their last byte, and where those
    // ending in byte `b` stand: `at[b + 1]..at[b + 2]`, `at[0]..at[1]` for
    // an empty phrase)
    let ends = ENDS.get_or_init(|| {
        Category::ALL
            .iter()
            .map(|&c| {
                let key = |p: &&str| p.as_bytes().last().map_or(0, |&b| usize::from(b) + 1);
                let mut sorted: Vec<&'static str> = phrases(c).to_vec();
                sorted.sort_by_key(key);
                let mut at = vec![0u32; 258];
                for p in &sorted {
                    at[key(p) + 1] += 1;
                }
                for k in 1..at.len() {
                    at[k] += at[k - 1];
                }
                (sorted, at)
            })
            .collect()
    });
    let (Some(w), Some((sorted, at))) = (win.last(), ends.get(category.index())) else {
        return false;
    };
    let k = w.as_bytes().last().map_or(0, |&b| usize::from(b) + 1);
    sorted
        .get(at[k] as usize..at[k + 1] as usize)
        .unwrap_or(&[])
        .iter()
        .any(|c| ends_with(win, c))
}

/// Cues split into parts once, and every first part bucketed by its first
/// byte, so a word is matched against a handful of stems.
/// One phrase split into its words, each told apart as a prefix (`*`).
type Parts = Vec<(&'static str, bool)>;

struct CueIndex {
    /// The phrases of each category (by [`Category::index`]), split into
    /// words, sorted by the first byte of their first word; each word with
    /// its `*` cut off and told apart as a prefix, once.
    parts: Vec<Vec<Parts>>,
    /// For each category, where the phrases whose first word starts with
    /// byte `b` stand in `parts`: `starts[b]..starts[b + 1]`, so a word is
    /// tried against those only.
    starts: Vec<Vec<u32>>,
    /// (first part without `*`, is a prefix, category bit) by first byte.
    buckets: Vec<Vec<(&'static str, bool, u64)>>,
}

impl CueIndex {
    /// One category's phrases and their bounds per first byte.
    fn of(&self, category: Category) -> Option<(&[Parts], &[u32])> {
        let i = category.index();
        Some((
            self.parts.get(i)?.as_slice(),
            self.starts.get(i)?.as_slice(),
        ))
    }
}

fn cue_index() -> &'static CueIndex {
    static INDEX: OnceLock<CueIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut buckets: Vec<Vec<(&'static str, bool, u64)>> = vec![Vec::new(); 256];
        let mut parts = Vec::new();
        let mut starts = Vec::new();
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
            split.sort_by_key(|p: &Vec<&str>| p.first().and_then(|w| w.bytes().next()));
            let cut = |p: &Vec<&'static str>| -> Vec<(&'static str, bool)> {
                p.iter()
                    .map(|w| match w.strip_suffix('*') {
                        Some(stem) => (stem, true),
                        None => (*w, false),
                    })
                    .collect()
            };
            let mut at = vec![0u32; 257];
            for p in &split {
                // (an empty first word is no phrase the lexicon lets through)
                if let Some(b) = p.first().and_then(|w| w.bytes().next()) {
                    at[usize::from(b) + 1] += 1;
                }
            }
            let empty = split.len() - at.iter().map(|&n| n as usize).sum::<usize>();
            at[0] = u32::try_from(empty).unwrap_or(u32::MAX);
            let mut sum = 0;
            for a in at.iter_mut() {
                sum += *a;
                *a = sum;
            }
            starts.push(at);
            parts.push(split.iter().map(cut).collect());
        }
        CueIndex {
            parts,
            starts,
            buckets,
        }
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
    // "tilinpäätös": a company's financial statements, no decision of anyone's
    let not_decision = w.starts_with("tilinpäät");
    if w.len() > 5 {
        let stems = stem_index();
        let b = w.as_bytes();
        // every place in the word, against the stems starting with its byte
        // (a substring search per stem cost the most of reading real texts)
        for i in 0..b.len() {
            for (stem, c) in &stems.inside[usize::from(b[i])] {
                if (not_day && *c == Category::Happen)
                    || (not_decision && *c == Category::Authority)
                {
                    continue;
                }
                if b.len() > stem.len() && b[i..].starts_with(stem.as_bytes()) {
                    m |= c.sure();
                }
            }
        }
        // "vecka 12", "viikolla 34": a week alone is a span of days; only a
        // compound names a theme week that is held ("biblioteksveckan")
        let week = ["veck", "viik", "week"].iter().any(|p| w.starts_with(p));
        if let Some(&last) = b.last() {
            for (stem, c) in &stems.ending[usize::from(last)] {
                if w.ends_with(stem) && !week {
                    m |= c.sure();
                }
            }
        }
    }
    m
}

/// The compound stems of the lexicon, by their first byte (`inside`) and
/// their last (`ending`).
struct StemIndex {
    inside: Vec<Vec<(&'static str, Category)>>,
    ending: Vec<Vec<(&'static str, Category)>>,
}

fn stem_index() -> &'static StemIndex {
    static INDEX: OnceLock<StemIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let lex = lexicon();
        let mut index = StemIndex {
            inside: vec![Vec::new(); 256],
            ending: vec![Vec::new(); 256],
        };
        // (an empty stem is refused by the lexicon's checks; were one let
        // through it would fit every word, as `contains` would have it)
        for &(stem, c) in &lex.inside {
            match stem.bytes().next() {
                Some(b) => index.inside[usize::from(b)].push((stem, c)),
                None => (0..256).for_each(|b| index.inside[b].push((stem, c))),
            }
        }
        for &(stem, c) in &lex.ending {
            match stem.bytes().last() {
                Some(b) => index.ending[usize::from(b)].push((stem, c)),
                None => (0..256).for_each(|b| index.ending[b].push((stem, c))),
            }
        }
        index
    })
}

/// Does a phrase of the masked `category` start at `words[s]`? The same
/// answer as trying every phrase with [`matches_at`], but only the phrases
/// whose first word starts with the word's first byte are tried: a rule
/// asking this at every date of a clause otherwise walks the whole list for
/// a word like "i" that starts one phrase ("i stället för").
pub(super) fn phrase_at(words: &[&str], s: usize, category: Category) -> bool {
    let Some((cues, at)) = cue_index().of(category) else {
        return false;
    };
    starting_as(cues, at, words.get(s))
        .iter()
        .any(|cue| parts_at(words, s, cue))
}

/// The phrases of one category (`cues`, sorted by first byte, `at` their
/// bounds per byte) whose first word starts as `word` does.
#[inline]
fn starting_as<'i>(cues: &'i [Parts], at: &[u32], word: Option<&&str>) -> &'i [Parts] {
    let (lo, hi) = match word.and_then(|w| w.bytes().next()) {
        Some(b) => (at[usize::from(b)], at[usize::from(b) + 1]),
        None => (0, at[0]),
    };
    cues.get(lo as usize..hi as usize).unwrap_or(&[])
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
    ///
    /// (Inlined up to the pass of ORs over the masks, which most windows
    /// fail: the phrase search behind it is a call.)
    #[inline]
    pub(super) fn has(&self, category: Category) -> bool {
        let (bit, sure) = (category.bit(), category.sure());
        self.masks.iter().fold(0, |a, m| a | m) & (bit | sure) != 0 && self.phrase_in(category)
    }

    /// Where the last word that may start a phrase of `category` stands
    /// (its mask's bit, not the phrase itself: the announcement's and the
    /// publication's order is read from it).
    pub(super) fn last_mark(&self, category: Category) -> Option<usize> {
        let marks = category.bit() | category.sure();
        self.masks.iter().rposition(|m| m & marks != 0)
    }

    /// [`Window::has`] past its test of the masks.
    fn phrase_in(&self, category: Category) -> bool {
        let bit = category.bit();
        let sure = category.sure();
        let Some((cues, at)) = cue_index().of(category) else {
            return false;
        };
        let tried = |s: usize| starting_as(cues, at, self.words.get(s));
        self.masks.iter().enumerate().any(|(s, &mask)| {
            mask & sure != 0
                || (mask & bit != 0 && tried(s).iter().any(|cue| parts_at(self.words, s, cue)))
        })
    }
}

/// A hasher for short words (the Fx hash of rustc): SipHash's defence
/// against chosen keys is not needed for a cache that stops growing at a
/// bound, and it cost more than the lookups it served.
#[derive(Default, Clone, Copy)]
pub(super) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Facts of a word on its own, kept in the top bits of its mask in a
/// sentence (above every category's two bits): the sentence's cache of
/// masks computes them once a distinct word, and the rules that ask them at
/// every date test a bit instead of comparing the word again.
/// [`Fact::KNOWN`] tells the bits were computed: a mask made elsewhere
/// ([`cue_mask`] alone, or rewritten by a rule) asks the word itself.
pub(super) struct Fact;

impl Fact {
    pub(super) const KNOWN: u64 = 1 << 63;
    /// A one-word phrase of [`Category::DeadlineNoun`].
    pub(super) const DEADLINE_NOUN: u64 = 1 << 62;
    /// [`super::signals::period_noun`].
    pub(super) const PERIOD_NOUN: u64 = 1 << 61;
    /// [`super::signals::hours_word`].
    pub(super) const HOURS: u64 = 1 << 60;
    /// A statistics word whatever its neighbours (`classify::stats_word`).
    pub(super) const STATS: u64 = 1 << 59;
    /// `classify::periods::exhibition`.
    pub(super) const EXHIBITION: u64 = 1 << 58;
    /// [`super::signals::past_suffix`].
    pub(super) const PAST_SUFFIX: u64 = 1 << 57;
    /// `signals::tense::past_form`.
    pub(super) const PAST_FORM: u64 = 1 << 56;
    /// `signals::issuer_word` (in the free bits between the categories'
    /// bits and their "sure" bits).
    pub(super) const ISSUER: u64 = 1 << 31;
    /// `signals::payout_word`.
    pub(super) const PAYOUT: u64 = 1 << 30;
    /// `classify::consult::display`.
    pub(super) const DISPLAY: u64 = 1 << 29;
}

// the facts stay clear of the categories' bits, however many there are
const _: () = assert!(SURE as usize + Category::ALL.len() <= 56);
const _: () = assert!(Category::ALL.len() <= 29);

/// The fact `f` of the word `w` with the mask `m`: its bit where the mask
/// carries the facts, else `compute` (the very test the bit was made by).
#[inline]
pub(super) fn fact(m: u64, f: u64, w: &str, compute: impl FnOnce(&str) -> bool) -> bool {
    if m & Fact::KNOWN != 0 {
        m & f != 0
    } else {
        compute(w)
    }
}

/// The cue masks of the words of a text, each word's computed once; and the
/// vectors a sentence is read into, kept for the next sentence (one
/// allocation for the text instead of two a sentence; none is larger than
/// the longest sentence needed).
#[derive(Default)]
pub(super) struct WordMasks {
    pub(super) known: HashMap<String, u64, BuildHasherDefault<WordHasher>>,
    /// The masks of one-byte words by their byte (0 while not computed).
    pub(super) one_byte: Vec<u64>,
    pub(super) toks: Vec<super::tokens::Token>,
    pub(super) masks: Vec<u64>,
}

/// The one-word phrases of each category: whole words in a set, prefixes
/// (`statisti*`) in a list, so a word is looked up once instead of being
/// compared with every phrase of the category in turn.
struct OneWord {
    /// By [`Category::index`].
    whole: Vec<HashSet<&'static str, BuildHasherDefault<WordHasher>>>,
    prefixes: Vec<Vec<&'static str>>,
}

fn one_word() -> &'static OneWord {
    static ONE: OnceLock<OneWord> = OnceLock::new();
    ONE.get_or_init(|| {
        let mut one = OneWord {
            whole: Vec::new(),
            prefixes: Vec::new(),
        };
        for category in Category::ALL {
            let mut whole = HashSet::default();
            let mut prefixes = Vec::new();
            for &cue in phrases(category).iter().filter(|c| !c.contains(' ')) {
                match cue.strip_suffix('*') {
                    Some(pre) => prefixes.push(pre),
                    None => {
                        whole.insert(cue);
                    }
                }
            }
            one.whole.push(whole);
            one.prefixes.push(prefixes);
        }
        one
    })
}

/// Is the word `w` (one word of the tokenizer: no space in it) a phrase of
/// `category` on its own? The same as comparing it with every phrase by
/// [`part_matches`]: a phrase of several words never equals one word.
pub(super) fn is_word_of(category: Category, w: &str) -> bool {
    let one = one_word();
    let i = category.index();
    one.whole.get(i).is_some_and(|set| set.contains(w))
        || one
            .prefixes
            .get(i)
            .is_some_and(|ps| ps.iter().any(|p| w.starts_with(p)))
}

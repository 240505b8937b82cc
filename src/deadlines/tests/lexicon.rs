//! The lexicon files parse, and a malformed one is refused with its file,
//! line and fault.

use crate::deadlines::cues::Category;
use crate::deadlines::lexicon::{Lexicon, LexiconError, FILES};

fn parse(text: &'static str) -> Result<Lexicon, LexiconError> {
    Lexicon::parse(&[("xx.txt", text)])
}

fn problem(text: &'static str) -> (usize, String) {
    match parse(text) {
        Ok(_) => panic!("accepted a malformed lexicon: {text:?}"),
        Err(e) => (e.line, e.problem),
    }
}

#[test]
fn lexicon_files_parse() {
    for (name, text) in FILES {
        let one = Lexicon::parse(&[(name, text)]).unwrap_or_else(|e| panic!("{e}"));
        // every language has words in the categories that decide most dates
        for c in [
            Category::Deadline,
            Category::Apply,
            Category::Event,
            Category::Past,
        ] {
            assert!(
                !one.phrases(c).is_empty(),
                "{name} has no [{}] phrases",
                c.name()
            );
        }
    }
    let all = Lexicon::parse(&FILES).unwrap_or_else(|e| panic!("{e}"));
    let count: usize = Category::ALL.iter().map(|c| all.phrases(*c).len()).sum();
    assert!(
        count > 700,
        "only {count} phrases in the three lexicon files"
    );
    assert!(all.inside.len() > 80 && all.ending.len() > 10);
    assert!(all.phrases(Category::Superseded).contains(&"i stället för"));
    assert!(all.inside.contains(&("päätö", Category::Authority)));
}

#[test]
fn every_category_has_a_heading_name() {
    for c in Category::ALL {
        assert_eq!(Category::from_name(c.name()), Some(c));
    }
    assert_eq!(Category::ALL.len(), Category::Conjunction.index() + 1);
}

#[test]
fn malformed_lexicons_are_refused_with_their_line() {
    let (line, p) = problem("# fine\n\nfrist\n");
    assert_eq!(line, 3);
    assert!(p.contains("before any [category] heading"), "{p}");
    let (line, p) = problem("[deadline]\nsista\n[deadlines]\nsenast\n");
    assert_eq!(line, 3);
    assert!(p.contains("unknown category `deadlines`"), "{p}");
    let (_, p) = problem("[deadline\nsista\n");
    assert!(p.contains("closing `]`"), "{p}");
    let (line, p) = problem("[deadline]\nsista  dagen\n");
    assert_eq!(line, 2);
    assert!(p.contains("single spaces"), "{p}");
    let (_, p) = problem("[deadline]\ncut-off\n");
    assert!(p.contains("can never match"), "{p}");
    let (_, p) = problem("[deadline]\nSista\n");
    assert!(p.contains("lower case"), "{p}");
    let (_, p) = problem("[deadline]\n*\n");
    assert!(p.contains("can never match"), "{p}");
    let (_, p) = problem("[conjunction inside]\noch\n");
    assert!(p.contains("plain word list"), "{p}");
    let (_, p) = problem("[event inside]\nkonsert*\n");
    assert!(p.contains("compound stem"), "{p}");
    let (_, p) = problem("[event outside]\nkonsert\n");
    assert!(p.contains("`outside`"), "{p}");
}

#[test]
fn phrases_of_all_languages_are_read() {
    let lex = parse("[deadline]\nsista\nfr . o . m .\nansök*\ndeadline :\n\n[event ending]\nkoe\n")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        lex.phrases(Category::Deadline),
        ["sista", "fr . o . m .", "ansök*", "deadline :"]
    );
    assert_eq!(lex.ending, [("koe", Category::Event)]);
    assert!(lex.phrases(Category::Event).is_empty());
}

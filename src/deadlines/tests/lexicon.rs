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
    // (lexicon, the line blamed when it is known, what the message says)
    let cases: &[(&'static str, Option<usize>, &str)] = &[
        (
            "# fine\n\nfrist\n",
            Some(3),
            "before any [category] heading",
        ),
        (
            "[deadline]\nsista\n[deadlines]\nsenast\n",
            Some(3),
            "unknown category `deadlines`",
        ),
        ("[deadline\nsista\n", None, "closing `]`"),
        ("[deadline]\nsista  dagen\n", Some(2), "single spaces"),
        ("[deadline]\ncut-off\n", None, "can never match"),
        ("[deadline]\nSista\n", None, "lower case"),
        ("[deadline]\n*\n", None, "can never match"),
        ("[conjunction inside]\noch\n", None, "plain word list"),
        ("[event inside]\nkonsert*\n", None, "compound stem"),
        ("[event outside]\nkonsert\n", None, "`outside`"),
    ];
    for &(text, want_line, says) in cases {
        let (line, p) = problem(text);
        if let Some(want) = want_line {
            assert_eq!(line, want, "{text:?}");
        }
        assert!(p.contains(says), "{text:?}: {p}");
    }
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

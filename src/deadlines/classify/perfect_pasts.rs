//! The pasts a body or an organiser tells its own steps with that the
//! suffix readers miss, read for a day just gone by (`recent_pasts.rs`,
//! through `told_pasts.rs`): the Swedish perfect of an auxiliary and a
//! supine ("Arbetsgruppen har vid sitt möte den 18 maj beslutat …",
//! real65:39), the Swedish strong pasts ("beslöt", "antog", "ägde rum"),
//! and the Finnish singular and plural pasts of the verbs of deciding,
//! gathering and holding ("päätti", "hyväksyi", "kokoontui", "valitsi",
//! "järjestivät"), which end in plain "-i" and so have no suffix of their
//! own that would not also read nouns.
//!
//! English gets its irregular pasts of meeting and taking part ("met",
//! "began") and its perfects outside a condition ("has approved").
//!
//! Who acts in such a sentence is the body or the organiser, telling what
//! it did; the reader is asked for nothing. The forms are listed by role
//! (deciding, electing, granting, gathering, holding, taking part), with
//! the whole vocabulary of each, not only the wordings seen in a batch.

/// Swedish auxiliaries of a perfect or pluperfect.
const SV_AUX: &[&str] = &["har", "hade", "harr"];

/// Words that make a Swedish perfect a condition on the reader, not a
/// story: "Om du har beviljats bidraget ska du skicka in kvitton senast".
const SV_CONDITIONS: &[&str] = &["om", "ifall", "du", "ni"];

/// How many words may stand between the auxiliary and its supine ("har
/// vid sitt möte den 18 maj beslutat": the date and its frame between).
const SV_REACH: usize = 8;

/// Swedish supines of strong and irregular verbs (the weak ones end in
/// "-at", "-t" after a consonant, or, passive, in "-ats", "-its", "-tts").
const SV_STRONG_SUPINES: &[&str] = &[
    "varit",
    "haft",
    "gjort",
    "fått",
    "kommit",
    "blivit",
    "tagit",
    "hållit",
    "gått",
    // "Samrådet har pågått mellan 8 oktober till och med 1 november" (real369:26)
    "pågått",
    "sett",
    "skrivit",
    "valt",
    "givit",
    "gett",
    "beslutit",
    "antagit",
    "deltagit",
    "bjudit",
    "dragit",
    "utsett",
    "fastställt",
    "godkänt",
    "beviljat",
    "träffats",
    "samlats",
    "ägt",
    "infunnit",
];

/// Words in "-at" that are nouns or adjectives, not supines.
const SV_AT_NOUNS: &[&str] = &[
    "resultat",
    "kandidat",
    "mandat",
    "format",
    "privat",
    "sekretariat",
    "certifikat",
    "konsulat",
    "referat",
    "klimat",
    "apparat",
    "attentat",
    "plakat",
    "predikat",
    "kamrat",
    "soldat",
    "demokrat",
    "byråkrat",
    "diplomat",
    "automat",
    "tomat",
    "salat",
    "citat",
    "granat",
    "inkognito",
];

/// Swedish strong pasts of taking place, deciding, electing and gathering
/// ("ägde rum", "beslöt", "antog", "utsåg", "deltog", "möttes").
const SV_STRONG_PASTS: &[&str] = &[
    "ägde",
    "beslöt",
    "antog",
    "antogs",
    "utsåg",
    "utsågs",
    "deltog",
    "tog",
    "togs",
    "fick",
    "gick",
    // "Samrådet pågick mellan 8 oktober till och med 1 november"
    "pågick",
    "skrev",
    "bjöd",
    "bjöds",
    "möttes",
    "träffades",
    "samlades",
    "hölls",
    "godkände",
    "godkändes",
    "fastställde",
    "fastställdes",
    "beviljade",
    "beviljades",
    "valdes",
    "återvaldes",
    "avgjorde",
    "avgjordes",
];

/// Finnish third-person pasts (singular and plural) of a body's or an
/// organiser's verbs: deciding, approving, electing, granting, handling,
/// gathering, holding, taking part, visiting, ending.
const FI_PASTS: &[&str] = &[
    "päätti",
    "päättivät",
    "hyväksyi",
    "hyväksyivät",
    "valitsi",
    "valitsivat",
    "vahvisti",
    "vahvistivat",
    "käsitteli",
    "käsittelivät",
    "kokoontui",
    "kokoontuivat",
    "nimitti",
    "nimittivät",
    "asetti",
    "esitti",
    "totesi",
    "linjasi",
    "keskusteli",
    "keskustelivat",
    "järjesti",
    "järjestivät",
    "osallistui",
    "osallistuivat",
    "kokosi",
    "keräsi",
    "vieraili",
    "vierailivat",
    "palkitsi",
    "jakoi",
    "julkisti",
    "allekirjoitti",
    "allekirjoittivat",
    "sopi",
    "sopivat",
    "äänesti",
    "äänestivät",
    "kävi",
    "kävivät",
    "vietti",
    "viettivät",
    "juhli",
    "juhlivat",
    "tapahtui",
    "päättyi",
    "loppui",
    "alkoi",
    "toimitti",
    "luovutti",
    "esiintyi",
    "esiintyivät",
    "voitti",
    "saapui",
    "saapuivat",
    "lähti",
    "oli",
    "olivat",
];

/// English irregular pasts of gathering, meeting and taking part that
/// `signals::tense` does not list ("The board met on 12 May").
const EN_STRONG_PASTS: &[&str] = &[
    "met",
    "began",
    "spoke",
    "wrote",
    "told",
    "found",
    "stood",
    "heard",
    "rode",
    "sang",
    "flew",
    "rose",
    "fought",
    "taught",
    "swore",
    "undertook",
    "oversaw",
    "withdrew",
    "foresaw",
];

/// English auxiliaries of a perfect ("has approved", "have been held",
/// "had met").
const EN_AUX: &[&str] = &["has", "have", "had"];

/// Words that make the clause after them a condition, not a story: "If
/// you have been awarded the grant, … by 15 November" (real36:45).
const EN_CONDITIONS: &[&str] = &["if", "unless", "once", "when", "whether", "who", "you"];

/// Is the word at `k` of `words` (lower-cased, surely English) a past the
/// `-ed` reader misses: an irregular past of meeting or taking part, or a
/// perfect told of a third party ("the council has approved", "have been
/// held"), not one in a condition?
pub(super) fn english_past(words: &[String], k: usize) -> bool {
    let Some(w) = words.get(k).map(String::as_str) else {
        return false;
    };
    if EN_STRONG_PASTS.contains(&w) {
        return true;
    }
    let prev = if k > 0 { words[k - 1].as_str() } else { "" };
    EN_AUX.contains(&prev)
        && (w == "been" || (w.chars().count() >= 5 && w.ends_with("ed")))
        && !words[..k]
            .iter()
            .any(|v| EN_CONDITIONS.contains(&v.as_str()))
}

/// Is the word at `k` of `words` (lower-cased) a past the suffix readers
/// miss: a Swedish supine after its auxiliary, a Swedish strong past, or a
/// Finnish past of a body's or organiser's verb? Not asked in sure English
/// text, where these spellings are names.
pub(super) fn strong_past(words: &[String], k: usize) -> bool {
    let Some(w) = words.get(k).map(String::as_str) else {
        return false;
    };
    if FI_PASTS.contains(&w) || SV_STRONG_PASTS.contains(&w) {
        return true;
    }
    let lo = k.saturating_sub(SV_REACH);
    sv_supine(w)
        && words[lo..k].iter().any(|v| SV_AUX.contains(&v.as_str()))
        && !words[..k]
            .iter()
            .any(|v| SV_CONDITIONS.contains(&v.as_str()))
}

/// "beslutat", "genomförts", "hållits", "varit": a Swedish supine.
fn sv_supine(w: &str) -> bool {
    if SV_STRONG_SUPINES.contains(&w) {
        return true;
    }
    let n = w.chars().count();
    if n < 6 || SV_AT_NOUNS.iter().any(|e| w.ends_with(e)) {
        return false;
    }
    w.ends_with("ats")
        || w.ends_with("its")
        || w.ends_with("tts")
        || w.ends_with("rts")
        || (n >= 7 && w.ends_with("at"))
}

//! Issue 14: every usual way of writing a date that `DEADLINES.md` rules 5,
//! 10 and 11 leave unreported — publication, entry into force, validity and
//! duration, reference dates, decisions, the past, cancelled events and the
//! issuer's own targets — crossed with the day forms of `cue_grid`, in the
//! plainest frames. Each text must read as nothing. Where `cue_grid` holds
//! the vocabulary that makes a deadline, this grid holds the vocabulary
//! that unmakes one, so a frame that is read as a deadline or an event
//! fails here rather than on a reader's page.

use super::cue_grid::{grouped, read, EN_DAYS, FI_DAYS, SV_DAYS};
use super::*;

/// Frames around a day (`{D}`), English.
pub(super) const EN_FRAMES: [&str; 50] = [
    // Publication and release.
    "The report will be published on {D}.",
    "The results will be published on {D}.",
    "The new guide is released on {D}.",
    "Published {D}",
    "Published: {D}",
    "Last updated: {D}",
    // Entry into force, start of application.
    "The Act enters into force on {D}.",
    "The new rules take effect on {D}.",
    "The decree will come into force on {D}.",
    "The changes apply as of {D}.",
    "As of {D}, the fee is EUR 30.",
    "From {D} onwards, the fee is EUR 30.",
    "The new fees apply from {D}.",
    // Validity and duration.
    "The permit is valid until {D}.",
    "The card is valid until {D}.",
    "The project runs until {D}.",
    "The restrictions remain in force until {D}.",
    "The agreement is in force until {D}.",
    // Statistical and reference dates.
    "The figures show the situation on {D}.",
    "Situation on {D}",
    // Decisions and appointments.
    "The board decided on {D} to raise the fee.",
    "The government appointed Anna Virtanen as director general on {D}.",
    // Past tense.
    "The seminar was held on {D}.",
    "The application period closed on {D}.",
    "The original deadline was {D}.",
    "The consultation ended on {D}.",
    // Cancelled events.
    "The seminar on {D} is cancelled.",
    "The seminar on {D} has been cancelled.",
    "The info session on {D} will not take place.",
    "The meeting on {D} will not be held.",
    // The issuer's own targets.
    "We will send the decisions by {D}.",
    "The decisions will be sent by {D}.",
    "Results will be announced on {D}.",
    "Kela will send the decisions by {D}.",
    "The ministry will publish the results on {D}.",
    "We aim to process all applications by {D}.",
    "The working group will submit its report by {D}.",
    // A second pass of wordings.
    "The new timetable comes into effect on {D}.",
    "Effective {D}, the office moves to Main Street.",
    "Starting {D}, the fee is EUR 30.",
    "The offer is valid through {D}.",
    "The exhibition runs until {D}.",
    "Figures as at {D}.",
    "Data as of {D}.",
    "The council approved the plan on {D}.",
    "The event took place on {D}.",
    "Registration closed on {D}.",
    "The concert on {D} has been called off.",
    "Date of publication: {D}",
    "The results will be published by {D}.",
];
pub(super) const FI_FRAMES: [&str; 47] = [
    "Raportti julkaistaan {D}.",
    "Tulokset julkaistaan {D}.",
    "Uusi opas julkaistaan {D}.",
    "Julkaistu {D}",
    "Julkaistu: {D}",
    "Päivitetty {D}",
    "Laki tulee voimaan {D}.",
    "Asetus astuu voimaan {D}.",
    "Muutos tulee voimaan {D} alkaen.",
    "{D} alkaen maksu on 30 euroa.",
    "Uudet maksut ovat voimassa {D} alkaen.",
    "Uusia sääntöjä sovelletaan {D} alkaen.",
    "Lupa on voimassa {D} asti.",
    "Kortti on voimassa {D} saakka.",
    "Hanke kestää {D} asti.",
    "Rajoitukset ovat voimassa {D} asti.",
    "Sopimus on voimassa {D} saakka.",
    "Luvut kuvaavat tilannetta {D}.",
    "Tilanne {D}",
    "Hallitus päätti {D} korottaa maksua.",
    "Valtioneuvosto nimitti Anna Virtasen pääjohtajaksi {D}.",
    "Seminaari pidettiin {D}.",
    "Hakuaika päättyi {D}.",
    "Alkuperäinen määräaika oli {D}.",
    "Kuuleminen päättyi {D}.",
    "Seminaari {D} on peruttu.",
    "Seminaari {D} perutaan.",
    "Infotilaisuutta {D} ei järjestetä.",
    "Kurssia {D} ei pidetä.",
    "Lähetämme päätökset {D} mennessä.",
    "Päätökset lähetetään {D} mennessä.",
    "Tulokset julkistetaan {D}.",
    "Kela lähettää päätökset {D} mennessä.",
    "Ministeriö julkaisee tulokset {D}.",
    "Pyrimme käsittelemään kaikki hakemukset {D} mennessä.",
    "Työryhmä luovuttaa raporttinsa {D} mennessä.",
    // A second pass of wordings.
    "Uusi aikataulu otetaan käyttöön {D}.",
    "{D} lähtien maksu on 30 euroa.",
    "Tarjous on voimassa {D} saakka.",
    "Näyttely on esillä {D} asti.",
    "Tiedot ovat tilanteen {D} mukaisia.",
    "Kaupunginhallitus hyväksyi suunnitelman {D}.",
    "Tapahtuma järjestettiin {D}.",
    "Ilmoittautuminen päättyi {D}.",
    "Konsertti {D} on peruttu.",
    "Julkaisupäivä: {D}",
    "Päätökset tehdään {D} mennessä.",
];
pub(super) const SV_FRAMES: [&str; 47] = [
    "Rapporten publiceras {D}.",
    "Resultaten publiceras {D}.",
    "Den nya guiden ges ut {D}.",
    "Publicerad {D}",
    "Publicerad: {D}",
    "Uppdaterad {D}",
    "Lagen träder i kraft {D}.",
    "Förordningen börjar gälla {D}.",
    "Ändringen gäller fr.o.m. {D}.",
    "Fr.o.m. {D} är avgiften 30 euro.",
    "De nya avgifterna gäller från och med {D}.",
    "Från och med {D} tillämpas de nya reglerna.",
    "Tillståndet gäller till {D}.",
    "Kortet är giltigt till och med {D}.",
    "Projektet pågår till {D}.",
    "Restriktionerna gäller till {D}.",
    "Avtalet gäller till och med {D}.",
    "Siffrorna visar läget {D}.",
    "Läget {D}",
    "Styrelsen beslutade {D} att höja avgiften.",
    "Regeringen utsåg Anna Andersson till generaldirektör {D}.",
    "Seminariet hölls {D}.",
    "Ansökningstiden gick ut {D}.",
    "Den ursprungliga sista dagen var {D}.",
    "Remissen avslutades {D}.",
    "Seminariet {D} är inställt.",
    "Seminariet {D} har ställts in.",
    "Infomötet {D} blir inte av.",
    "Kursen {D} hålls inte.",
    "Vi skickar besluten senast {D}.",
    "Besluten skickas senast {D}.",
    "Resultaten meddelas {D}.",
    "FPA skickar besluten senast {D}.",
    "Ministeriet publicerar resultaten {D}.",
    "Vi strävar efter att behandla alla ansökningar senast {D}.",
    "Arbetsgruppen lämnar sin rapport senast {D}.",
    // A second pass of wordings.
    "Den nya tidtabellen börjar gälla {D}.",
    "Från {D} är avgiften 30 euro.",
    "Erbjudandet gäller till och med {D}.",
    "Utställningen pågår till {D}.",
    "Uppgifterna avser läget {D}.",
    "Kommunstyrelsen godkände planen {D}.",
    "Evenemanget ägde rum {D}.",
    "Anmälan stängde {D}.",
    "Konserten {D} är inställd.",
    "Publiceringsdatum: {D}",
    "Besluten fattas senast {D}.",
];

/// Months alone, week numbers and relative days (rule 10) with the deadline
/// and event words that would otherwise place them.
pub(super) const UNDATED: [(&str, Lang); 36] = [
    ("Apply by the end of spring.", Lang::En),
    ("Applications close in March 2024.", Lang::En),
    ("The deadline is in mid-March.", Lang::En),
    ("Register by week 12.", Lang::En),
    ("The seminar is held in week 12.", Lang::En),
    ("Apply by next Tuesday.", Lang::En),
    ("Register by tomorrow.", Lang::En),
    (
        "Submit your application within 30 days of the decision.",
        Lang::En,
    ),
    ("The seminar is on Friday.", Lang::En),
    ("Register ten days before the course.", Lang::En),
    ("The deadline is in spring 2024.", Lang::En),
    ("The conference is held in June.", Lang::En),
    ("Hae maaliskuussa.", Lang::Fi),
    ("Haku päättyy maaliskuussa 2024.", Lang::Fi),
    ("Ilmoittaudu viikolla 12.", Lang::Fi),
    ("Ilmoittaudu viikon 12 loppuun mennessä.", Lang::Fi),
    ("Seminaari pidetään viikolla 12.", Lang::Fi),
    ("Ilmoittaudu ensi tiistaihin mennessä.", Lang::Fi),
    ("Hae huomiseen mennessä.", Lang::Fi),
    (
        "Hakemus on tehtävä 30 päivän kuluessa päätöksestä.",
        Lang::Fi,
    ),
    ("Seminaari on perjantaina.", Lang::Fi),
    ("Haku päättyy keväällä.", Lang::Fi),
    ("Konferenssi järjestetään kesäkuussa.", Lang::Fi),
    ("Määräaika on maaliskuun puolivälissä.", Lang::Fi),
    ("Ansök i mars.", Lang::Sv),
    ("Ansökningstiden går ut i mars 2024.", Lang::Sv),
    ("Anmäl dig senast vecka 12.", Lang::Sv),
    ("Seminariet hålls vecka 12.", Lang::Sv),
    ("Ansök senast nästa tisdag.", Lang::Sv),
    ("Anmäl dig senast i morgon.", Lang::Sv),
    ("Ansökan ska lämnas inom 30 dagar från beslutet.", Lang::Sv),
    ("Seminariet är på fredag.", Lang::Sv),
    ("Sista ansökningsdag är i vår.", Lang::Sv),
    ("Konferensen hålls i juni.", Lang::Sv),
    ("Sista dag är i mitten av mars.", Lang::Sv),
    ("Anmälan senast v. 12.", Lang::Sv),
];

/// Two narrow gaps, left read:
/// - an hour before a start word ("15.3.2024 klo 16 alkaen maksu on 30
///   euroa", "Starting 5pm on Friday 15 March, the fee is EUR 30") stays
///   the start of a day's programme, and one before "asti" after "kestää"
///   ("Hanke kestää 15.3.2024 klo 16.00 asti") an open-until hour: an hour
///   there starts or ends most such days' events in real text, and telling
///   a rule's start from a programme's needs more than the words at hand
///   (narrowing it to texts naming an occasion lowered five batches);
/// - "Tarjous on voimassa D saakka" stays a deadline: "tarjous" is also the
///   tender a reader submits ("tarjoukset on jätettävä D mennessä").
pub(super) fn known_gap(text: &str) -> bool {
    text.starts_with("15.3.2024 klo")
        || text.starts_with("Hanke kestää 15.3.2024 klo")
        || (text.starts_with("Starting ")
            && !text.starts_with("Starting 15")
            && text.contains(" on "))
        || text.starts_with("Starting midnight")
        || text.starts_with("Tarjous on voimassa")
}

/// The texts of the grid read as something, with what was read, grouped by
/// frame (the frame is the cause) and largest group first.
fn misread(texts: &[(String, String, Lang)]) -> (usize, String) {
    let wrong: Vec<(String, String)> = texts
        .iter()
        .filter_map(|(frame, t, lang)| {
            let got = read(t, *lang);
            (!got.is_empty()).then(|| (frame.clone(), format!("  {t:?} -> {got:?}")))
        })
        .collect();
    (wrong.len(), grouped(wrong, usize::MAX))
}

#[test]
fn every_unreported_frame_with_every_day_form_gives_nothing() {
    let mut texts = Vec::new();
    for (frames, days, lang) in [
        (&EN_FRAMES[..], &EN_DAYS[..], Lang::En),
        (&FI_FRAMES[..], &FI_DAYS[..], Lang::Fi),
        (&SV_FRAMES[..], &SV_DAYS[..], Lang::Sv),
    ] {
        for f in frames {
            for d in days {
                let t = f.replace("{D}", d);
                // A frame that opens with the day capitalises it.
                let t = match t.chars().next() {
                    Some(c) if c.is_lowercase() => {
                        c.to_uppercase().collect::<String>() + &t[c.len_utf8()..]
                    }
                    _ => t,
                };
                texts.push((f.to_string(), t, lang));
            }
        }
    }
    texts.extend(
        UNDATED
            .iter()
            .map(|(t, lang)| ("undated".to_string(), t.to_string(), *lang)),
    );
    texts.retain(|(_, t, _)| !known_gap(t));
    assert!(texts.len() > 1000);
    let (count, report) = misread(&texts);
    assert!(count == 0, "{count} of {} misread:\n{report}", texts.len());
}

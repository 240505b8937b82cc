//! A day after a label asking when, on the label's own line: "Date: 15
//! June", "NÄR: lördag 14 mars", "Ajankohta: 12.3.2025 klo 18". A card
//! sets its when, where and what as labels; some cards put each value
//! after its label's colon instead of on the line under it
//! (`asked_days.rs`). Nothing else on the line says the day is an
//! occasion's, so without the label it reads as no mention at all.

use chrono::NaiveDate;

use super::asked_days::{bullet_len, under_label, when_label};

/// The bytes to skip before the day asked for on `line`, whose non-blank
/// line above is `above`: a bullet when `line` is a day under a label
/// asking when, or the label, its colon and the blanks after it when the
/// label leads `line` ("Date: June 21"). None when no label asks for it.
pub(super) fn day_at(line: &str, above: Option<&str>, today: NaiveDate) -> Option<usize> {
    if under_label(line, above, today) {
        return Some(bullet_len(line));
    }
    let (label, rest) = line.split_once(':')?;
    // (the label is words alone: "Date" and not "12:30", the colon of an hour)
    if label.trim().is_empty() || label.contains(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let skip = label.len() + 1;
    let day = rest.trim_start();
    let skip = skip + rest.len() - day.len();
    // (the label is read as the line over the day, with its own colon)
    // ("Starts: Thursday 4 January": a label naming a start or an end
    // asks when as well, `begun_days.rs`)
    let asks = when_label(label) || super::begun_days::span_label(label);
    (asks && under_label(day, Some("date"), today)).then_some(skip)
}

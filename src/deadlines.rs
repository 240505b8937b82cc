//! Deadlines and events read out of free text (English, Finnish, Swedish).
//!
//! Owns: finding dated mentions in text and classifying each as a deadline
//! (something must be done by then) or an event (something takes place then),
//! and parsing a single date string as news listings print it.
//! Never does IO: a pure function of its input, so it is cheap to test and fuzz.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The language a text is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fi,
    Sv,
    Auto,
}

/// What a dated mention means for the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Deadline,
    Event,
}

/// One dated mention found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub kind: Kind,
    pub date: NaiveDate,
    /// Last day of a multi-day event; always `None` for deadlines.
    pub end: Option<NaiveDate>,
    /// The phrase the mention was read from.
    pub text: String,
}

/// Finds every deadline and event in `text`.
pub fn find(_text: &str, _lang: Lang, _today: NaiveDate) -> Vec<Mention> {
    Vec::new()
}

/// Parses one date as a news listing prints it ("14.2.2024 | News item").
pub fn parse_date(_s: &str) -> Option<NaiveDate> {
    None
}

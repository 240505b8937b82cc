//! Unit tests of `find`, by topic, and the scored evaluation (`eval`).

use super::*;

mod abbreviations;
mod accepted_until;
mod acted_ranges;
mod action_days;
mod activity_programmes;
mod agreement;
mod amnesties;
mod application_days;
mod arranged_terms;
mod arrival_days;
mod asked_days;
mod asked_inline;
mod available_days;
mod ballots;
mod bare_runs;
mod bare_to;
mod bare_untils;
mod begun_days;
mod bindings;
mod bodies_choose;
mod bulleted_day_lists;
mod bulleted_windows;
mod calendar_entries;
mod calendar_notes;
mod calendars;
mod cancelled_runs;
mod cleaning_days;
mod clock_days;
mod clock_forms;
mod closed_places;
mod closed_rows;
mod closed_states;
mod closing_calls;
mod closing_columns;
mod closing_items;
mod closings;
mod club_events;
mod comment_spans;
mod comments;
mod commissioned;
mod contests;
mod context_grid;
mod continued_rules;
mod copula_days;
mod copy_deadlines;
mod covered_periods;
mod cue_grid;
mod dashed_limits;
mod dated_lists;
mod day_heads;
mod day_lists;
mod day_predicates;
mod day_rows;
mod day_runs;
mod deadline_words;
mod decision_days;
mod described_days;
mod diary_rows;
mod display_forms;
mod distractor_grid;
mod dotted_days;
mod dressed_ends;
mod early_bird;
mod english_pasts;
mod entries;
mod entry_blocks;
mod entry_days;
pub(super) mod eval;
mod event_cards;
mod event_grid;
mod festival_programmes;
mod form_grid;
mod forms;
mod frames;
mod governed_days;
mod grant_entries;
mod grids;
mod handled_matters;
mod headed_days;
mod heading_tails;
mod held_meetings;
mod hour_skips;
mod hourly_days;
mod hours;
mod inclusive_ranges;
mod issuers;
mod item_datelines;
mod item_labels;
mod joined_grid;
mod key_date_hours;
mod labelled_days;
mod labelled_noise;
mod labelled_rows;
mod last_open_days;
mod leading_weekdays;
mod lexicon;
mod lexicon_breadth;
mod line_days;
mod list_intros;
mod list_numbers;
mod listed_items;
mod lists;
mod mask_facts;
mod month_grids;
mod moved_days;
mod named_after;
mod named_dashes;
mod noted_days;
mod noted_lines;
mod nothing_grid;
mod notices;
mod occasion_events;
mod one_reading;
mod open_calls;
mod open_seasons;
mod opened_calls;
mod opening_days;
mod orders_and_seasons;
mod owed_hours;
mod own_days;
mod paired_limits;
mod paired_verbs;
mod parallel_terms;
mod past_reports;
mod patient_days;
mod payout_starts;
mod perfect_pasts;
mod period_grid;
mod period_roles;
mod periods;
mod phrase_indexes;
mod pipe_days;
mod place_closings;
mod plain_elections;
mod poster_tops;
mod quoted_titles;
mod race_notices;
mod reader_periods;
mod received_days;
mod recent_pasts;
mod recurring_rounds;
mod rejected_after;
mod reopened_days;
mod resumed_activities;
mod rules;
mod running_spans;
mod runs;
mod seasons;
mod sent_by_reader;
mod sequence_grid;
mod series_starts;
mod session_tables;
mod short_weekdays;
mod shortcuts;
mod show_entries;
mod shown_periods;
mod shut_offs;
mod slashed_days;
mod spans_of_hours;
mod stage_performances;
mod stamps;
mod start_hours;
mod started_days;
mod stepped_days;
mod struck_days;
mod swaps;
mod table_columns;
mod tables;
mod taking_part;
mod terms;
mod timed_days;
mod timed_ends;
mod timed_ranges;
mod titled_days;
mod told_openings;
mod told_pasts;
mod trailing_terms;
mod upward_reports;
mod utility_cuts;
mod voting_closes;
mod voting_days;
mod weekday_agreement;
mod weekday_commas;
mod weekday_days;
mod weekday_ranges;
mod weekday_to_ranges;
mod where_labels;
mod works;
mod written_cues;
mod year_periods;
mod yeared_slashes;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// What `find` reads in `input`, each mention written as `check` expects
/// it: "deadline 2024-02-18" or "event 2024-11-14 2024-11-15".
fn written(input: &str, lang: Lang, today: NaiveDate) -> Vec<String> {
    shown(&find(input, lang, today))
}

/// The rules' own reading, before the reviewer: for a rule whose batch the
/// reviewer has also learned from, so that its test fails without the rule.
fn check_rules(input: &str, today: &str, expected: &[&str]) {
    let (out, clean, _) = super::read(input, Lang::Auto, day(today));
    let got = shown(&super::finish::finish(out.v, &clean));
    assert_eq!(got, expected, "input (rules alone): {input}");
}

/// The rules' own reading of every text of `inputs`, as [`check_all`]
/// checks the reviewed one.
fn check_rules_all(inputs: &[&str], today: &str, expected: &[&str]) {
    for input in inputs {
        check_rules(input, today, expected);
    }
}

fn shown(mentions: &[Mention]) -> Vec<String> {
    mentions
        .iter()
        .map(|m| {
            let kind = match m.kind {
                Kind::Deadline => "deadline",
                Kind::Event => "event",
            };
            match m.end {
                Some(e) => format!("{kind} {} {e}", m.date),
                None => format!("{kind} {}", m.date),
            }
        })
        .collect()
}

/// `expected` lists "deadline 2024-02-18" or "event 2024-11-14 2024-11-15".
fn check(input: &str, today: &str, expected: &[&str]) {
    let got = written(input, Lang::Auto, day(today));
    assert_eq!(got, expected, "input: {input}");
}

/// The same reading in every text of `inputs` (as a rule is shown in each
/// language, or in several wordings).
fn check_all(inputs: &[&str], today: &str, expected: &[&str]) {
    for input in inputs {
        check(input, today, expected);
    }
}

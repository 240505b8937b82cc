//! "|" tables of usual and changed days ("| Usual collection day | Changed
//! collection day |"): each row pairs a day that no longer holds with the
//! one that replaces it, and only the replacing day is when the service
//! happens.

use super::classify::Column;
use super::Kind;

/// The cell of a two-cell row holding the replacing day, as a byte range in
/// the line, with what its day is: the label's kind, or an event when the
/// label tells nothing (the day a service moves to is when it is done).
pub(super) fn new_cell(line: &str, cols: [Column; 2]) -> Option<(usize, usize, Kind)> {
    if !cols.contains(&Column::Old) {
        return None;
    }
    let mut cells = Vec::with_capacity(2);
    let mut from = 0;
    for (i, _) in line.match_indices('|') {
        if !line[from..i].trim().is_empty() {
            cells.push((from, i));
        }
        from = i + 1;
    }
    if !line[from..].trim().is_empty() {
        cells.push((from, line.len()));
    }
    if cells.len() != 2 {
        return None;
    }
    let k = cols.iter().position(|c| *c != Column::Old)?;
    let kind = match cols[k] {
        Column::Reads(kind) => kind,
        _ => Kind::Event,
    };
    let (a, b) = cells[k];
    Some((a, b, kind))
}

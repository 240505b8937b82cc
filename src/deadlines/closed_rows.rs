//! A "|" table row that tells a closure: "| Port Chalmers Pool | Closed
//! Thursday 25 and Friday 26 December 2025 |" (real91:14), "24 – 25.12.2024
//! | suljettu | |" (real55:45), "Grófin | Closed for Stock Take February
//! 17–21" (real9:4). A "|" row is otherwise read as a news listing's
//! dateline unless a label or header tells what its day is; a place's name
//! tells nothing, but the closure in the row does: the day is a service
//! break (an event, `docs/DEADLINES.md` rule 3). Rows of opening hours
//! ("26.12.2024 | klo 11:00 – 18:00 |") have no closure word and stay
//! unread, as opening hours give nothing.

/// The longest row read: a place and its closed days.
const ROW_BYTES: usize = 240;

/// The most cells holding anything: a closures table has a place or a day,
/// the state and perhaps a reason. A wider row ("| Canada in a Changing
/// Climate | Closed | Economy | … | June 5, 2023 to May 31, 2028 |",
/// real97:42) is a register whose "Closed" is a consultation's status.
const CELLS: usize = 3;

/// Are the days of the "|" row `line` closure days? They are when the cell
/// holding the day opens with a closure word ("Closed Thursday 25 …"), or
/// when the row opens with its day and a later cell is the closure word
/// alone ("5 – 6.12.2024 | suljettu |"). Not when the day cell is left open
/// ("1.7. – | suljettu |": closed from a day on, no day of a break), nor
/// when the word tells an hour ("Closed at 5 pm 24 December": shortened
/// hours).
pub(super) fn closed_row(line: &str) -> bool {
    if line.len() > ROW_BYTES {
        return false;
    }
    let cells: Vec<&str> = line
        .split('|')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if cells.len() > CELLS {
        return false;
    }
    let dated = |c: &str| c.bytes().any(|b| b.is_ascii_digit());
    if cells.iter().any(|c| dated(c) && led_by_closure(c)) {
        return true;
    }
    let Some((first, rest)) = cells.split_first() else {
        return false;
    };
    dated(first)
        && !first.ends_with(['-', '–', '—'])
        && rest.iter().any(|c| !dated(c) && state_alone(c))
}

/// The lowercased words of a cell.
fn words(cell: &str) -> Vec<String> {
    cell.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Does the cell open with a closure word that is not an hour's
/// ("Closed for Stock Take February 17–21", not "Closed at 5 pm")?
fn led_by_closure(cell: &str) -> bool {
    let w = words(cell);
    w.first().is_some_and(|f| is_closure(f))
        && !w
            .get(1)
            .is_some_and(|n| matches!(n.as_str(), "at" | "early" | "from" | "until" | "klo" | "kl"))
}

/// Is the cell the closure word alone ("suljettu", "Closed.")?
fn state_alone(cell: &str) -> bool {
    let w = words(cell);
    w.len() == 1 && is_closure(&w[0])
}

/// The words a closures list gives a closed day, in the three languages.
pub(super) fn is_closure(w: &str) -> bool {
    matches!(
        w,
        "closed" | "suljettu" | "suljettuna" | "kiinni" | "stängt" | "stängd" | "stängda"
    )
}

#[cfg(test)]
mod tests {
    use super::closed_row;

    #[test]
    fn rows_of_closed_days() {
        assert!(closed_row("| Pool | Closed Thursday 25 December 2025 |"));
        assert!(closed_row("5 – 6.12.2024 | suljettu | |"));
        assert!(closed_row("24.12.2024 | stängt |"));
    }

    #[test]
    fn rows_of_hours_status_or_open_days_are_not() {
        assert!(!closed_row("26.12.2024 | klo 11:00 – 18:00 | |"));
        assert!(!closed_row(
            "1.7. – | suljettu | uuden uimahallin rakennustyöt |"
        ));
        assert!(!closed_row("| Pool | Closed at 5 pm 24 December 2025 |"));
        assert!(!closed_row(
            "| A | Closed | Economy | Society | June 5, 2023 to May 31, 2028 |"
        ));
    }
}

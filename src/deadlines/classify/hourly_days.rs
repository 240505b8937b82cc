//! A day still to come, named with its weekday and followed by its hour:
//! "Vaasalaiset saavat nauttia kirjailijavierailusta tiistaina 28.9. klo
//! 17.30", "Kuoro konsertoi keskiviikkona 31.5. klo 18", "onsdag 24 juni
//! kl. 18.30". The past read by a verb's ending is unsure in Finnish:
//! "nauttivat" (they enjoy) ends as a past plural does, "konsertoi" (gives
//! a concert) as a past singular does. A report of what was done does not
//! point at a day still ahead with its weekday and its hour, so that
//! reading yields to the day here. (A weekday that disagrees with the day
//! has dropped it before: `weekday_agree.rs`.)

use super::super::clock::clock_word;
use super::weekday_default::weekday_before;

/// Does the date between the left words `l` and the right words `r` stand
/// right after a weekday ("tiistaina 28.9.", "onsdag 24 juni", "Tuesday,
/// 28 September") and right before a clock word and an hour ("klo 17.30",
/// "kl. 18.30", "at 7")? Two words on each side are looked at, three at
/// most on the right.
pub(super) fn weekday_and_hour(l: &[&str], r: &[&str]) -> bool {
    weekday_before(l, 0, l.len()) && hour_after(r)
}

/// A clock word and an hour at the start of `r`: "klo 18", "kl . 18",
/// "at 7".
fn hour_after(r: &[&str]) -> bool {
    let mut it = r.iter().copied().filter(|w| *w != ".");
    let (Some(word), Some(hour)) = (it.next(), it.next()) else {
        return false;
    };
    clock_word(word)
        && !hour.is_empty()
        && hour.len() <= 2
        && hour.bytes().all(|b| b.is_ascii_digit())
        && hour.parse::<u8>().is_ok_and(|h| h <= 24)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_and_clock_hour() {
        assert!(weekday_and_hour(&["on", "tuesday"], &["at", "7", "pm"]));
        assert!(weekday_and_hour(
            &["vierailu", "tiistaina"],
            &["klo", "17", ".", "30"]
        ));
        assert!(weekday_and_hour(
            &["på", "onsdag"],
            &["kl", ".", "18", ".", "30"]
        ));
    }

    #[test]
    fn without_either() {
        assert!(!weekday_and_hour(&["on"], &["at", "7"]));
        assert!(!weekday_and_hour(&["tiistaina"], &["alkaen"]));
        assert!(!weekday_and_hour(&["onsdag"], &["kl"]));
    }
}

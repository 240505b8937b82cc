//! A sentence wrapped over two lines at a comma: "Sammanträdestider 2021:
//! 10 februari, 14 april, 26 maj,\n8 september, 13 oktober …". The line
//! break is the copy's, not the writer's: the days after it belong to the
//! same list as those before.

/// Turns a line break into a space where the line ends with a comma and
/// the next line, right under it, goes on with a number or a small letter.
/// (Lengths are kept: the reader's spans index the cleaned text.)
pub(super) fn join(mut clean: String) -> String {
    let mut at = Vec::new();
    // (line breaks found by `match_indices`, which skips the bytes between
    // them fast; a byte-by-byte loop cost a percent of reading a text)
    for (i, _) in clean.match_indices('\n') {
        let before = clean[..i].trim_end_matches(' ');
        if !before.ends_with(',') {
            continue;
        }
        let after = clean[i + 1..].trim_start_matches(' ');
        let goes_on = after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c.is_lowercase());
        // (rows of a list end with commas too, "3 april utbetalas 2 april,\n1
        // maj utbetalas 30 april,": a line starting with its day, or one
        // ending with a comma again, is a row, no wrapped sentence)
        let line = before.rsplit('\n').next().unwrap_or(before).trim_start();
        let row = line.starts_with(|c: char| c.is_ascii_digit())
            || after
                .split('\n')
                .next()
                .unwrap_or(after)
                .trim_end()
                .ends_with(',');
        if goes_on && !row {
            at.push(i);
        }
    }
    for i in at {
        clean.replace_range(i..i + 1, " ");
    }
    clean
}

#[cfg(test)]
mod tests {
    use super::join;

    #[test]
    fn a_line_ending_with_a_comma_goes_on_under_it() {
        assert_eq!(
            join("Tider: 5 maj, \n8 september".into()),
            "Tider: 5 maj,  8 september"
        );
        assert_eq!(join("Petone,\non:".into()), "Petone, on:");
        // (a blank line, or a capital under the comma, is a new block)
        assert_eq!(
            join("5 maj,\n\n8 september".into()),
            "5 maj,\n\n8 september"
        );
        assert_eq!(
            join("Pressmeddelande,\nKommunen".into()),
            "Pressmeddelande,\nKommunen"
        );
        assert_eq!(join("5 maj\n8 september".into()), "5 maj\n8 september");
        assert_eq!(
            join("3 april,\n1 maj,\n14 maj".into()),
            "3 april,\n1 maj,\n14 maj"
        );
    }
}

//! Problems in a config file, each with `file:line:column` and the key.

use std::fmt;
use std::ops::Range;
use std::path::Path;

/// One or more problems in a config file.
#[derive(Debug, Clone)]
pub struct ConfigError {
    pub problems: Vec<Problem>,
}

impl ConfigError {
    /// A problem with the file as a whole (unreadable, or its reading failed).
    pub fn whole_file(path: &Path, message: String) -> ConfigError {
        ConfigError {
            problems: vec![Problem {
                file: path.display().to_string(),
                line: 0,
                column: 0,
                key: String::new(),
                message,
            }],
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based; 0 when the file could not be read at all.
    pub line: usize,
    pub column: usize,
    pub key: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else if self.key.is_empty() {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        } else {
            write!(
                f,
                "{}:{}:{}: {}: {}",
                self.file, self.line, self.column, self.key, self.message
            )
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

/// Collects problems while the tree is read.
pub(super) struct Cx<'t> {
    pub(super) text: &'t str,
    pub(super) file: String,
    pub(super) problems: Vec<Problem>,
}

impl Cx<'_> {
    pub(super) fn problem(&mut self, span: Range<usize>, key: &str, message: impl Into<String>) {
        let (line, column) = line_col(self.text, span.start);
        self.problems.push(Problem {
            file: self.file.clone(),
            line,
            column,
            key: key.to_string(),
            message: message.into(),
        });
    }

    pub(super) fn into_error(mut self) -> ConfigError {
        self.problems.sort_by_key(|p| (p.line, p.column));
        ConfigError {
            problems: self.problems,
        }
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map(|nl| before[nl + 1..].chars().count() + 1)
        .unwrap_or_else(|| before.chars().count() + 1);
    (line, column)
}

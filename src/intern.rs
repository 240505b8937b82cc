//! Values that many config entries write alike, built once and shared.
//!
//! A config of thousands of sources mostly repeats a few schedules and a few
//! sites' selectors, and each compiled one costs kilobytes (a cron
//! expression about 10 KB: croner keeps a bitfield for every year). Entries
//! are weak, so a value no config uses any more is freed with the config
//! that held it.
//!
//! Owns: the tables; never decides what is equal beyond the text it is given.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};

/// A table of shared values by the text they were built from.
pub struct Interned<T>(Mutex<Option<HashMap<String, Weak<T>>>>);

impl<T> Interned<T> {
    pub const fn new() -> Interned<T> {
        Interned(Mutex::new(None))
    }

    /// The value built from `text`: the one already shared, or `build`'s,
    /// which is then shared. A `build` that fails is not remembered.
    pub fn get_or_build<E>(
        &self,
        text: &str,
        build: impl FnOnce() -> Result<T, E>,
    ) -> Result<Arc<T>, E> {
        let mut table = self.0.lock().unwrap_or_else(|p| p.into_inner());
        let table = table.get_or_insert_with(HashMap::new);
        if let Some(shared) = table.get(text).and_then(Weak::upgrade) {
            return Ok(shared);
        }
        let built = Arc::new(build()?);
        // Entries of values no longer used go whenever the table has doubled.
        if table.len() >= 64 && table.len().is_power_of_two() {
            table.retain(|_, w| w.strong_count() > 0);
        }
        table.insert(text.to_string(), Arc::downgrade(&built));
        Ok(built)
    }
}

impl<T> Default for Interned<T> {
    fn default() -> Interned<T> {
        Interned::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_text_gives_the_same_value_and_a_failure_is_not_kept() {
        let table: Interned<String> = Interned::new();
        let a = table.get_or_build("x", || Ok::<_, ()>("built".to_string()));
        let b = table.get_or_build("x", || Ok::<_, ()>("again".to_string()));
        match (a, b) {
            (Ok(a), Ok(b)) => assert!(Arc::ptr_eq(&a, &b) && *b == "built"),
            other => panic!("{other:?}"),
        }
        assert!(table.get_or_build("y", || Err::<String, _>("bad")).is_err());
        let y = table.get_or_build("y", || Ok::<_, &str>("good".to_string()));
        assert_eq!(y.as_deref().map(String::as_str), Ok("good"));
    }

    #[test]
    fn a_value_no_one_holds_is_built_anew() {
        let table: Interned<String> = Interned::new();
        let first = table.get_or_build("x", || Ok::<_, ()>("one".to_string()));
        drop(first);
        let second = table.get_or_build("x", || Ok::<_, ()>("two".to_string()));
        assert_eq!(second.as_deref().map(String::as_str), Ok("two"));
    }
}

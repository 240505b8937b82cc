//! The templates built into the binary: the files under `templates/` that
//! mail and pages are rendered from, read at compile time so that the binary
//! needs nothing beside it.
//!
//! Owns: how a folder of template files becomes a `(name, source)` table.
//! Never renders: `notify::render` and `web::render` keep environments of
//! their own (an admin may override mail templates from a folder, never pages).

/// `(name, source)` of each named file of `templates/<folder>/`:
/// `builtin!("mail": "item.txt", "item.html")`. A missing file fails the build.
macro_rules! builtin {
    ($folder:literal: $($name:literal),* $(,)?) => {
        &[$((
            $name,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/", $folder, "/", $name)),
        )),*]
    };
}

pub(crate) use builtin;

//! The hashes the store keeps: an item's public id, what tells an edited
//! item from the same one again, and what tells the same fetched bytes again.

use std::hash::Hasher;

use rusqlite::{params, Transaction};
use sha2::{Digest, Sha256};
use siphasher::sip128::{Hasher128, SipHasher13};

use super::ts;
use crate::extract::Item;

/// The public id of an item: a UUID derived from (source, identity), so it is
/// the same on every run, on every machine, and after the item is edited.
pub fn item_uid(source_id: &str, identity: &str) -> String {
    let mut h = Sha256::new();
    h.update(source_id.as_bytes());
    h.update([0]);
    h.update(identity.as_bytes());
    let d = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x80; // version 8: name-based, custom hash
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    let x = hex::encode(b);
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &x[0..8],
        &x[8..12],
        &x[12..16],
        &x[16..20],
        &x[20..32]
    )
}

/// What decides whether a stored item changed: title, link, summary and date.
pub fn content_hash(item: &Item) -> String {
    content_hash_of(
        &item.title,
        &item.link,
        item.summary.as_deref(),
        item.published.map(ts),
    )
}

/// [`content_hash`] of an item's stored columns. SipHash-1-3 with fixed keys:
/// it only tells an edit from the same text again, nobody gains by forging a
/// collision with their own page, and SHA-256 cost ~20× more (0.8 G
/// instructions for 20,000 items). Stored hashes are made by this function
/// (migration 011 rewrote the older SHA-256 ones from the same columns).
pub(crate) fn content_hash_of(
    title: &str,
    link: &str,
    summary: Option<&str>,
    published: Option<i64>,
) -> String {
    sip_hex(0x6974_656d_7321, |h| {
        for part in [title, link, summary.unwrap_or("")] {
            h.write(part.as_bytes());
            h.write_u8(0);
        }
        h.write(&published.unwrap_or(0).to_le_bytes());
    })
}

/// Migration 011: every stored content hash made again by [`content_hash_of`]
/// from the columns it covers, so that an upgrade does not take every stored
/// item for an edited one (rewritten and re-indexed at its next scrape).
pub(super) fn rehash_contents(tx: &Transaction) -> rusqlite::Result<()> {
    // Hashed while reading, written after: no row changes under the scan.
    let hashes = tx
        .prepare("SELECT id, title, link, summary, published FROM items")?
        .query_map([], |r| {
            let (title, link): (String, String) = (r.get(1)?, r.get(2)?);
            let summary: Option<String> = r.get(3)?;
            let hash = content_hash_of(&title, &link, summary.as_deref(), r.get(4)?);
            Ok((r.get::<_, i64>(0)?, hash))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut write = tx.prepare("UPDATE items SET content_hash = ?2 WHERE id = ?1")?;
    for (id, hash) in hashes {
        write.execute(params![id, hash])?;
    }
    Ok(())
}

/// A hash of a fetched body, to tell the same bytes again: SipHash-1-3 with
/// fixed keys (stable across runs and versions, ~20× cheaper than SHA-256;
/// nobody gains by forging a collision with their own page).
pub fn body_hash(bytes: &[u8]) -> String {
    sip_hex(0x626f_6479, |h| h.write(bytes))
}

/// SipHash-1-3 (128 bits, hex) of what `write` feeds it, the first key fixed
/// for tidings and the second telling one use from another, so that hashes
/// stay the same across runs and versions.
fn sip_hex(use_key: u64, write: impl FnOnce(&mut SipHasher13)) -> String {
    let mut h = SipHasher13::new_with_keys(0x7469_6469_6e67_7321, use_key);
    write(&mut h);
    format!("{:032x}", h.finish128().as_u128())
}

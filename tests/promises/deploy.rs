//! Promise 3 for an admin running tidings as a service: `tidings backup`
//! copies the database whole while `tidings run` writes to it, the copy
//! restores, and `--version` says what is deployed.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::*;

/// Items added to the page at a time: one scrape stores a whole batch in one
/// transaction, so a consistent copy holds a multiple of this.
const BATCH: usize = 20;

/// A listing of `n` items with long summaries, so the database spans many
/// pages and a copy takes long enough to overlap the writer.
fn page_of(n: usize) -> Page {
    let items: Vec<(String, String, String)> = (0..n)
        .map(|i| {
            (
                format!("n{i}"),
                format!("News number {i}"),
                format!(
                    "Item {i}. {}",
                    "Applications are open until further notice. ".repeat(40)
                ),
            )
        })
        .collect();
    let refs: Vec<(&str, &str, &str, &str)> = items
        .iter()
        .map(|(s, t, p)| (s.as_str(), t.as_str(), "1.2.2024", p.as_str()))
        .collect();
    Page::html(&listing(&refs))
}

/// Opens a backup the way a restore would and returns its item count, after
/// SQLite's own full check.
fn check_backup(path: &Path) -> usize {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap_or_else(|e| panic!("open {}: {e}", path.display()));
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok", "{}", path.display());
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete", "a backup is one self-contained file");
    let count: i64 = conn
        .query_row("SELECT count(*) FROM items", [], |r| r.get(0))
        .unwrap();
    count as usize
}

/// Runs `tidings backup` and returns the item count it reported.
fn backup(env: &Env, file: &Path, extra: &[&str]) -> usize {
    let mut args = vec!["backup", file.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = env.tidings(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    text.strip_prefix("backed up ")
        .and_then(|t| t.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no item count in {text:?}"))
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".partial-"))
        .collect()
}

#[test]
fn version_prints_the_package_version() {
    let out = run_tidings(&["--version".to_string()], Path::new("."));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        format!("tidings {}", env!("CARGO_PKG_VERSION"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backups_taken_while_run_scrapes_every_second_are_whole_and_consistent() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    env.edit_config("listen = \"127.0.0.1:9\"", "listen = \"127.0.0.1:0\"");
    env.edit_config(
        "kind = \"html\"",
        "kind = \"html\"\nschedule = \"* * * * * *\"",
    );
    site.set("/news", page_of(BATCH));
    // The database exists and holds the first batch before the service starts.
    assert!(env.tidings(&["scrape"]).status.success());
    let mut service = env.spawn(&["run"]);

    const ROUNDS: usize = 8;
    let backups = env.path("backups");
    std::fs::create_dir_all(&backups).unwrap();
    let mut last = 0;
    let mut between = 0;
    let mut n = 0;
    for round in 1..=ROUNDS {
        site.set("/news", page_of(round * BATCH));
        for _ in 0..4 {
            n += 1;
            let file = backups.join(format!("b{n}.db"));
            let reported = backup(&env, &file, &[]);
            let count = check_backup(&file);
            assert_eq!(reported, count, "{}", file.display());
            assert_eq!(
                count % BATCH,
                0,
                "backup {n} caught a scrape half done: {count} items"
            );
            assert!(
                count >= last,
                "backup {n} went back in time: {count} < {last}"
            );
            assert!(
                count <= round * BATCH,
                "{count} items, the site had {}",
                round * BATCH
            );
            if count > BATCH && count < ROUNDS * BATCH {
                between += 1;
            }
            last = count;
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }
    // The service catches up with the last page; a backup then has every item.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        n += 1;
        let file = backups.join(format!("b{n}.db"));
        backup(&env, &file, &[]);
        if check_backup(&file) == ROUNDS * BATCH {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the service never stored all {} items",
            ROUNDS * BATCH
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    assert!(
        between >= 3,
        "only {between} backups were taken while the service was still storing items"
    );
    assert!(leftovers(&backups).is_empty(), "{:?}", leftovers(&backups));
    let _ = service.kill();
    let _ = service.wait();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn backup_replaces_a_file_only_with_force_and_restores_by_copying() {
    let site = Site::start().await;
    let env = Env::new();
    env.write_config(&html_source("news", &site.url("/news")));
    let file = env.path("copy.db");

    let none = env.tidings(&["backup", file.to_str().unwrap()]);
    assert!(!none.status.success());
    assert!(
        stderr(&none).contains("no database at"),
        "{}",
        stderr(&none)
    );
    assert!(!file.exists() && !env.db_path().exists());

    site.set("/news", page_of(BATCH));
    assert!(env.tidings(&["scrape"]).status.success());
    assert_eq!(backup(&env, &file, &[]), BATCH);

    site.set("/news", page_of(2 * BATCH));
    assert!(env.tidings(&["scrape"]).status.success());
    let refused = env.tidings(&["backup", file.to_str().unwrap()]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("already exists") && stderr(&refused).contains("--force"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(check_backup(&file), BATCH, "the old backup is untouched");
    assert_eq!(backup(&env, &file, &["--force"]), 2 * BATCH);
    assert_eq!(check_backup(&file), 2 * BATCH);

    let nowhere = env.path("no/such/folder/copy.db");
    let out = env.tidings(&["backup", nowhere.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("create it first"), "{}", stderr(&out));

    let itself = env.tidings(&["backup", env.db_path().to_str().unwrap(), "--force"]);
    assert!(!itself.status.success());
    assert!(
        stderr(&itself).contains("the database itself"),
        "{}",
        stderr(&itself)
    );
    assert!(leftovers(env.dir.path()).is_empty());

    // Restore as the README says: with the service stopped, the backup
    // replaces the database file and its -wal/-shm files go.
    let db = env.db_path().display().to_string();
    for stale in [db.clone(), format!("{db}-wal"), format!("{db}-shm")] {
        let _ = std::fs::remove_file(stale);
    }
    std::fs::copy(&file, env.db_path()).unwrap();
    let status = env.tidings(&["status"]);
    assert!(status.status.success(), "{}", stderr(&status));
    let row = stdout(&status)
        .lines()
        .find(|l| l.starts_with("news "))
        .map(str::to_string)
        .unwrap_or_else(|| panic!("{}", stdout(&status)));
    assert!(row.contains(&format!(" {} ", 2 * BATCH)), "{row}");
    let again = env.tidings(&["scrape", "--json"]);
    assert_eq!(
        json_lines(&again)[0]["unchanged"].as_u64(),
        Some(2 * BATCH as u64)
    );
}

//! The only module that holds SQL.
//!
//! It opens the database file, applies the schema, and maps the clinic system's Spanish tables
//! and columns onto the English types of [`crate::domain`]; that mapping happens here and
//! nowhere else. One submodule per aggregate holds its queries as methods on [`Tx`].
//!
//! # Opening
//! A new file is created with mode 0600 before SQLite touches it, because it holds password
//! hashes and clinical notes; SQLite gives its `-wal` and `-shm` files the same mode.
//!
//! # Locking
//! The journal is WAL so that a kiosk reading a patient's records never waits for the front
//! desk writing, and the other way round. Writers still take turns: every writing command runs
//! in one `BEGIN IMMEDIATE` transaction, which takes the write lock up front so that two writers
//! cannot both read, then both try to upgrade and deadlock. A busy timeout makes a writer wait
//! for the other instead of failing at once. `synchronous = NORMAL` is the setting SQLite
//! recommends with WAL: a power cut may lose the last commit, never corrupt the file.
//!
//! # Compatibility
//! Migrations are append-only and counted by `PRAGMA user_version`: schema.sql is migration 1;
//! later ones are appended to [`MIGRATIONS`] and never edited. All pending migrations run in
//! one transaction, so an upgrade either finishes or leaves the file as it was. A file written
//! by a newer program is refused rather than guessed at.

pub mod access;
pub mod audit;
pub mod demo;
pub mod patients;
pub mod policy;
pub mod staff;
pub mod view;

use std::fs::OpenOptions;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use rusqlite::types::Type;
use rusqlite::{Connection, OpenFlags, Row, TransactionBehavior};

use crate::error::{Error, Kind, Result};

/// Every migration, in order. Index `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[include_str!("../../schema.sql")];

/// The schema version this program writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// How long a command waits for another one's write lock before it gives up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// A transaction; every query of the program is a method on it.
pub struct Tx<'c> {
    tx: rusqlite::Transaction<'c>,
}

/// What [`Store::open`] did to the file, for `acceso init` to report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opened {
    Created,
    Upgraded { from: u32 },
    Current,
}

impl Store {
    /// Opens the database at `path`, creating it (mode 0600) when `create` is set, and brings
    /// its schema up to date.
    pub fn open(path: &Path, create: bool) -> Result<(Store, Opened)> {
        let display = path.display();
        if path.is_dir() {
            return Err(Error::invalid_input(format!("{display} is a directory, not a database"))
                .with_hint("give a file path with --db or ACCESO_DB"));
        }

        let is_new = !path.exists();
        if is_new && !create {
            return Err(Error::not_found(format!("there is no database at {display}"))
                .with_hint("create one with `acceso init` (or `acceso init --demo`)"));
        }
        if is_new {
            create_private_file(path)?;
        }

        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|err| {
            crate::log::debug(&format!("open {display}: {err}"));
            Error::new(Kind::Database, format!("cannot open the database at {display}"))
                .with_hint("check that the file and its folder are readable and writable")
        })?;
        let mut store = Store { conn, path: path.to_path_buf() };
        store.configure()?;

        let from = store.migrate()?;
        let opened = if is_new {
            Opened::Created
        } else if from == SCHEMA_VERSION {
            Opened::Current
        } else {
            Opened::Upgraded { from }
        };
        Ok((store, opened))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `work` in a writing transaction that commits only if it returns `Ok`.
    pub fn write<T>(&mut self, work: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let tx = Tx { tx };
        let value = work(&tx)?;
        tx.tx.commit()?;
        Ok(value)
    }

    fn configure(&mut self) -> Result<()> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        self.conn.pragma_update(None, "foreign_keys", true)?;

        // Switching to WAL rewrites the file's header, so a file this program must not touch
        // (not SQLite, another program's, a newer schema) is refused before that; the check
        // only reads.
        check_version(&self.conn, &self.path)?;
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
            .map_err(not_a_database(&self.path))?;
        crate::log::debug(&format!("journal mode {mode}"));
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        Ok(())
    }

    /// Applies the pending migrations; returns the version the file had before.
    fn migrate(&mut self) -> Result<u32> {
        let path = self.path.clone();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
        // Checked again under the lock: another program may have written the file since.
        let version = check_version(&tx, &path)?;

        for (index, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            tx.execute_batch(migration)?;
            tx.pragma_update(None, "user_version", index as u32 + 1)?;
        }
        tx.commit()?;
        Ok(version)
    }
}

impl<'c> Tx<'c> {
    fn conn(&self) -> &rusqlite::Connection {
        &self.tx
    }
}

/// The file's schema version, or an error if the file is not SQLite, belongs to another
/// program (version 0 with tables in it), or was written by a newer acceso. Only reads.
fn check_version(conn: &Connection, path: &Path) -> Result<u32> {
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(not_a_database(path))?;

    if version > SCHEMA_VERSION {
        return Err(Error::new(
            Kind::Database,
            format!(
                "{} was written by a newer acceso (schema {version}; this one knows up to \
                 {SCHEMA_VERSION})",
                path.display()
            ),
        )
        .with_hint("install the newer acceso; this one will not touch the file"));
    }
    if version == 0 {
        let foreign: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'",
            [],
            |row| row.get(0),
        )?;
        if foreign > 0 {
            return Err(Error::new(
                Kind::Database,
                format!("{} is an SQLite file but not an acceso database", path.display()),
            )
            .with_hint("point --db at an acceso database, or at a new file"));
        }
    }

    Ok(version)
}

/// Creates an empty file that only its owner can read and write.
fn create_private_file(path: &Path) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map(drop).map_err(|err| {
        crate::log::debug(&format!("create {}: {err}", path.display()));
        Error::new(Kind::Database, format!("cannot create the database at {}", path.display()))
            .with_hint("check that the folder exists and is writable")
    })
}

fn not_a_database(path: &Path) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |err| {
        let not_db = matches!(
            &err,
            rusqlite::Error::SqliteFailure(e, _) if e.code == rusqlite::ErrorCode::NotADatabase
        );
        if not_db {
            Error::new(Kind::Database, format!("{} is not an SQLite database", path.display()))
                .with_hint("point --db at an acceso database, or at a new file")
        } else {
            Error::from(err)
        }
    }
}

/// The stored form of a moment: UTC, `YYYY-MM-DD HH:MM:SS`.
pub(crate) fn db_time(moment: DateTime<Utc>) -> String {
    moment.format(DB_TIME_FORMAT).to_string()
}

const DB_TIME_FORMAT: &str = "%Y-%m-%d %H:%M:%S";

/// Reads a stored moment. A malformed one is a conversion error for the row, which the caller
/// reports as a database error rather than a panic.
fn time_at(row: &Row<'_>, column: usize) -> rusqlite::Result<Option<DateTime<Utc>>> {
    let text: Option<String> = row.get(column)?;
    text.map(|text| {
        NaiveDateTime::parse_from_str(&text, DB_TIME_FORMAT).map(|naive| naive.and_utc()).map_err(
            |err| rusqlite::Error::FromSqlConversionFailure(column, Type::Text, Box::new(err)),
        )
    })
    .transpose()
}

fn required_time_at(row: &Row<'_>, column: usize) -> rusqlite::Result<DateTime<Utc>> {
    time_at(row, column)?.ok_or(rusqlite::Error::InvalidColumnType(
        column,
        "timestamp".into(),
        Type::Null,
    ))
}

fn date_at(row: &Row<'_>, column: usize) -> rusqlite::Result<Option<NaiveDate>> {
    let text: Option<String> = row.get(column)?;
    text.map(|text| {
        // Dates may be stored with a time; the date part is what matters.
        let date = text.get(..10).unwrap_or(&text);
        NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|err| {
            rusqlite::Error::FromSqlConversionFailure(column, Type::Text, Box::new(err))
        })
    })
    .transpose()
}

/// Reads a text column that must hold one of a fixed set of words.
fn word_at<T>(
    row: &Row<'_>,
    column: usize,
    parse: impl Fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let text: String = row.get(column)?;
    parse(&text).ok_or_else(|| {
        let err = format!("unexpected value {text:?}");
        rusqlite::Error::FromSqlConversionFailure(column, Type::Text, err.into())
    })
}

impl Tx<'_> {
    /// Fills an empty database with the demo's clinics, staff and patients.
    pub fn fill_demo(&self, now: DateTime<Utc>) -> Result<demo::DemoSummary> {
        Ok(demo::fill(&self.tx, now)?)
    }
}

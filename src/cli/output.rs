//! Rendering for every command: tables for people, JSON for scripts and kiosks, CSV for lists;
//! and the rules of the terminal: data goes to stdout, everything else to stderr, and prompts
//! and progress only when a person is there to see them.

use std::io::{self, IsTerminal, Write};

use clap::ValueEnum;
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use serde::Serialize;

use crate::error::{Error, Result};

/// How data is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Tables for people
    Table,
    /// JSON for scripts and kiosks
    Json,
    /// CSV for lists
    Csv,
}

/// Where and how a command prints.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub format: Format,
    pub quiet: bool,
}

/// The width tables fit: a standard terminal, which a narrow kiosk screen can still show.
pub const TABLE_WIDTH: u16 = 80;

impl Output {
    /// A status message for people, on stderr; `--quiet` silences it, never data.
    pub fn status(&self, message: &str) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// Prints one JSON value as a line on stdout.
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> Result<()> {
        let text = serde_json::to_string(value)
            .map_err(|_| Error::io("the output could not be encoded as JSON"))?;
        write_stdout(&format!("{text}\n"))
    }

    pub fn text(&self, text: &str) -> Result<()> {
        write_stdout(text)
    }

    /// A list of records in the chosen format.
    pub fn rows<T: Record>(&self, records: &[T]) -> Result<()> {
        match self.format {
            Format::Json => self.json(records),
            Format::Csv => {
                let mut writer = csv::Writer::from_writer(Vec::new());
                let encode = |err: csv::Error| Error::io(format!("CSV output failed: {err}"));
                writer.write_record(T::HEADERS).map_err(encode)?;
                for record in records {
                    writer.write_record(record.cells()).map_err(encode)?;
                }
                let bytes = writer.into_inner().map_err(|_| Error::io("CSV output failed"))?;
                write_stdout(&String::from_utf8_lossy(&bytes))
            }
            Format::Table => {
                if records.is_empty() {
                    self.status("Nothing to show.");
                    return Ok(());
                }
                let shown = |cells: Vec<String>| -> Vec<String> {
                    cells
                        .into_iter()
                        .enumerate()
                        .filter(|(index, _)| !T::NOT_IN_TABLES.contains(index))
                        .map(|(_, cell)| cell)
                        .collect()
                };
                let mut table = new_table();
                table.set_header(shown(T::HEADERS.iter().map(|h| h.to_string()).collect()));
                for record in records {
                    table.add_row(shown(record.cells()));
                }
                write_stdout(&format!("{table}\n"))
            }
        }
    }

    /// One record: a two-column table of field and value for people, an object for JSON, a
    /// header and one row for CSV.
    pub fn record<T: Record>(&self, record: &T) -> Result<()> {
        match self.format {
            Format::Json => self.json(record),
            Format::Csv => self.rows(std::slice::from_ref(record)),
            Format::Table => {
                let mut table = new_table();
                for (field, value) in T::HEADERS.iter().zip(record.cells()) {
                    table.add_row(vec![field.to_string(), value]);
                }
                write_stdout(&format!("{table}\n"))
            }
        }
    }
}

/// A record that prints as a row: its column headers and its cells, in the same order.
pub trait Record: Serialize {
    const HEADERS: &'static [&'static str];

    /// Columns (by index) that a list's table leaves out to fit 80 columns; CSV and JSON keep
    /// every one.
    const NOT_IN_TABLES: &'static [usize] = &[];

    fn cells(&self) -> Vec<String>;
}

pub fn new_table() -> Table {
    let mut table = wide_table();
    table.set_width(TABLE_WIDTH);
    table
}

/// A table for staff reading long records at a desk: as wide as their terminal, and
/// unwrapped when the output goes to a file.
pub fn wide_table() -> Table {
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    table
}

/// Writes to stdout. A reader that went away (`acceso ... | head`) is not an error worth a
/// message, so it surfaces as [`broken_pipe`], which `main` ends quietly.
fn write_stdout(text: &str) -> Result<()> {
    let mut stdout = io::stdout().lock();
    stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()).map_err(|err| {
        if err.kind() == io::ErrorKind::BrokenPipe {
            broken_pipe()
        } else {
            Error::io(format!("cannot write the output: {err}"))
        }
    })
}

const BROKEN_PIPE: &str = "the output was closed";

pub fn broken_pipe() -> Error {
    Error::io(BROKEN_PIPE)
}

pub fn is_broken_pipe(err: &Error) -> bool {
    err.message == BROKEN_PIPE
}

pub fn stdin_is_terminal() -> bool {
    io::stdin().is_terminal()
}

pub fn stderr_is_terminal() -> bool {
    io::stderr().is_terminal()
}

/// An optional value as a table cell.
pub fn cell<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// A moment as people read it in a table.
pub fn moment(value: Option<chrono::DateTime<chrono::Utc>>) -> String {
    value.map(|at| at.format("%Y-%m-%d %H:%M UTC").to_string()).unwrap_or_default()
}

/// Prints an error: one line with its code for people, or one JSON object for scripts; stdout
/// stays empty.
pub fn report_error(err: &Error, format: Format) {
    if format == Format::Json {
        let body = serde_json::json!({
            "error": {
                "code": err.code(),
                "status": err.kind.status(),
                "message": err.message,
                "hint": err.hint,
            }
        });
        eprintln!("{body}");
        return;
    }
    let message = err.message.trim_end_matches('.');
    match &err.hint {
        Some(hint) => eprintln!("error[{}]: {message} (hint: {hint})", err.code()),
        None => eprintln!("error[{}]: {}", err.code(), err.message),
    }
}

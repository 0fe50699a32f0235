//! `acceso access batch`: issue credentials to many patients, for scripts.
//!
//! Input is CSV with a header (`id_paciente` required; `usuario_movil` and `expires`
//! optional) or JSON lines with the same keys. Issued credentials go to stdout or a new
//! private file as CSV (or JSON lines with `--format json`); the report of skipped and failed
//! rows goes to stderr, so a script can keep the two apart.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;
use zeroize::Zeroizing;

use super::access::{refuse_existing, write_private_file, StyleArg};
use super::output::{stderr_is_terminal, Format, Output};
use super::Global;
use crate::app::batch::{BatchOptions, BatchOutcome, BatchRow, RowReport};
use crate::domain::duration::AccessExpiry;
use crate::domain::timestamp::rfc3339;
use crate::domain::username::UsernameStyle;
use crate::error::{Error, Kind, Result};

#[derive(Debug, Args)]
#[command(after_help = "Exit codes: 0 when every row was issued (or skipped because the \
                        patient already has access), 1 when some rows were issued and some \
                        failed (--continue-on-error), 3 when rows failed and nothing was \
                        issued.\n\nExamples:\n  acceso --staff recepcion access batch --input \
                        patients.csv --out credentials.csv\n  acceso --staff recepcion access \
                        batch --all-without-access --dry-run\n  cat rows.jsonl | acceso --staff \
                        recepcion access batch --input - --format json > credentials.jsonl")]
pub struct BatchArgs {
    /// CSV or JSON lines to read, or - for standard input
    #[arg(long, value_name = "FILE", required_unless_present = "all_without_access")]
    input: Option<PathBuf>,

    /// Every patient of your clinic who has no access yet
    #[arg(long, conflicts_with = "input")]
    all_without_access: bool,

    /// Make usernames from the patients' records where a row gives none [default: id]
    #[arg(long, value_enum, value_name = "STYLE")]
    username_style: Option<StyleArg>,

    /// When the access ends where a row gives no `expires` [default: the clinic's policy]
    #[arg(long, value_name = "WHEN")]
    expires: Option<String>,

    /// Write the credentials to this new file (mode 0600) instead of standard output
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,

    /// Issue the good rows even when others fail
    #[arg(long)]
    continue_on_error: bool,

    /// Check every row and write nothing
    #[arg(long)]
    dry_run: bool,
}

pub fn run(global: &Global, out: Output, args: BatchArgs) -> Result<ExitCode> {
    let options = BatchOptions {
        style: args.username_style.map_or(UsernameStyle::Id, UsernameStyle::from),
        expiry: args.expires.as_deref().map(str::parse::<AccessExpiry>).transpose()?,
        continue_on_error: args.continue_on_error,
        dry_run: args.dry_run,
    };
    if !args.dry_run {
        refuse_existing(args.out.as_deref())?;
    }

    let mut app = global.open()?;
    let rows = match &args.input {
        Some(path) => read_rows(path)?,
        None => app.rows_without_access(global.staff())?.into_iter().map(Ok).collect(),
    };

    let bar = progress_bar(out, rows.len());
    let tick = |done: usize| {
        if let Some(bar) = &bar {
            bar.set_position(done as u64);
        }
    };
    let outcome = app.issue_batch(global.staff(), rows, &options, &tick)?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }

    if !outcome.issued.is_empty() {
        let credentials = encode(&outcome, out.format)?;
        match &args.out {
            Some(path) => write_credentials(out, path, &credentials, outcome.issued.len())?,
            None => out.text(&String::from_utf8_lossy(&credentials))?,
        }
    }
    report(out, &outcome, &options);
    Ok(exit_code(&outcome, &options))
}

/// 0: everything issued; 1: some issued, some failed; 3 (invalid_input): failures and
/// nothing issued. A dry run exits as the real run would.
fn exit_code(outcome: &BatchOutcome, options: &BatchOptions) -> ExitCode {
    let some_issued = if options.dry_run {
        options.continue_on_error && outcome.planned > 0
    } else {
        !outcome.issued.is_empty()
    };
    match (outcome.failed.is_empty(), some_issued) {
        (true, _) => ExitCode::SUCCESS,
        (false, true) => ExitCode::from(1),
        (false, false) => ExitCode::from(Kind::InvalidInput.exit_code()),
    }
}

/// One record per issued credential, as CSV or JSON lines, in a buffer wiped when dropped.
fn encode(outcome: &BatchOutcome, format: Format) -> Result<Zeroizing<Vec<u8>>> {
    let mut buffer = Zeroizing::new(Vec::new());
    let records = outcome.issued.iter().map(|credential| CredentialRecord {
        patient_id: credential.patient_id,
        patient_name: &credential.patient_name,
        username: &credential.username,
        temporary_password: credential.temporary_password.expose(),
        expires_at: credential.expires_at.map(rfc3339),
    });
    if format == Format::Json {
        for record in records {
            serde_json::to_writer(&mut *buffer, &record)
                .map_err(|_| Error::io("the credentials could not be encoded"))?;
            buffer.push(b'\n');
        }
    } else {
        let mut writer = csv::Writer::from_writer(&mut *buffer);
        for record in records {
            writer
                .serialize(record)
                .map_err(|_| Error::io("the credentials could not be encoded"))?;
        }
        writer.flush().map_err(|_| Error::io("the credentials could not be encoded"))?;
    }
    Ok(buffer)
}

#[derive(Serialize)]
struct CredentialRecord<'a> {
    patient_id: i64,
    patient_name: &'a str,
    username: &'a str,
    temporary_password: &'a str,
    expires_at: Option<String>,
}

fn write_credentials(out: Output, path: &Path, credentials: &[u8], count: usize) -> Result<()> {
    write_private_file(path, credentials)?;
    out.status(&format!(
        "Wrote {count} credential(s) to {} (readable only by you).",
        path.display()
    ));
    Ok(())
}

/// The report of skipped and failed rows, on stderr.
fn report(out: Output, outcome: &BatchOutcome, options: &BatchOptions) {
    // A failed row stops the whole batch unless --continue-on-error: then nothing would be
    // issued, whatever the other rows.
    let nothing = !outcome.failed.is_empty() && !options.continue_on_error;
    let would_issue = if nothing { 0 } else { outcome.planned };
    if out.format == Format::Json {
        let summary = serde_json::json!({
            "dry_run": options.dry_run,
            "issued": outcome.issued.len(),
            "would_issue": if options.dry_run { Some(would_issue) } else { None },
            "skipped": outcome.skipped,
            "failed": outcome.failed,
        });
        eprintln!("{summary}");
        return;
    }
    for row in outcome.failed.iter().chain(&outcome.skipped) {
        let mut place = Vec::new();
        if row.line > 0 {
            place.push(format!("line {}", row.line));
        }
        if !row.patient.is_empty() {
            place.push(format!("patient {}", row.patient));
        }
        eprintln!("{}: {} ({})", place.join(", "), row.reason, row.code);
    }
    let summary = if options.dry_run {
        format!(
            "Dry run: {would_issue} would be issued, {} skipped, {} failed; nothing was written.",
            outcome.skipped.len(),
            outcome.failed.len()
        )
    } else if nothing {
        format!(
            "{} row(s) failed, so nothing was issued ({} skipped). Fix them, or add \
             --continue-on-error.",
            outcome.failed.len(),
            outcome.skipped.len()
        )
    } else {
        format!(
            "Issued {}, skipped {}, failed {}.",
            outcome.issued.len(),
            outcome.skipped.len(),
            outcome.failed.len()
        )
    };
    if !out.quiet || !outcome.failed.is_empty() {
        eprintln!("{summary}");
    }
}

fn progress_bar(out: Output, rows: usize) -> Option<indicatif::ProgressBar> {
    if out.quiet || !stderr_is_terminal() || rows < 2 {
        return None;
    }
    let bar = indicatif::ProgressBar::new(rows as u64);
    let style = indicatif::ProgressStyle::with_template(
        "{bar:40} {pos}/{len} hashed, {per_sec}, {eta} left",
    )
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(style);
    Some(bar)
}

/// Reads the rows of a CSV or JSON-lines input. A malformed row becomes a failure at its
/// line, so that the report names every bad row at once.
fn read_rows(path: &Path) -> Result<Vec<Result<BatchRow, RowReport>>> {
    let mut text = String::new();
    let name = path.display().to_string();
    let read = if name == "-" {
        std::io::stdin().read_to_string(&mut text)
    } else {
        std::fs::File::open(path).and_then(|mut file| file.read_to_string(&mut text))
    };
    read.map_err(|err| Error::invalid_input(format!("cannot read {name}: {err}")))?;

    if text.trim_start().starts_with('{') {
        Ok(read_json_lines(&text))
    } else {
        read_csv(&text)
    }
}

fn malformed(line: usize, reason: String) -> RowReport {
    RowReport { line, patient: String::new(), code: Kind::InvalidInput.code(), reason }
}

fn read_json_lines(text: &str) -> Vec<Result<BatchRow, RowReport>> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Line {
        id_paciente: serde_json::Value,
        usuario_movil: Option<String>,
        expires: Option<String>,
    }

    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            let number = index + 1;
            let parsed: Line = serde_json::from_str(line)
                .map_err(|err| malformed(number, format!("not a valid JSON row: {err}")))?;
            let patient = match parsed.id_paciente {
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            Ok(BatchRow {
                line: number,
                patient,
                username: parsed.usuario_movil,
                expires: parsed.expires,
            })
        })
        .collect()
}

/// The line a CSV record starts on, counted from its byte offset: the csv crate's own line
/// count is one short for a record after a blank line, and lags behind with CRLF line ends
/// (rust-csv issues #208 and #395).
fn line_at(text: &str, byte: u64) -> usize {
    let bytes = text.as_bytes();
    let mut start = usize::try_from(byte).map_or(bytes.len(), |byte| byte.min(bytes.len()));
    while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
        start += 1;
    }
    bytes[..start].iter().filter(|&&b| b == b'\n').count() + 1
}

fn read_csv(text: &str) -> Result<Vec<Result<BatchRow, RowReport>>> {
    let mut reader =
        csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|_| Error::invalid_input("the input's first line is not a CSV header"))?
        .clone();
    let column = |name: &str| headers.iter().position(|header| header == name);
    let Some(id_column) = column("id_paciente") else {
        return Err(Error::invalid_input("the input has no id_paciente column")
            .with_hint("the first line must be a header: id_paciente[,usuario_movil][,expires]"));
    };
    let username_column = column("usuario_movil");
    let expires_column = column("expires");

    let mut rows = Vec::new();
    for record in reader.records() {
        let row = match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| line_at(text, p.byte()));
                if record.len() != headers.len() {
                    Err(malformed(
                        line,
                        format!("has {} fields; the header has {}", record.len(), headers.len()),
                    ))
                } else {
                    let field = |index: Option<usize>| {
                        index.and_then(|i| record.get(i)).map(str::to_string)
                    };
                    Ok(BatchRow {
                        line,
                        patient: record.get(id_column).unwrap_or_default().to_string(),
                        username: field(username_column).filter(|v| !v.is_empty()),
                        expires: field(expires_column).filter(|v| !v.is_empty()),
                    })
                }
            }
            Err(err) => {
                let line = err.position().map_or(0, |p| line_at(text, p.byte()));
                Err(malformed(line, "is not valid CSV".into()))
            }
        };
        rows.push(row);
    }
    Ok(rows)
}

//! `acceso audit`: read the audit trail of your clinic.

use clap::Args;

use super::output::{cell, wide_table, Format, Output, Record};
use super::{patient_id, Global};
use crate::error::{Error, Result};
use crate::store::audit::AuditRow;

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  acceso --staff dra.garcia audit --patient 12\n  \
                        acceso --staff dra.garcia audit --limit 500 --format csv")]
pub struct AuditArgs {
    /// Only what concerns this patient
    #[arg(long, value_name = "ID")]
    patient: Option<String>,

    /// How many of the newest rows to show
    #[arg(long, default_value_t = 50, value_name = "N")]
    limit: u32,
}

pub fn run(global: &Global, out: Output, args: AuditArgs) -> Result<()> {
    let patient = args.patient.as_deref().map(patient_id).transpose()?;
    if args.limit == 0 || args.limit > 100_000 {
        return Err(Error::invalid_input("--limit is a number from 1 to 100000"));
    }
    let rows = global.open()?.audit_trail(global.staff(), patient, args.limit)?;
    if out.format != Format::Table {
        return out.rows(&rows);
    }
    if rows.is_empty() {
        out.status("Nothing to show.");
        return Ok(());
    }

    // People read the trail as a story, so the table folds who acted into one column; CSV
    // and JSON keep every field apart.
    let mut table = wide_table();
    table.set_header(vec!["When (UTC)", "Who", "Patient", "Action", "Outcome", "Detail"]);
    for row in &rows {
        let who = match (&row.staff, &row.username) {
            (Some(staff), _) => format!("staff {staff}"),
            (None, Some(username)) => username.clone(),
            (None, None) => row.actor.clone(),
        };
        table.add_row(vec![
            row.at.get(..16).unwrap_or(&row.at).to_string(),
            who,
            cell(&row.patient_id),
            row.action.clone(),
            row.outcome.clone(),
            cell(&row.detail),
        ]);
    }
    out.text(&format!("{table}\n"))
}

impl Record for AuditRow {
    const HEADERS: &'static [&'static str] = &[
        "id", "at", "actor", "staff", "username", "patient", "clinic", "action", "outcome",
        "detail",
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.at.clone(),
            self.actor.clone(),
            cell(&self.staff),
            cell(&self.username),
            cell(&self.patient_id),
            cell(&self.clinic_id),
            self.action.clone(),
            self.outcome.clone(),
            cell(&self.detail),
        ]
    }
}

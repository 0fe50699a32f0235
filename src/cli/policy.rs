//! `acceso policy`: the clinic's settings for patient access.

use clap::Subcommand;
use comfy_table::ColumnConstraint;
use serde::Serialize;

use super::output::{new_table, Output, Record};
use super::{parse_id, Global};
use crate::domain::model::Policy;
use crate::domain::policy::PolicyKey;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Show every setting with its value
    #[command(after_help = "Example:\n  acceso --staff dra.garcia policy show")]
    Show {
        /// The clinic (a super admin must name one)
        #[arg(long, value_name = "ID")]
        clinic: Option<String>,
    },

    /// Change one setting (dentists and super admins)
    #[command(after_help = "Keys: access-expiry, temporary-password-lifetime, \
                            session-lifetime, idle-timeout, max-failed-sign-ins, lock-duration, \
                            min-password-length, argon2-memory-kib, argon2-iterations, \
                            argon2-parallelism, show-prices, terms-text, terms-version, \
                            require-two-factor.\n\
                            Lifetimes take 30min, 24h, 7d or 2w.\n\n\
                            Examples:\n  \
                            acceso --staff dra.garcia policy set idle-timeout 15min\n  \
                            acceso --staff dra.garcia policy set show-prices true")]
    Set {
        /// The setting to change
        key: String,

        /// Its new value
        value: String,

        /// The clinic (a super admin must name one)
        #[arg(long, value_name = "ID")]
        clinic: Option<String>,
    },
}

/// One setting as printed.
#[derive(Serialize)]
struct Setting {
    key: &'static str,
    value: String,
    meaning: &'static str,
}

impl Record for Setting {
    const HEADERS: &'static [&'static str] = &["Key", "Value", "Meaning"];

    fn cells(&self) -> Vec<String> {
        vec![self.key.to_string(), self.value.clone(), self.meaning.to_string()]
    }
}

pub fn run(global: &Global, out: Output, command: PolicyCommand) -> Result<()> {
    match command {
        PolicyCommand::Show { clinic } => {
            let clinic = clinic.as_deref().map(|id| parse_id("clinic", id)).transpose()?;
            let policy = global.open()?.show_policy(global.staff(), clinic)?;
            print(out, &policy)
        }
        PolicyCommand::Set { key, value, clinic } => {
            let clinic = clinic.as_deref().map(|id| parse_id("clinic", id)).transpose()?;
            let policy = global.open()?.set_policy(global.staff(), clinic, &key, &value)?;
            print(out, &policy)?;
            out.status(&format!("Set {key} for clinic {}.", policy.clinic_id));
            Ok(())
        }
    }
}

fn print(out: Output, policy: &Policy) -> Result<()> {
    if out.format == super::Format::Json {
        let mut object = serde_json::Map::new();
        object.insert("clinic_id".into(), policy.clinic_id.into());
        for key in PolicyKey::ALL {
            object.insert(key.name().into(), key.value(policy).into());
        }
        return out.json(&object);
    }
    let settings: Vec<Setting> = PolicyKey::ALL
        .into_iter()
        .map(|key| Setting {
            key: key.name(),
            value: key.value(policy),
            meaning: key.description(),
        })
        .collect();
    if out.format == super::Format::Table {
        // The keys are what `policy set` takes: each stays on one line, whole, to be copied.
        let mut table = new_table();
        table.set_header(Setting::HEADERS.to_vec());
        for setting in &settings {
            table.add_row(setting.cells());
        }
        if let Some(column) = table.column_mut(0) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
        return out.text(&format!("{table}\n"));
    }
    out.rows(&settings)
}

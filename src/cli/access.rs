//! `acceso access`: issue and manage patients' mobile access.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use serde::Serialize;

use super::output::{cell, moment, Format, Output, Record};
use super::{confirm, patient_id, Global};
use crate::app::access::{AccessFilter, Change, IssuedCredential};
use crate::domain::duration::{AccessExpiry, Span};
use crate::domain::model::{AccessSummary, Status};
use crate::domain::timestamp::rfc3339;
use crate::domain::username::{UsernameChoice, UsernameStyle};
use crate::error::{Error, Result};

#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    /// Verify a patient and issue a username and a temporary password
    #[command(after_help = "Examples:\n  acceso --staff recepcion access create 12\n  \
                            acceso --staff recepcion access create 12 --username-style email \
                            --expires 1y\n  acceso --staff recepcion access create 12 --out \
                            credential.json --format json")]
    Create {
        /// The patient's id (id_paciente)
        #[arg(allow_negative_numbers = true)]
        patient: String,

        /// The username to give (letters, digits and . _ @ + -)
        #[arg(long, value_name = "NAME", conflicts_with = "username_style")]
        username: Option<String>,

        /// Make the username from the patient's record [default: id]
        #[arg(long, value_enum, value_name = "STYLE")]
        username_style: Option<StyleArg>,

        /// When the access ends: 90d, 12w, 6m, 1y, never or YYYY-MM-DD [default: the clinic's
        /// policy]
        #[arg(long, value_name = "WHEN")]
        expires: Option<String>,

        /// Write the credential to this new file (mode 0600) instead of the screen
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },

    /// Show a patient's access: username, status, expiry, sign-in and lock state
    #[command(after_help = "Example:\n  acceso --staff recepcion access show 12")]
    Show {
        /// The patient's id (id_paciente)
        #[arg(allow_negative_numbers = true)]
        patient: String,
    },

    /// List your clinic's patient accesses
    #[command(after_help = "Examples:\n  acceso --staff recepcion access list --expiring-within \
                            30d\n  acceso --staff recepcion access list --locked --format json")]
    List {
        /// Only accesses with this status
        #[arg(long, value_enum)]
        status: Option<StatusArg>,

        /// Only accesses that end within this time (30d, 2w, 3m, 1y)
        #[arg(long, value_name = "SPAN")]
        expiring_within: Option<String>,

        /// Only accesses that have ended
        #[arg(long)]
        expired: bool,

        /// Only accesses locked by failed sign-ins
        #[arg(long)]
        locked: bool,

        /// Only accesses never used to sign in
        #[arg(long)]
        never_signed_in: bool,
    },

    /// Change when a patient's access ends
    #[command(after_help = "Examples:\n  acceso --staff recepcion access expiry 12 1y\n  \
                            acceso --staff recepcion access expiry 12 never")]
    Expiry {
        /// The patient's id (id_paciente)
        #[arg(allow_negative_numbers = true)]
        patient: String,

        /// 90d, 12w, 6m, 1y, never or YYYY-MM-DD
        when: String,
    },

    /// Stop a patient from signing in; ends their session at once
    #[command(after_help = "Example:\n  acceso --staff recepcion access deactivate 12 --reason \
                            \"left the clinic\" --yes")]
    Deactivate {
        /// The patient's id (id_paciente)
        #[arg(allow_negative_numbers = true)]
        patient: String,

        /// Why, for the audit trail
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },

    /// Let a deactivated patient sign in again
    #[command(after_help = "Example:\n  acceso --staff recepcion access activate 12")]
    Activate {
        /// The patient's id (id_paciente)
        #[arg(allow_negative_numbers = true)]
        patient: String,
    },

    /// End sessions: the current token stops working at once
    #[command(after_help = "Examples:\n  acceso --staff recepcion access rotate-token 12\n  \
                            acceso --staff dra.garcia access rotate-token --all --older-than 90d")]
    RotateToken {
        /// The patient's id (id_paciente)
        #[arg(
            required_unless_present = "all",
            conflicts_with = "all",
            allow_negative_numbers = true
        )]
        patient: Option<String>,

        /// Every session of your clinic
        #[arg(long)]
        all: bool,

        /// With --all: only sessions issued longer ago than this (30d, 12w, 3m, 1y)
        #[arg(long, value_name = "SPAN", requires = "all")]
        older_than: Option<String>,
    },

    /// Issue a new temporary password; ends the session and clears a lock
    #[command(after_help = "Example:\n  acceso --staff recepcion access reset-password 12")]
    ResetPassword {
        /// The patient's id (id_paciente)
        #[arg(allow_negative_numbers = true)]
        patient: String,

        /// Write the credential to this new file (mode 0600) instead of the screen
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },

    /// Issue credentials to many patients at once, from CSV or JSON lines
    Batch(super::batch::BatchArgs),

    /// Clear a patient's two-factor sign-in (a lost phone); ends their session
    #[command(after_help = "The secret is forgotten and the password alone signs in again, \
                            until the patient sets it up anew.\n\n\
                            Example:\n  acceso --staff recepcion access reset-two-factor 12")]
    ResetTwoFactor {
        /// The patient's id (id_paciente)
        #[arg(allow_negative_numbers = true)]
        patient: String,
    },

    /// Clear a lock left by failed sign-ins
    #[command(after_help = "Example:\n  acceso --staff recepcion access unlock 12")]
    Unlock {
        /// The patient's id (id_paciente)
        #[arg(allow_negative_numbers = true)]
        patient: String,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StyleArg {
    /// The patient's email address
    Email,
    /// The ten digits of the patient's phone
    Phone,
    /// paciente_<id>
    Id,
}

impl From<StyleArg> for UsernameStyle {
    fn from(style: StyleArg) -> Self {
        match style {
            StyleArg::Email => UsernameStyle::Email,
            StyleArg::Phone => UsernameStyle::Phone,
            StyleArg::Id => UsernameStyle::Id,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Activo,
    Inactivo,
}

impl From<StatusArg> for Status {
    fn from(status: StatusArg) -> Self {
        match status {
            StatusArg::Activo => Status::Active,
            StatusArg::Inactivo => Status::Inactive,
        }
    }
}

pub fn run(global: &Global, out: Output, command: AccessCommand) -> Result<ExitCode> {
    let staff = global.staff();
    let done = match command {
        // The one command whose exit code tells more than success or failure.
        AccessCommand::Batch(args) => return super::batch::run(global, out, args),
        AccessCommand::Create { patient, username, username_style, expires, out: file } => {
            let id = patient_id(&patient)?;
            let choice = match (username, username_style) {
                (Some(name), _) => UsernameChoice::Explicit(name),
                (None, Some(style)) => UsernameChoice::Style(style.into()),
                (None, None) => UsernameChoice::default(),
            };
            let expiry = expires.as_deref().map(str::parse::<AccessExpiry>).transpose()?;
            refuse_existing(file.as_deref())?;
            let credential = global.open()?.create_access(staff, id, &choice, expiry)?;
            hand_over(out, &credential, file.as_deref())
        }
        AccessCommand::Show { patient } => {
            let summary = global.open()?.show_access(staff, patient_id(&patient)?)?;
            out.record(&summary)
        }
        AccessCommand::List { status, expiring_within, expired, locked, never_signed_in } => {
            let filter = AccessFilter {
                status: status.map(Status::from),
                expiring_within: expiring_within.as_deref().map(str::parse::<Span>).transpose()?,
                expired,
                locked,
                never_signed_in,
            };
            out.rows(&global.open()?.list_access(staff, &filter)?)
        }
        AccessCommand::Expiry { patient, when } => {
            let id = patient_id(&patient)?;
            let expiry: AccessExpiry = when.parse()?;
            let change = global.open()?.set_expiry(staff, id, expiry)?;
            let end = change
                .access
                .expires_at
                .map_or("never expires".into(), |at| format!("ends {}", moment(Some(at))));
            report(
                out,
                &change,
                &format!("Access for patient {id} now {end}."),
                &format!("Access for patient {id} already {end}; nothing changed."),
            )
        }
        AccessCommand::Deactivate { patient, reason } => {
            let id = patient_id(&patient)?;
            confirm(
                global,
                &format!("Deactivate patient {id}'s mobile access and end their session?"),
            )?;
            let change =
                global.open()?.set_status(staff, id, Status::Inactive, reason.as_deref())?;
            report(
                out,
                &change,
                &format!("Deactivated patient {id}'s mobile access."),
                &format!("Patient {id}'s mobile access was already inactive; nothing changed."),
            )
        }
        AccessCommand::Activate { patient } => {
            let id = patient_id(&patient)?;
            let change = global.open()?.set_status(staff, id, Status::Active, None)?;
            report(
                out,
                &change,
                &format!("Activated patient {id}'s mobile access."),
                &format!("Patient {id}'s mobile access was already active; nothing changed."),
            )
        }
        AccessCommand::RotateToken { patient: Some(patient), .. } => {
            let id = patient_id(&patient)?;
            let change = global.open()?.rotate_token(staff, id)?;
            report(
                out,
                &change,
                &format!("Ended patient {id}'s session; their next sign-in issues a new token."),
                &format!("Patient {id} had no session; nothing changed."),
            )
        }
        AccessCommand::RotateToken { patient: None, older_than, .. } => {
            let older_than = older_than.as_deref().map(str::parse::<Span>).transpose()?;
            let count = global.open()?.rotate_all_tokens(staff, older_than)?;
            if out.format == Format::Json {
                out.json(&serde_json::json!({ "rotated": count }))
            } else {
                out.status(&format!("Ended {count} session(s)."));
                Ok(())
            }
        }
        AccessCommand::ResetPassword { patient, out: file } => {
            let id = patient_id(&patient)?;
            refuse_existing(file.as_deref())?;
            let credential = global.open()?.reset_password(staff, id)?;
            hand_over(out, &credential, file.as_deref())
        }
        AccessCommand::ResetTwoFactor { patient } => {
            let id = patient_id(&patient)?;
            let change = global.open()?.reset_two_factor(staff, id)?;
            report(
                out,
                &change,
                &format!(
                    "Cleared patient {id}'s two-factor sign-in and ended their session; the \
                     password alone signs in until they set it up again."
                ),
                &format!("Patient {id} had no two-factor sign-in; nothing changed."),
            )
        }
        AccessCommand::Unlock { patient } => {
            let id = patient_id(&patient)?;
            let change = global.open()?.unlock(staff, id)?;
            report(
                out,
                &change,
                &format!("Unlocked patient {id}'s mobile access."),
                &format!("Patient {id}'s mobile access was not locked; nothing changed."),
            )
        }
    };
    done.map(|()| ExitCode::SUCCESS)
}

/// Prints the access after a change, and says what changed, or that nothing did.
fn report(out: Output, change: &Change, done: &str, unchanged: &str) -> Result<()> {
    if out.format == Format::Json {
        return out.json(change);
    }
    out.record(&change.access)?;
    out.status(if change.changed { done } else { unchanged });
    Ok(())
}

/// The one moment a temporary password is shown: on the screen, or in a new private file.
#[derive(Serialize)]
struct Handover<'a> {
    patient_id: i64,
    patient_name: &'a str,
    username: &'a str,
    temporary_password: &'a str,
    expires_at: Option<String>,
    temporary_password_expires_at: String,
}

impl<'a> Handover<'a> {
    fn new(credential: &'a IssuedCredential) -> Self {
        Handover {
            patient_id: credential.patient_id,
            patient_name: &credential.patient_name,
            username: &credential.username,
            temporary_password: credential.temporary_password.expose(),
            expires_at: credential.expires_at.map(rfc3339),
            temporary_password_expires_at: rfc3339(credential.temporary_password_expires_at),
        }
    }
}

impl Record for Handover<'_> {
    const HEADERS: &'static [&'static str] = &[
        "patient_id",
        "patient_name",
        "username",
        "temporary_password",
        "expires_at",
        "temporary_password_expires_at",
    ];

    fn cells(&self) -> Vec<String> {
        vec![
            self.patient_id.to_string(),
            self.patient_name.to_string(),
            self.username.to_string(),
            self.temporary_password.to_string(),
            cell(&self.expires_at),
            self.temporary_password_expires_at.clone(),
        ]
    }
}

fn hand_over(out: Output, credential: &IssuedCredential, file: Option<&Path>) -> Result<()> {
    let handover = Handover::new(credential);
    if let Some(path) = file {
        let text = match out.format {
            Format::Json => serde_json::to_string_pretty(&handover)
                .map_err(|_| Error::io("the credential could not be encoded"))?,
            _ => format!(
                "Patient: {} ({})\nUsername: {}\nTemporary password: {}\n\
                 Change it at first sign-in, before {}.\nAccess ends: {}\n",
                credential.patient_name,
                credential.patient_id,
                credential.username,
                credential.temporary_password.expose(),
                moment(Some(credential.temporary_password_expires_at)),
                credential.expires_at.map_or("never".into(), |at| moment(Some(at))),
            ),
        };
        write_private_file(path, text.as_bytes())?;
        out.status(&format!(
            "Wrote the credential for patient {} to {} (readable only by you).",
            credential.patient_id,
            path.display()
        ));
        return Ok(());
    }

    match out.format {
        Format::Json => out.json(&handover),
        Format::Csv => out.rows(std::slice::from_ref(&handover)),
        Format::Table => {
            let mut table = super::output::new_table();
            table.add_row(vec![
                "Patient".into(),
                format!("{} ({})", credential.patient_name, credential.patient_id),
            ]);
            table.add_row(vec!["Username", &credential.username]);
            table.add_row(vec!["Temporary password", credential.temporary_password.expose()]);
            table.add_row(vec![
                "Change before".to_string(),
                moment(Some(credential.temporary_password_expires_at)),
            ]);
            table.add_row(vec![
                "Access ends".to_string(),
                credential.expires_at.map_or("never".into(), |at| moment(Some(at))),
            ]);
            out.text(&format!("{table}\n"))?;
            out.status(
                "Give these to the patient now: the password is not stored and will not be \
                 shown again. The patient chooses their own at first sign-in.",
            );
            Ok(())
        }
    }
}

/// Refuses before any change is made, so that a credential is never issued and then lost: a
/// file that exists, or one that cannot be created (a missing folder, no permission). The file
/// is created and removed again to find out.
pub fn refuse_existing(file: Option<&Path>) -> Result<()> {
    let Some(path) = file else {
        return Ok(());
    };
    if path.exists() {
        return Err(Error::conflict(format!(
            "{} already exists; acceso never overwrites a file",
            path.display()
        ))
        .with_hint("give a new file name with --out"));
    }
    let probe = private_file(path)?;
    drop(probe);
    std::fs::remove_file(path)
        .map_err(|err| Error::io(format!("cannot remove {}: {err}", path.display())))
}

/// Creates a new file that only its owner can read, and writes `bytes` to it.
pub fn write_private_file(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = private_file(path)?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(|err| Error::io(format!("cannot write {}: {err}", path.display())))
}

/// Creates a new, empty file that only its owner can read.
fn private_file(path: &Path) -> Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).map_err(|err| Error::io(format!("cannot create {}: {err}", path.display())))
}

impl Record for AccessSummary {
    const HEADERS: &'static [&'static str] = &[
        "Patient",
        "Name",
        "Username",
        "Status",
        "Access ends",
        "Last sign-in",
        "Locked until",
        "Must change password",
        "Two-factor",
    ];
    const NOT_IN_TABLES: &'static [usize] = &[1];

    fn cells(&self) -> Vec<String> {
        let ends = match self.expires_at {
            None => "never".into(),
            Some(at) if self.expired => format!("ended {}", moment(Some(at))),
            Some(at) => moment(Some(at)),
        };
        vec![
            self.patient_id.to_string(),
            self.patient_name.clone(),
            self.username.clone(),
            self.status.as_str().to_string(),
            ends,
            moment(self.last_sign_in_at),
            moment(self.locked_until),
            if self.must_change_password { "yes" } else { "no" }.into(),
            if self.two_factor { "yes" } else { "no" }.into(),
        ]
    }
}

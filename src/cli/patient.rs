//! `acceso patient`: find and verify patients (staff); view your own records (patients).

use clap::{Args, Subcommand};

use super::output::{cell, Output, Record};
use super::{patient_id, render, secrets, Global};
use crate::app::patients::{PatientFilter, PatientSummary};
use crate::domain::view::Section;
use crate::error::{Error, Result};

#[derive(Debug, Subcommand)]
pub enum PatientCommand {
    /// Check that a patient exists and belongs to your clinic (step 1 of giving access)
    #[command(after_help = "Example:\n  acceso --staff recepcion patient verify 12")]
    Verify {
        /// The patient's id (id_paciente)
        #[arg(allow_negative_numbers = true)]
        patient: String,
    },

    /// List your clinic's patients
    #[command(
        after_help = "Examples:\n  acceso --staff recepcion patient list --search garcia\n  \
                            acceso --staff recepcion patient list --without-access --format csv"
    )]
    List {
        /// Only patients whose name, CURP, email, phone or id contains this text
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,

        /// Only patients who have no mobile access yet
        #[arg(long)]
        without_access: bool,
    },

    /// Show your own records (patients signed in with `acceso login`)
    #[command(after_help = "SECTION is dashboard (the default), profile, appointments, \
                            appointment ID, treatments, treatment ID or history.\n\n\
                            Examples:\n  acceso patient view --token-stdin < token.txt\n  \
                            ACCESO_TOKEN=... acceso patient view appointments --format json")]
    View(ViewArgs),

    /// Show exactly what a patient would see (staff)
    #[command(after_help = "Example:\n  acceso --staff dra.garcia patient preview 12 treatments")]
    Preview {
        /// The patient's id (id_paciente)
        #[arg(allow_negative_numbers = true)]
        patient: String,

        /// What to show, as `patient view` takes it
        #[arg(value_name = "SECTION", num_args = 0..=2)]
        section: Vec<String>,
    },
}

#[derive(Debug, Args)]
pub struct ViewArgs {
    /// What to show: dashboard, profile, appointments, appointment ID, treatments, treatment
    /// ID or history
    #[arg(value_name = "SECTION", num_args = 0..=2)]
    section: Vec<String>,

    /// Read the session token from standard input (otherwise from ACCESO_TOKEN)
    #[arg(long)]
    token_stdin: bool,
}

pub fn run(global: &Global, out: Output, command: PatientCommand) -> Result<()> {
    match command {
        PatientCommand::Verify { patient } => {
            let id = patient_id(&patient)?;
            let summary = global.open()?.verify_patient(global.staff(), id)?;
            out.record(&summary)?;
            out.status(&match summary.access {
                Some(status) => {
                    format!("Patient {id} is verified and has {} mobile access.", status.as_str())
                }
                None => format!(
                    "Patient {id} is verified. Issue access with `acceso access create {id}`."
                ),
            });
            Ok(())
        }
        PatientCommand::List { search, without_access } => {
            let filter = PatientFilter { search, without_access };
            let patients = global.open()?.list_patients(global.staff(), &filter)?;
            out.rows(&patients)
        }
        PatientCommand::View(args) => {
            let section = parse_section(&args.section)?;
            let token = secrets::read_token(args.token_stdin)?;
            let view = global.open()?.view(&token, section)?;
            render::patient_view(out, &view)
        }
        PatientCommand::Preview { patient, section } => {
            let id = patient_id(&patient)?;
            let section = parse_section(&section)?;
            let view = global.open()?.preview(global.staff(), id, section)?;
            render::patient_view(out, &view)
        }
    }
}

/// A section as typed: one word, or `appointment ID` / `treatment ID`.
pub fn parse_section(words: &[String]) -> Result<Section> {
    let words: Vec<&str> = words.iter().map(|w| w.trim()).collect();
    let section = match words.as_slice() {
        [] | ["dashboard"] => Section::Dashboard,
        ["profile"] => Section::Profile,
        ["appointments"] => Section::Appointments,
        ["treatments"] => Section::Treatments,
        ["history"] => Section::History,
        ["appointment", id] => Section::Appointment(super::parse_id("appointment", id)?),
        ["treatment", id] => Section::Treatment(super::parse_id("treatment", id)?),
        ["appointment"] | ["treatment"] => {
            return Err(Error::invalid_input(format!("{} needs an id", words[0]))
                .with_hint(format!("for example `acceso patient view {} 3`", words[0])))
        }
        _ => {
            return Err(Error::invalid_input(format!("unknown section {:?}", words.join(" ")))
                .with_hint(
                    "use dashboard, profile, appointments, appointment ID, treatments, \
                     treatment ID or history",
                ))
        }
    };
    Ok(section)
}

impl Record for PatientSummary {
    const HEADERS: &'static [&'static str] =
        &["ID", "Name", "Age", "Birth date", "Clinic", "Phone", "Email", "Access"];
    const NOT_IN_TABLES: &'static [usize] = &[3, 4];

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            cell(&self.age),
            cell(&self.birth_date),
            self.clinic.clone(),
            cell(&self.phone),
            cell(&self.email),
            self.access.map_or("none", |status| status.as_str()).to_string(),
        ]
    }
}

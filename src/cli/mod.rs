//! The command line: arguments, prompts and output. Nothing else in the crate knows about
//! clap, terminals or output formats.
//!
//! Each command group has its module, which turns arguments into calls of [`crate::app`] and
//! their results into output. Errors travel back up to [`main`], the only place that ends the
//! process.

mod access;
mod audit;
mod batch;
mod completions;
mod demo;
mod init;
mod output;
mod patient;
mod policy;
mod render;
mod secrets;
mod session;
mod two_factor;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::app::App;
use crate::domain::audit::{Actor, AuditEntry};
use crate::error::{Error, Kind, Result};
use crate::seams::{clock_from_env, os_random};
use crate::store::{Opened, Store};
pub use output::Format;
use output::Output;

/// Secure, read-only mobile access for dental clinic patients
///
/// Clinic staff issue and manage patients' mobile access; patients sign in and view their own
/// records. Everything is kept in one SQLite file.
#[derive(Debug, Parser)]
#[command(name = "acceso", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,

    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Clone, Args)]
pub struct Global {
    /// The database file [default: acceso.db in the per-user data directory]
    #[arg(long, global = true, env = "ACCESO_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,

    /// How to print data
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// The staff member a staff command runs on behalf of
    #[arg(long, global = true, env = "ACCESO_STAFF", value_name = "USER")]
    pub staff: Option<String>,

    /// Answer yes to confirmations
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,

    /// Print no status messages, only data and errors
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,

    /// Print diagnostics on standard error
    #[arg(long, short = 'v', global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create or upgrade the database, optionally with a first clinic and administrator
    Init(init::InitArgs),

    /// Find and verify patients (staff); view your own records (patients)
    #[command(
        subcommand,
        after_help = "Examples:\n  acceso --staff recepcion patient list --search garcia\n  \
                      acceso --staff recepcion patient verify 12"
    )]
    Patient(patient::PatientCommand),

    /// Issue and manage patients' mobile access (staff)
    #[command(
        subcommand,
        after_help = "Examples:\n  acceso --staff recepcion access create 12\n  \
                      acceso --staff recepcion access list --locked"
    )]
    Access(access::AccessCommand),

    /// Show or change the clinic's access policy (staff)
    #[command(subcommand, after_help = "Example:\n  acceso --staff dra.garcia policy show")]
    Policy(policy::PolicyCommand),

    /// Sign in as a patient and receive a session token
    Login(session::LoginArgs),

    /// End a patient's session
    Logout(session::LogoutArgs),

    /// Change a patient's password
    #[command(subcommand, after_help = "Example:\n  acceso password change paciente_12")]
    Password(session::PasswordCommand),

    /// Read the clinic's terms of service (patients)
    #[command(subcommand, after_help = "Example:\n  acceso terms show paciente_12")]
    Terms(session::TermsCommand),

    /// Set up, confirm or turn off sign-in with an authenticator app's code (patients)
    #[command(
        subcommand,
        name = "two-factor",
        after_help = "Examples:\n  acceso two-factor setup paciente_12\n  \
                      acceso two-factor confirm paciente_12"
    )]
    TwoFactor(two_factor::TwoFactorCommand),

    /// Read the audit trail of your clinic (dentists and super admins)
    Audit(audit::AuditArgs),

    /// Take a guided tour on a throwaway demo database
    Demo(demo::DemoArgs),

    /// Print a shell completion script
    Completions(completions::CompletionsArgs),
}

/// Runs the program with the process's arguments and returns its exit code.
pub fn main() -> ExitCode {
    run_with(std::env::args_os())
}

pub fn run_with(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let parsed = Cli::command()
        .try_get_matches_from(args)
        .and_then(|matches| Ok((Cli::from_arg_matches(&matches)?, matches)));
    let (cli, matches) = match parsed {
        Ok(parsed) => parsed,
        Err(err) => {
            // Help and version are not errors; clap prints them and picks the exit code (2
            // for a command line it cannot parse).
            let _ = err.print();
            return ExitCode::from(err.exit_code() as u8);
        }
    };
    crate::log::set_verbosity(cli.global.verbose);

    let global = cli.global.clone();
    match run(cli) {
        Ok(code) => code,
        Err(err) if output::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            if !err.audited {
                record_early_refusal(&global, &matches, &err);
            }
            output::report_error(&err, global.format);
            ExitCode::from(err.kind.exit_code())
        }
    }
}

/// Records a command that was refused before it reached the database (a malformed value, a
/// missing secret on standard input, an output file that exists), so that every staff and
/// patient command, allowed or refused, leaves its row in the audit trail. Without a
/// database there is nowhere to record it, and nothing to protect.
fn record_early_refusal(global: &Global, matches: &clap::ArgMatches, err: &Error) {
    if matches!(err.kind, Kind::Database | Kind::Io) {
        return;
    }
    let mut names = Vec::new();
    let mut leaf = matches;
    while let Some((name, sub)) = leaf.subcommand() {
        names.push(name.replace('-', "_"));
        leaf = sub;
    }
    let action = names.join(".");
    let actor = match names.first().map(String::as_str) {
        Some("init" | "demo" | "completions") | None => return,
        Some("login" | "logout" | "password" | "terms" | "two_factor") => Actor::Patient,
        Some("patient") if names.get(1).is_some_and(|name| name == "view") => Actor::Patient,
        Some(_) => Actor::Staff,
    };
    let argument = |name: &str| leaf.try_get_one::<String>(name).ok().flatten().cloned();

    let mut audit = AuditEntry::new(actor, action);
    audit.detail = Some("refused before it reached the database".into());
    match actor {
        Actor::Staff => audit.staff_username = global.staff.clone(),
        _ => audit.patient_username = argument("username"),
    }
    audit.patient_id = argument("patient").and_then(|id| patient_id(&id).ok());

    let Ok((store, _)) = global.db_path().and_then(|path| Store::open(&path, false)) else {
        return;
    };
    let Ok(clock) = clock_from_env() else {
        return;
    };
    App::new(store, clock, Box::new(os_random())).audit_refusal(&audit, err.clone());
}

fn run(cli: Cli) -> Result<ExitCode> {
    let global = cli.global;
    let out = Output { format: global.format, quiet: global.quiet };
    match cli.command {
        Command::Access(command) => return access::run(&global, out, command),
        Command::Init(args) => init::run(&global, out, args),
        Command::Patient(command) => patient::run(&global, out, command),
        Command::Policy(command) => policy::run(&global, out, command),
        Command::Login(args) => session::login(&global, out, args),
        Command::Logout(args) => session::logout(&global, out, args),
        Command::Password(command) => session::password(&global, out, command),
        Command::Terms(command) => session::terms(&global, out, command),
        Command::TwoFactor(command) => two_factor::run(&global, out, command),
        Command::Audit(args) => audit::run(&global, out, args),
        Command::Demo(args) => demo::run(&global, out, args),
        Command::Completions(args) => completions::run(args),
    }
    .map(|()| ExitCode::SUCCESS)
}

impl Global {
    /// The database path: --db, ACCESO_DB, or the per-user default.
    pub fn db_path(&self) -> Result<PathBuf> {
        if let Some(path) = &self.db {
            return Ok(path.clone());
        }
        default_db_path()
    }

    pub fn staff(&self) -> Option<&str> {
        self.staff.as_deref()
    }

    /// Opens the existing database and the seams for a command.
    pub fn open(&self) -> Result<App> {
        Ok(self.open_or_create(false)?.0)
    }

    pub fn open_or_create(&self, create: bool) -> Result<(App, Opened)> {
        let path = self.db_path()?;
        let (store, opened) = Store::open(&path, create)?;
        Ok((App::new(store, clock_from_env()?, Box::new(os_random())), opened))
    }
}

/// `acceso.db` in the per-user data directory (`~/.local/share/acceso` on Linux).
pub fn default_db_path() -> Result<PathBuf> {
    let base = dirs::data_dir().ok_or_else(|| {
        Error::invalid_input("there is no per-user data directory to keep the database in")
            .with_hint("pass --db PATH or set ACCESO_DB")
    })?;
    Ok(base.join("acceso").join("acceso.db"))
}

/// A patient id as typed: a positive whole number.
pub fn patient_id(text: &str) -> Result<i64> {
    parse_id("patient", text)
}

pub fn parse_id(what: &str, text: &str) -> Result<i64> {
    text.trim().parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(|| {
        Error::invalid_input(format!("{text:?} is not a {what} id (a positive number)"))
    })
}

/// Asks a yes/no question on a terminal. Without one, `--yes` must answer it.
pub fn confirm(global: &Global, question: &str) -> Result<()> {
    if global.yes {
        return Ok(());
    }
    if !output::stdin_is_terminal() {
        return Err(Error::invalid_input("this needs a confirmation, and there is no terminal")
            .with_hint("add --yes to confirm"));
    }
    let confirmed = dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|_| Error::new(crate::error::Kind::Cancelled, "the prompt was cancelled"))?;
    if confirmed {
        Ok(())
    } else {
        Err(Error::new(crate::error::Kind::Cancelled, "cancelled; nothing changed"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}

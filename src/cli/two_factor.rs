//! `acceso two-factor`: a patient sets up, confirms and turns off sign-in with an
//! authenticator app's code.
//!
//! The password is read as `login` reads it (a hidden prompt, or the first line of standard
//! input with `--password-stdin`); the code is asked next, or is the next line. The new secret
//! is printed by [`hand_over`] and nowhere else, once.

use clap::{Args, Subcommand};
use serde::Serialize;
use serde_json::json;

use super::output::{new_table, Format, Output, Record};
use super::secrets::{self, Source};
use super::session::stdin_code;
use super::Global;
use crate::app::two_factor::TwoFactorSetup;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum TwoFactorCommand {
    /// Make a new secret for your authenticator app (shown once); then confirm it
    #[command(after_help = "Prints the secret and an otpauth:// URI (for a QR code) exactly \
                            once; two-factor sign-in stays off until `acceso two-factor \
                            confirm` gets a code made from it. Running it again replaces a \
                            secret that was not confirmed.\n\n\
                            Examples:\n  acceso two-factor setup paciente_12\n  \
                            printf '%s\\n' \"$PASSWORD\" | acceso two-factor setup paciente_12 \
                            --password-stdin --format json")]
    Setup(PatientArgs),

    /// Turn two-factor sign-in on with a code from the new secret
    #[command(after_help = "With --password-stdin, the first line of standard input is the \
                            password and the second the code the app shows.\n\n\
                            Examples:\n  acceso two-factor confirm paciente_12\n  \
                            printf '%s\\n%s\\n' \"$PASSWORD\" \"$CODE\" | acceso two-factor \
                            confirm paciente_12 --password-stdin")]
    Confirm(PatientArgs),

    /// Turn two-factor sign-in off and forget the secret; needs a current code
    #[command(after_help = "With --password-stdin, the first line of standard input is the \
                            password and the second a current code. A wrong code counts as a \
                            failed sign-in. Lost the phone? The clinic can clear it with \
                            `acceso access reset-two-factor PATIENT`.\n\n\
                            Examples:\n  acceso two-factor disable paciente_12\n  \
                            printf '%s\\n%s\\n' \"$PASSWORD\" \"$CODE\" | acceso two-factor \
                            disable paciente_12 --password-stdin")]
    Disable(PatientArgs),
}

#[derive(Debug, Args)]
pub struct PatientArgs {
    /// The patient's username (usuario_movil)
    username: String,

    /// Read the password, then the code, from lines of standard input
    #[arg(long)]
    password_stdin: bool,
}

pub fn run(global: &Global, out: Output, command: TwoFactorCommand) -> Result<()> {
    match command {
        TwoFactorCommand::Setup(args) => {
            let source = Source::choose(args.password_stdin, "--password-stdin")?;
            let mut app = global.open()?;
            let password = secrets::read(source, &["Password"])?.remove(0);
            let setup = app.setup_two_factor(&args.username, &password)?;
            hand_over(out, &setup)
        }
        TwoFactorCommand::Confirm(args) => {
            let source = Source::choose(args.password_stdin, "--password-stdin")?;
            let mut app = global.open()?;
            let password = secrets::read(source, &["Password"])?.remove(0);
            let code = secrets::read_code(source)?;
            app.confirm_two_factor(&args.username, &password, &code)?;
            report(out, true, "Two-factor sign-in is on: from now on, sign-in asks for the code.")
        }
        TwoFactorCommand::Disable(args) => {
            let source = Source::choose(args.password_stdin, "--password-stdin")?;
            let mut app = global.open()?;
            let password = secrets::read(source, &["Password"])?.remove(0);
            let code = match source {
                Source::Stdin => stdin_code(source)?,
                Source::Prompt => Some(secrets::read_code(source)?),
            };
            app.disable_two_factor(&args.username, &password, code.as_ref())?;
            report(out, false, "Two-factor sign-in is off; the secret is forgotten.")
        }
    }
}

fn report(out: Output, on: bool, done: &str) -> Result<()> {
    if out.format == Format::Json {
        return out.json(&json!({ "two_factor": on }));
    }
    out.status(done);
    Ok(())
}

/// The one moment a TOTP secret is shown: to the patient who just proved their password.
#[derive(Serialize)]
struct Handover<'a> {
    secret: &'a str,
    otpauth_uri: &'a str,
}

impl Record for Handover<'_> {
    const HEADERS: &'static [&'static str] = &["secret", "otpauth_uri"];

    fn cells(&self) -> Vec<String> {
        vec![self.secret.to_string(), self.otpauth_uri.to_string()]
    }
}

fn hand_over(out: Output, setup: &TwoFactorSetup) -> Result<()> {
    let handover =
        Handover { secret: setup.secret.expose(), otpauth_uri: setup.otpauth_uri.expose() };
    match out.format {
        Format::Json => out.json(&handover)?,
        Format::Csv => out.rows(std::slice::from_ref(&handover))?,
        Format::Table => {
            let mut table = new_table();
            table.add_row(vec!["Secret", handover.secret]);
            table.add_row(vec!["Setup URI", handover.otpauth_uri]);
            out.text(&format!("{table}\n"))?;
        }
    }
    out.status(&format!(
        "Add this to your authenticator app (scan the URI as a QR code, or type the secret), \
         then run `acceso two-factor confirm {}` with the code it shows. The secret is not \
         shown again.",
        setup.username
    ));
    Ok(())
}

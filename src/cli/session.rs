//! What patients run: `login`, `logout`, `password change` and `terms show`.

use clap::{Args, Subcommand};
use serde_json::json;

use super::output::{moment, Format, Output};
use super::secrets::{self, Source};
use super::Global;
use crate::app::session::NewSession;
use crate::domain::timestamp::rfc3339;
use crate::error::Result;

#[derive(Debug, Args)]
#[command(after_help = "The password is asked on the terminal, or read from standard input \
                        with --password-stdin; never from an argument. When two-factor sign-in \
                        is on, the code from the authenticator app is asked next, or read from \
                        the second line of standard input.\n\n\
                        Examples:\n  acceso login paciente_12\n  \
                        printf '%s\\n' \"$PASSWORD\" | acceso login paciente_12 --password-stdin \
                        --format json\n  \
                        printf '%s\\n%s\\n' \"$PASSWORD\" \"$CODE\" | acceso login paciente_12 \
                        --password-stdin")]
pub struct LoginArgs {
    /// The patient's username (usuario_movil)
    username: String,

    /// Read the password (and the authenticator code, if on) from lines of standard input
    #[arg(long)]
    password_stdin: bool,

    /// Accept the clinic's current terms of service (see `acceso terms show`)
    #[arg(long)]
    accept_terms: bool,
}

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  acceso logout --token-stdin < token.txt\n  \
                        ACCESO_TOKEN=... acceso logout")]
pub struct LogoutArgs {
    /// Read the session token from standard input (otherwise from ACCESO_TOKEN)
    #[arg(long)]
    token_stdin: bool,
}

#[derive(Debug, Subcommand)]
pub enum PasswordCommand {
    /// Replace your password (the temporary one at first sign-in) and sign in
    #[command(after_help = "With --password-stdin, the first line of standard input is the \
                            current password, the second the new one, and the third the code \
                            from the authenticator app when two-factor sign-in is on.\n\n\
                            Examples:\n  acceso password change paciente_12\n  \
                            printf '%s\\n%s\\n' \"$OLD\" \"$NEW\" | acceso password change \
                            paciente_12 --password-stdin --accept-terms")]
    Change {
        /// The patient's username (usuario_movil)
        username: String,

        /// Read the current and the new password (and the code, if on) from lines of stdin
        #[arg(long)]
        password_stdin: bool,

        /// Accept the clinic's current terms of service as well
        #[arg(long)]
        accept_terms: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum TermsCommand {
    /// Print the terms of service of your clinic
    #[command(after_help = "The password is asked so that this cannot reveal which usernames \
                            exist; the authenticator code is not.\n\n\
                            Example:\n  acceso terms show paciente_12")]
    Show {
        /// The patient's username (usuario_movil)
        username: String,

        /// Read the password from the first line of standard input
        #[arg(long)]
        password_stdin: bool,
    },
}

pub fn login(global: &Global, out: Output, args: LoginArgs) -> Result<()> {
    let source = Source::choose(args.password_stdin, "--password-stdin")?;
    let mut app = global.open()?;
    let password = secrets::read(source, &["Password"])?.remove(0);
    let code = stdin_code(source)?;
    let session = secrets::with_code(source, code, |code| {
        app.login(&args.username, &password, code, args.accept_terms)
    })?;
    hand_over(out, &session, "Signed in.")
}

pub fn logout(global: &Global, out: Output, args: LogoutArgs) -> Result<()> {
    let token = secrets::read_token(args.token_stdin)?;
    global.open()?.logout(&token)?;
    if out.format == Format::Json {
        return out.json(&json!({ "signed_out": true }));
    }
    out.status("Signed out. The token no longer works.");
    Ok(())
}

pub fn password(global: &Global, out: Output, command: PasswordCommand) -> Result<()> {
    let PasswordCommand::Change { username, password_stdin, accept_terms } = command;
    let source = Source::choose(password_stdin, "--password-stdin")?;
    let mut app = global.open()?;
    let current = secrets::read(source, &["Current password"])?.remove(0);
    let new = secrets::read_new_password(source)?;
    let code = stdin_code(source)?;
    let session = secrets::with_code(source, code, |code| {
        app.change_password(&username, &current, &new, code, accept_terms)
    })?;
    hand_over(out, &session, "Password changed. Signed in.")
}

pub fn terms(global: &Global, out: Output, command: TermsCommand) -> Result<()> {
    let TermsCommand::Show { username, password_stdin } = command;
    let source = Source::choose(password_stdin, "--password-stdin")?;
    let mut app = global.open()?;
    let password = secrets::read(source, &["Password"])?.remove(0);
    let terms = app.terms_for(&username, &password)?;
    if out.format == Format::Json {
        return out.json(&terms);
    }
    out.text(&format!("Terms of service, version {}\n\n{}\n", terms.version, terms.text))?;
    if !terms.accepted {
        out.status("To accept them, sign in with `acceso login USERNAME --accept-terms`.");
    }
    Ok(())
}

/// The authenticator code on the line after the passwords, when they come from standard input.
pub fn stdin_code(source: Source) -> Result<Option<crate::secret::Secret>> {
    match source {
        Source::Stdin => secrets::read_optional_line(),
        Source::Prompt => Ok(None),
    }
}

/// The one moment a session token is shown: to the patient who signed in.
fn hand_over(out: Output, session: &NewSession, done: &str) -> Result<()> {
    if out.format == Format::Json {
        return out.json(&json!({
            "token": session.token.expose(),
            "expires_at": rfc3339(session.expires_at),
            "idle_timeout_seconds": session.idle_timeout_seconds,
        }));
    }
    out.text(&format!("{}\n", session.token.expose()))?;
    out.status(&format!(
        "{done} The token above works until {}, or until {} minutes pass without use. Keep it \
         private; pass it to `acceso patient view --token-stdin`.",
        moment(Some(session.expires_at)),
        session.idle_timeout_seconds / 60
    ));
    Ok(())
}

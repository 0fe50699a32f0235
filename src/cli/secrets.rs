//! Reading secrets: passwords from a hidden prompt or standard input, tokens from standard
//! input or the environment. Never from an argument, where other users of the machine could
//! read them in the process list and the shell would keep them in its history.

use std::io::{self, BufRead};

use crate::error::{Error, Kind, Result};
use crate::secret::Secret;

use super::output::stdin_is_terminal;

/// The environment variable a kiosk may hand the session token in.
pub const TOKEN_VAR: &str = "ACCESO_TOKEN";

/// Where a command reads its secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Prompt,
    Stdin,
}

impl Source {
    /// Standard input when the flag says so; otherwise a prompt, which needs a terminal.
    pub fn choose(from_stdin: bool, flag: &str) -> Result<Source> {
        if from_stdin {
            Ok(Source::Stdin)
        } else if stdin_is_terminal() {
            Ok(Source::Prompt)
        } else {
            Err(Error::invalid_input("standard input is not a terminal, so acceso cannot ask")
                .with_hint(format!("pass {flag} and write the secret on standard input")))
        }
    }
}

/// Reads `count` secrets, one per prompt or one per line of standard input.
pub fn read(source: Source, prompts: &[&str]) -> Result<Vec<Secret>> {
    match source {
        Source::Prompt => prompts.iter().map(|prompt| prompt_hidden(prompt)).collect(),
        Source::Stdin => {
            let stdin = io::stdin();
            let mut lines = stdin.lock();
            prompts
                .iter()
                .map(|prompt| {
                    read_line(&mut lines)?.ok_or_else(|| {
                        Error::invalid_input(format!(
                            "standard input ended before the {}",
                            prompt.to_lowercase()
                        ))
                    })
                })
                .collect()
        }
    }
}

/// The prompt for an authenticator code.
pub const CODE_PROMPT: &str = "Authentication code";

/// An authenticator code: asked on the terminal, or the next line of standard input.
pub fn read_code(source: Source) -> Result<Secret> {
    Ok(read(source, &[CODE_PROMPT])?.remove(0))
}

/// The next line of standard input when there is one: the authenticator code that may follow
/// the passwords. A blank line counts as none.
pub fn read_optional_line() -> Result<Option<Secret>> {
    let stdin = io::stdin();
    let mut lines = stdin.lock();
    Ok(read_line(&mut lines)?.filter(|line| !line.expose().trim().is_empty()))
}

/// Runs a sign-in-like `attempt` with the code standard input gave, if any. On a terminal,
/// when the account turns out to need an authenticator code, asks for it and tries again:
/// whether it needs one is only known once the password has been checked.
pub fn with_code<T>(
    source: Source,
    code: Option<Secret>,
    mut attempt: impl FnMut(Option<&Secret>) -> Result<T>,
) -> Result<T> {
    match attempt(code.as_ref()) {
        Err(err) if source == Source::Prompt && err.is_two_factor_code_request() => {
            let code = read_code(source)?;
            attempt(Some(&code))
        }
        other => other,
    }
}

/// A new password, asked twice on a terminal so a typo does not lock the patient out.
pub fn read_new_password(source: Source) -> Result<Secret> {
    if source == Source::Stdin {
        return Ok(read(source, &["New password"])?.remove(0));
    }
    let password = dialoguer::Password::new()
        .with_prompt("New password")
        .with_confirmation("Repeat the new password", "The passwords do not match.")
        .interact()
        .map_err(prompt_failed)?;
    Ok(Secret::new(password))
}

/// The session token: from standard input with `--token-stdin`, else from ACCESO_TOKEN.
pub fn read_token(from_stdin: bool) -> Result<Secret> {
    let token = if from_stdin {
        let stdin = io::stdin();
        let mut lines = stdin.lock();
        read_line(&mut lines)?
    } else {
        std::env::var(TOKEN_VAR).ok().map(Secret::new)
    };
    match token {
        Some(token) if !token.expose().trim().is_empty() => Ok(token),
        _ => Err(Error::invalid_input("no session token was given").with_hint(format!(
            "pass --token-stdin and write the token on standard input, or set {TOKEN_VAR}"
        ))),
    }
}

fn prompt_hidden(prompt: &str) -> Result<Secret> {
    let password = dialoguer::Password::new()
        .with_prompt(prompt)
        .allow_empty_password(true)
        .interact()
        .map_err(prompt_failed)?;
    Ok(Secret::new(password))
}

/// One line without its line ending; None at the end of input.
fn read_line(input: &mut impl BufRead) -> Result<Option<Secret>> {
    let mut buffer = zeroize::Zeroizing::new(String::new());
    let read = input
        .read_line(&mut buffer)
        .map_err(|_| Error::invalid_input("standard input is not valid UTF-8 text"))?;
    if read == 0 {
        return Ok(None);
    }
    Ok(Some(Secret::new(buffer.trim_end_matches(['\n', '\r']).to_string())))
}

fn prompt_failed(err: dialoguer::Error) -> Error {
    crate::log::debug(&format!("prompt: {err}"));
    Error::new(Kind::Cancelled, "the prompt was cancelled")
}

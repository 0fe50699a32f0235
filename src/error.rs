//! The one error type of the program.
//!
//! Every failure, wherever it starts, ends as an [`Error`]: a [`Kind`] that fixes the stable
//! string code, the HTTP-equivalent status and the process exit code, one line of message for
//! people, and an optional hint that says what to do next. Messages never carry SQL, paths of
//! internal files, or secrets: lower layers turn their own errors into one of these kinds and
//! keep the detail for `--verbose` logging.

use std::fmt;

/// What went wrong, as scripts see it. The codes, statuses and exit codes are part of the
/// public interface (README.md, "Exit codes") and never change meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    InvalidInput,
    NotFound,
    Forbidden,
    Conflict,
    InvalidCredentials,
    SessionExpired,
    AccessExpired,
    AccountInactive,
    AccountLocked,
    PasswordChangeRequired,
    TermsNotAccepted,
    Cancelled,
    Database,
    Io,
    TwoFactorRequired,
}

impl Kind {
    pub const ALL: [Kind; 15] = [
        Kind::InvalidInput,
        Kind::NotFound,
        Kind::Forbidden,
        Kind::Conflict,
        Kind::InvalidCredentials,
        Kind::SessionExpired,
        Kind::AccessExpired,
        Kind::AccountInactive,
        Kind::AccountLocked,
        Kind::PasswordChangeRequired,
        Kind::TermsNotAccepted,
        Kind::Cancelled,
        Kind::Database,
        Kind::Io,
        Kind::TwoFactorRequired,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Kind::InvalidInput => "invalid_input",
            Kind::NotFound => "not_found",
            Kind::Forbidden => "forbidden",
            Kind::Conflict => "conflict",
            Kind::InvalidCredentials => "invalid_credentials",
            Kind::SessionExpired => "session_expired",
            Kind::AccessExpired => "access_expired",
            Kind::AccountInactive => "account_inactive",
            Kind::AccountLocked => "account_locked",
            Kind::PasswordChangeRequired => "password_change_required",
            Kind::TermsNotAccepted => "terms_not_accepted",
            Kind::Cancelled => "cancelled",
            Kind::Database => "database",
            Kind::Io => "io",
            Kind::TwoFactorRequired => "two_factor_required",
        }
    }

    pub fn status(self) -> u16 {
        match self {
            Kind::InvalidInput => 422,
            Kind::NotFound => 404,
            Kind::Forbidden => 403,
            Kind::Conflict => 409,
            Kind::InvalidCredentials => 401,
            Kind::SessionExpired => 401,
            Kind::AccessExpired => 401,
            Kind::AccountInactive => 403,
            Kind::AccountLocked => 429,
            Kind::PasswordChangeRequired => 403,
            Kind::TermsNotAccepted => 403,
            Kind::Cancelled => 400,
            Kind::Database => 500,
            Kind::Io => 500,
            Kind::TwoFactorRequired => 401,
        }
    }

    /// Exit codes 1 and 2 are left to the shell's conventions: 1 for a batch that issued some
    /// credentials and failed others, 2 for a command line that clap could not parse.
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::InvalidInput => 3,
            Kind::NotFound => 4,
            Kind::Forbidden => 5,
            Kind::Conflict => 6,
            Kind::InvalidCredentials => 7,
            Kind::SessionExpired => 8,
            Kind::AccessExpired => 9,
            Kind::AccountInactive => 10,
            Kind::AccountLocked => 11,
            Kind::PasswordChangeRequired => 12,
            Kind::TermsNotAccepted => 13,
            Kind::Cancelled => 14,
            Kind::Database => 15,
            Kind::Io => 16,
            Kind::TwoFactorRequired => 17,
        }
    }
}

/// A failure with a one-line message for people and an optional hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
    /// Whether the refusal is already in the audit trail, so that the command line, which
    /// audits what failed before it reached the database, does not record it twice.
    pub audited: bool,
}

const TWO_FACTOR_CODE_REQUIRED: &str = "Enter the code from your authenticator app.";

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), hint: None, audited: false }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn invalid_input(message: impl Into<String>) -> Self {
        Self::new(Kind::InvalidInput, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(Kind::Forbidden, message)
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(Kind::Conflict, message)
    }

    pub fn io(message: impl Into<String>) -> Self {
        Self::new(Kind::Io, message)
    }

    /// The one message every failed sign-in gets, so that a wrong password, an unknown
    /// username and an expired temporary password cannot be told apart.
    pub fn invalid_credentials() -> Self {
        Self::new(Kind::InvalidCredentials, "Invalid username or password")
    }

    pub fn session_expired() -> Self {
        Self::new(Kind::SessionExpired, "Your session has expired. Please log in again.")
            .with_hint("sign in again with `acceso login USERNAME`")
    }

    pub fn account_inactive() -> Self {
        Self::new(
            Kind::AccountInactive,
            "Your account has been deactivated. Please contact the clinic.",
        )
    }

    pub fn access_expired() -> Self {
        Self::new(
            Kind::AccessExpired,
            "Your mobile access has expired. Please contact the clinic to renew it.",
        )
    }

    /// The password was right and the account signs in with an authenticator code, but none
    /// was given. Not a failed sign-in: nothing is counted.
    pub fn two_factor_code_required() -> Self {
        Self::new(Kind::TwoFactorRequired, TWO_FACTOR_CODE_REQUIRED).with_hint(
            "on a terminal acceso asks for it; with --password-stdin, write it on the line \
             after the password",
        )
    }

    /// The clinic requires two-factor sign-in and this patient has not set it up.
    pub fn two_factor_setup_required(username: &str, message: &str) -> Self {
        Self::new(Kind::TwoFactorRequired, message).with_hint(format!(
            "run `acceso two-factor setup {username}`, then `acceso two-factor confirm {username}`"
        ))
    }

    /// Whether this error asks for the authenticator code, which a terminal can prompt for and
    /// try again.
    pub fn is_two_factor_code_request(&self) -> bool {
        self.kind == Kind::TwoFactorRequired && self.message == TWO_FACTOR_CODE_REQUIRED
    }

    pub fn code(&self) -> &'static str {
        self.kind.code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// SQLite errors carry SQL text and file details that must not reach a user; the message here
/// is generic and the detail is logged only with `--verbose`.
impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        crate::log::debug(&format!("database error: {err}"));
        if let rusqlite::Error::SqliteFailure(code, _) = &err {
            match code.code {
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked => {
                    return Error::new(Kind::Database, "the database is busy")
                        .with_hint("another acceso command is writing; try again in a moment");
                }
                rusqlite::ErrorCode::NotADatabase => {
                    return Error::new(Kind::Database, "the file is not an acceso database")
                        .with_hint("check --db or ACCESO_DB");
                }
                rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::CannotOpen => {
                    return Error::new(Kind::Database, "the database file cannot be written")
                        .with_hint("check the permissions of the file and its folder");
                }
                _ => {}
            }
        }
        Error::new(Kind::Database, "the database could not complete the request")
            .with_hint("run again with --verbose for details")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_exit_codes_are_distinct() {
        let codes: HashSet<_> = Kind::ALL.iter().map(|k| k.code()).collect();
        let exits: HashSet<_> = Kind::ALL.iter().map(|k| k.exit_code()).collect();
        assert_eq!(codes.len(), Kind::ALL.len());
        assert_eq!(exits.len(), Kind::ALL.len());
        assert!(exits.iter().all(|&e| e > 2));
    }
}

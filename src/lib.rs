//! acceso: secure, read-only mobile access for dental clinic patients.
//!
//! The crate is layered; each layer knows only the ones below it:
//!
//! - [`cli`]: arguments, prompts and output formats; the only code that knows about clap and
//!   terminals.
//! - [`app`]: one function per use case; runs the domain's rules against the store inside one
//!   transaction and writes the audit row.
//! - [`domain`]: the rules (roles, expiry, credentials, lockout, sessions, password policy) and
//!   the patient-facing view types; no SQL, no printing.
//! - [`store`]: the only module that holds SQL.
//!
//! [`error`], [`secret`] and [`seams`] are shared by all of them.

pub mod app;
pub mod cli;
pub mod domain;
pub mod error;
pub mod log;
pub mod seams;
pub mod secret;
pub mod store;

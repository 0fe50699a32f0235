//! Diagnostics on standard error, off unless `--verbose` asks for them.
//!
//! Deliberately tiny: the program logs a handful of lines (database details that are kept out
//! of user-facing errors), and never a secret: callers pass only text they built from
//! non-secret values.

use std::sync::atomic::{AtomicU8, Ordering};

static VERBOSITY: AtomicU8 = AtomicU8::new(0);

pub fn set_verbosity(level: u8) {
    VERBOSITY.store(level, Ordering::Relaxed);
}

pub fn debug(message: &str) {
    if VERBOSITY.load(Ordering::Relaxed) > 0 {
        eprintln!("acceso: debug: {message}");
    }
}

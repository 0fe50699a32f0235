//! The two seams through which the outside world's nondeterminism enters: the clock and the
//! random source.
//!
//! Production code reads the system clock and the operating system's random source. Tests fix
//! the clock, and the domain's unit tests seed the random source, so that lifetimes, idle
//! timeouts and locks are tested exactly and without sleeping.
//!
//! Debug builds (the ones `cargo test` runs) also read the clock from `ACCESO_TEST_NOW`
//! (`YYYY-MM-DD HH:MM:SS`, UTC) so that the integration tests can fix it for the real binary.
//! Release builds ignore that variable: nobody who runs a kiosk's binary can move its clock.

use chrono::{DateTime, NaiveDateTime, Utc};
use rand::{CryptoRng, RngCore};

use crate::error::{Error, Result};

/// A source of the current time, in UTC.
pub trait Clock {
    fn now(&self) -> DateTime<Utc>;
}

/// The system clock, truncated to whole seconds because that is what the database stores.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        let now = Utc::now();
        DateTime::from_timestamp(now.timestamp(), 0).unwrap_or(now)
    }
}

/// A clock that always says the same time.
#[derive(Clone, Copy, Debug)]
pub struct FixedClock(pub DateTime<Utc>);

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

/// The environment variable that fixes the clock in debug builds.
pub const TEST_NOW_VAR: &str = "ACCESO_TEST_NOW";

/// The clock the program runs with.
pub fn clock_from_env() -> Result<Box<dyn Clock>> {
    if cfg!(debug_assertions) {
        if let Ok(text) = std::env::var(TEST_NOW_VAR) {
            let fixed = NaiveDateTime::parse_from_str(&text, "%Y-%m-%d %H:%M:%S")
                .map_err(|_| {
                    Error::invalid_input(format!("{TEST_NOW_VAR} must be YYYY-MM-DD HH:MM:SS"))
                })?
                .and_utc();
            return Ok(Box::new(FixedClock(fixed)));
        }
    }
    Ok(Box::new(SystemClock))
}

/// A random source fit for secrets. Production uses the operating system's; unit tests pass a
/// seeded generator.
pub trait SecureRandom: RngCore + CryptoRng {}

impl<T: RngCore + CryptoRng> SecureRandom for T {}

/// The operating system's random source.
pub fn os_random() -> rand::rngs::OsRng {
    rand::rngs::OsRng
}

//! The settings a clinic may change, their names on the command line, and their checks.

use super::credentials::HashParams;
use super::duration::AccessExpiry;
use super::model::Policy;
use super::password_rules::{MAX_LENGTH, MIN_LENGTH_FLOOR};
use crate::error::{Error, Result};

/// One setting of [`Policy`], as `acceso policy set KEY VALUE` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyKey {
    AccessExpiry,
    TemporaryPasswordLifetime,
    SessionLifetime,
    IdleTimeout,
    MaxFailedSignIns,
    LockDuration,
    MinPasswordLength,
    Argon2MemoryKib,
    Argon2Iterations,
    Argon2Parallelism,
    ShowPrices,
    TermsText,
    TermsVersion,
    RequireTwoFactor,
}

impl PolicyKey {
    pub const ALL: [PolicyKey; 14] = [
        PolicyKey::AccessExpiry,
        PolicyKey::TemporaryPasswordLifetime,
        PolicyKey::SessionLifetime,
        PolicyKey::IdleTimeout,
        PolicyKey::MaxFailedSignIns,
        PolicyKey::LockDuration,
        PolicyKey::MinPasswordLength,
        PolicyKey::Argon2MemoryKib,
        PolicyKey::Argon2Iterations,
        PolicyKey::Argon2Parallelism,
        PolicyKey::ShowPrices,
        PolicyKey::TermsText,
        PolicyKey::TermsVersion,
        PolicyKey::RequireTwoFactor,
    ];

    pub fn name(self) -> &'static str {
        match self {
            PolicyKey::AccessExpiry => "access-expiry",
            PolicyKey::TemporaryPasswordLifetime => "temporary-password-lifetime",
            PolicyKey::SessionLifetime => "session-lifetime",
            PolicyKey::IdleTimeout => "idle-timeout",
            PolicyKey::MaxFailedSignIns => "max-failed-sign-ins",
            PolicyKey::LockDuration => "lock-duration",
            PolicyKey::MinPasswordLength => "min-password-length",
            PolicyKey::Argon2MemoryKib => "argon2-memory-kib",
            PolicyKey::Argon2Iterations => "argon2-iterations",
            PolicyKey::Argon2Parallelism => "argon2-parallelism",
            PolicyKey::ShowPrices => "show-prices",
            PolicyKey::TermsText => "terms-text",
            PolicyKey::TermsVersion => "terms-version",
            PolicyKey::RequireTwoFactor => "require-two-factor",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            PolicyKey::AccessExpiry => "how long new access lasts (Nd, Nw, Nm, Ny or never)",
            PolicyKey::TemporaryPasswordLifetime => "how long a temporary password works",
            PolicyKey::SessionLifetime => "how long a session lasts after sign-in",
            PolicyKey::IdleTimeout => "how long a session survives without activity",
            PolicyKey::MaxFailedSignIns => "failed sign-ins in a row before a lock",
            PolicyKey::LockDuration => "how long a lock lasts",
            PolicyKey::MinPasswordLength => "shortest password a patient may choose (8-128)",
            PolicyKey::Argon2MemoryKib => "argon2id memory cost in KiB",
            PolicyKey::Argon2Iterations => "argon2id time cost",
            PolicyKey::Argon2Parallelism => "argon2id lanes",
            PolicyKey::ShowPrices => "whether patients see treatment costs (true/false)",
            PolicyKey::TermsText => "the terms of service patients accept",
            PolicyKey::TermsVersion => "the version of the terms; a new one asks again",
            PolicyKey::RequireTwoFactor => {
                "whether patients must sign in with an authenticator code (true/false)"
            }
        }
    }

    pub fn parse(name: &str) -> Result<PolicyKey> {
        PolicyKey::ALL.into_iter().find(|key| key.name() == name).ok_or_else(|| {
            Error::invalid_input(format!("unknown policy key {name:?}"))
                .with_hint("`acceso policy show` lists the keys")
        })
    }

    /// The setting's current value, as `policy set` would accept it.
    pub fn value(self, policy: &Policy) -> String {
        match self {
            PolicyKey::AccessExpiry => policy.access_expiry.to_string(),
            PolicyKey::TemporaryPasswordLifetime => policy.temporary_password_lifetime.to_string(),
            PolicyKey::SessionLifetime => policy.session_lifetime.to_string(),
            PolicyKey::IdleTimeout => policy.idle_timeout.to_string(),
            PolicyKey::MaxFailedSignIns => policy.max_failed_sign_ins.to_string(),
            PolicyKey::LockDuration => policy.lock_duration.to_string(),
            PolicyKey::MinPasswordLength => policy.min_password_length.to_string(),
            PolicyKey::Argon2MemoryKib => policy.hash.memory_kib.to_string(),
            PolicyKey::Argon2Iterations => policy.hash.iterations.to_string(),
            PolicyKey::Argon2Parallelism => policy.hash.parallelism.to_string(),
            PolicyKey::ShowPrices => policy.show_prices.to_string(),
            PolicyKey::TermsText => policy.terms_text.clone(),
            PolicyKey::TermsVersion => policy.terms_version.clone(),
            PolicyKey::RequireTwoFactor => policy.require_two_factor.to_string(),
        }
    }

    /// The policy with this setting changed to `value`, or why `value` is refused.
    pub fn apply(self, policy: &Policy, value: &str) -> Result<Policy> {
        let mut next = policy.clone();
        let value = value.trim();
        match self {
            PolicyKey::AccessExpiry => {
                let expiry: AccessExpiry = value.parse()?;
                if !expiry.is_relative() {
                    return Err(Error::invalid_input(
                        "a default expiry is a length of time (like 90d) or never, not a date",
                    ));
                }
                next.access_expiry = expiry;
            }
            PolicyKey::TemporaryPasswordLifetime => {
                next.temporary_password_lifetime = value.parse()?
            }
            PolicyKey::SessionLifetime => next.session_lifetime = value.parse()?,
            PolicyKey::IdleTimeout => next.idle_timeout = value.parse()?,
            PolicyKey::LockDuration => next.lock_duration = value.parse()?,
            PolicyKey::MaxFailedSignIns => {
                next.max_failed_sign_ins = number(self, value, 1, 100)?;
            }
            PolicyKey::MinPasswordLength => {
                next.min_password_length =
                    number(self, value, MIN_LENGTH_FLOOR as u32, MAX_LENGTH as u32)?;
            }
            PolicyKey::Argon2MemoryKib => {
                next.hash.memory_kib = number(self, value, 1, u32::MAX)?;
            }
            PolicyKey::Argon2Iterations => next.hash.iterations = number(self, value, 1, 100)?,
            PolicyKey::Argon2Parallelism => next.hash.parallelism = number(self, value, 1, 16)?,
            PolicyKey::ShowPrices => next.show_prices = boolean(self, value)?,
            PolicyKey::RequireTwoFactor => next.require_two_factor = boolean(self, value)?,
            PolicyKey::TermsText => {
                if value.is_empty() {
                    return Err(Error::invalid_input("the terms of service cannot be empty"));
                }
                next.terms_text = value.to_string();
            }
            PolicyKey::TermsVersion => {
                if value.is_empty() || value.chars().count() > 32 {
                    return Err(Error::invalid_input("a terms version has 1 to 32 characters"));
                }
                next.terms_version = value.to_string();
            }
        }
        check(&next)?;
        Ok(next)
    }
}

/// Rules that tie settings together.
fn check(policy: &Policy) -> Result<()> {
    HashParams::validate(policy.hash)?;
    if policy.idle_timeout > policy.session_lifetime {
        return Err(Error::invalid_input(format!(
            "the idle timeout ({}) cannot be longer than the session lifetime ({})",
            policy.idle_timeout, policy.session_lifetime
        )));
    }
    Ok(())
}

fn boolean(key: PolicyKey, value: &str) -> Result<bool> {
    match value {
        "true" | "yes" | "on" | "1" => Ok(true),
        "false" | "no" | "off" | "0" => Ok(false),
        _ => Err(Error::invalid_input(format!("{} is true or false", key.name()))),
    }
}

fn number(key: PolicyKey, value: &str, min: u32, max: u32) -> Result<u32> {
    value.parse::<u32>().ok().filter(|n| (min..=max).contains(n)).ok_or_else(|| {
        Error::invalid_input(format!("{} is a whole number from {min} to {max}", key.name()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> Policy {
        Policy {
            clinic_id: 1,
            access_expiry: "90d".parse().unwrap(),
            temporary_password_lifetime: "7d".parse().unwrap(),
            session_lifetime: "24h".parse().unwrap(),
            idle_timeout: "30min".parse().unwrap(),
            max_failed_sign_ins: 5,
            lock_duration: "15min".parse().unwrap(),
            min_password_length: 15,
            hash: HashParams::DEFAULT,
            show_prices: false,
            terms_text: "Terms".into(),
            terms_version: "1".into(),
            require_two_factor: false,
        }
    }

    #[test]
    fn every_value_round_trips_through_apply() {
        let policy = policy();
        for key in PolicyKey::ALL {
            assert_eq!(key.apply(&policy, &key.value(&policy)).unwrap(), policy, "{key:?}");
        }
    }

    #[test]
    fn weak_hashing_and_bad_values_are_refused() {
        let policy = policy();
        assert!(PolicyKey::Argon2MemoryKib.apply(&policy, "8192").is_err());
        assert!(PolicyKey::Argon2Iterations.apply(&policy, "1").is_err());
        assert!(PolicyKey::MinPasswordLength.apply(&policy, "7").is_err());
        assert!(PolicyKey::MaxFailedSignIns.apply(&policy, "0").is_err());
        assert!(PolicyKey::AccessExpiry.apply(&policy, "2030-01-01").is_err());
        assert!(PolicyKey::IdleTimeout.apply(&policy, "2d").is_err());
        assert!(PolicyKey::ShowPrices.apply(&policy, "maybe").is_err());
        assert!(PolicyKey::RequireTwoFactor.apply(&policy, "sometimes").is_err());
        assert!(PolicyKey::RequireTwoFactor.apply(&policy, "true").unwrap().require_two_factor);
        assert!(PolicyKey::parse("colour").is_err());
    }

    #[test]
    fn stronger_equivalents_are_accepted() {
        let policy = policy();
        let stronger = PolicyKey::Argon2Iterations.apply(&policy, "3").unwrap();
        assert_eq!(stronger.hash.iterations, 3);
        let lighter = PolicyKey::Argon2MemoryKib.apply(&stronger, "12288").unwrap();
        assert_eq!(lighter.hash.memory_kib, 12288);
    }
}

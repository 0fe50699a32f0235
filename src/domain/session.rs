//! Sign-in, lockout and session rules.
//!
//! The order of the checks is part of the security design:
//!
//! 1. A locked username is refused before its password is looked at, and a correct password
//!    during the lock does not sign in.
//! 2. The password is checked next, and only a correct one learns anything more about the
//!    account (inactive, expired, password change or terms pending). Someone guessing
//!    usernames therefore sees the same "Invalid username or password" for every one of them.
//! 3. Unknown usernames are counted and locked exactly like known ones, so a lock does not
//!    reveal that an account exists.
//! 4. When the patient has turned on two-factor sign-in, the authenticator code is checked
//!    right after the password, before anything else about the account is told. A missing code
//!    is not a failure; a wrong or replayed one counts exactly like a wrong password, and only
//!    a right code (never the password alone) clears the count, so knowing the password does
//!    not buy unlimited guesses at the code.

use chrono::{DateTime, Utc};

use super::model::{Access, Policy, Status};
use super::totp;
use super::view::SignedInPatient;
use crate::error::{Error, Kind, Result};
use crate::secret::Secret;

/// The failed-sign-in count of one username, known or not, and the end of its lock.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FailureState {
    pub failed_sign_ins: u32,
    pub locked_until: Option<DateTime<Utc>>,
}

impl FailureState {
    pub fn is_locked(&self, now: DateTime<Utc>) -> bool {
        self.locked_until.is_some_and(|until| until > now)
    }

    /// The state after one more failed attempt. A lock that has run out starts the count
    /// afresh; reaching the policy's count starts a new lock.
    pub fn after_failure(self, policy: &Policy, now: DateTime<Utc>) -> FailureState {
        let previous = if self.locked_until.is_some_and(|until| until <= now) {
            0
        } else {
            self.failed_sign_ins
        };
        let failed_sign_ins = previous.saturating_add(1);
        let locked_until = (failed_sign_ins >= policy.max_failed_sign_ins)
            .then(|| now + policy.lock_duration.as_duration());
        FailureState { failed_sign_ins, locked_until }
    }
}

impl From<&Access> for FailureState {
    fn from(access: &Access) -> Self {
        FailureState { failed_sign_ins: access.failed_sign_ins, locked_until: access.locked_until }
    }
}

/// The refusal for a locked username.
pub fn locked_error(until: DateTime<Utc>) -> Error {
    Error::new(
        Kind::AccountLocked,
        format!(
            "Too many failed sign-in attempts. Try again after {} UTC.",
            until.format("%Y-%m-%d %H:%M")
        ),
    )
    .with_hint("or ask the clinic to unlock the account")
}

/// What to do about the terms of service once everything else allows a sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terms {
    AlreadyAccepted,
    AcceptNow,
}

/// The checks that follow a correct password, in the order the patient should hear them.
/// `changing_password` is set when the patient is replacing the password right now, so a
/// pending change is what they are doing rather than a refusal.
pub fn check_account(
    access: &Access,
    policy: &Policy,
    now: DateTime<Utc>,
    changing_password: bool,
    accept_terms: bool,
) -> Result<Terms> {
    check_standing(access, now, changing_password)?;

    if access.terms_version.as_deref() == Some(policy.terms_version.as_str()) {
        Ok(Terms::AlreadyAccepted)
    } else if accept_terms {
        Ok(Terms::AcceptNow)
    } else {
        Err(Error::new(
            Kind::TermsNotAccepted,
            format!(
                "You must accept the clinic's terms of service (version {}) before access.",
                policy.terms_version
            ),
        )
        .with_hint("read them with `acceso terms show USERNAME`, then add --accept-terms"))
    }
}

/// The checks of [`check_account`] that do not concern the terms: the account is active, its
/// access has not ended, and a temporary password has been replaced (unless that is what the
/// patient is doing). Setting up two-factor sign-in needs these, not the terms.
pub fn check_standing(access: &Access, now: DateTime<Utc>, changing_password: bool) -> Result<()> {
    if access.status == Status::Inactive {
        return Err(Error::account_inactive());
    }
    if access.is_expired(now) {
        return Err(Error::access_expired());
    }

    if access.must_change_password {
        let lapsed =
            access.temporary_password_expires_at.is_none_or(|expires_at| expires_at <= now);
        if lapsed {
            // Told apart from a wrong password only by the clinic, which resets it.
            return Err(Error::invalid_credentials());
        }
        if !changing_password {
            return Err(Error::new(
                Kind::PasswordChangeRequired,
                "You must choose a new password before your first access.",
            )
            .with_hint("run `acceso password change USERNAME`"));
        }
    }
    Ok(())
}

/// What the authenticator code given with a correct password means for the sign-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecondFactor {
    /// The patient has not turned two-factor sign-in on; the password is enough.
    NotEnabled,
    /// The code is right and fresh; its time step must be remembered.
    Accepted(i64),
    /// No code was given: ask for one, count nothing.
    Missing,
    /// The code is wrong, malformed, too far off or already used: a failed sign-in.
    Rejected,
}

/// Checks the code given with a correct password against the patient's active secret.
pub fn check_second_factor(
    access: &Access,
    code: Option<&Secret>,
    now: DateTime<Utc>,
) -> SecondFactor {
    let secret = match &access.totp_secret {
        Some(secret) if access.totp_active => secret,
        _ => return SecondFactor::NotEnabled,
    };
    let Some(code) = code.filter(|code| !code.expose().trim().is_empty()) else {
        return SecondFactor::Missing;
    };
    match totp::verify(secret.expose(), code.expose(), now, access.totp_last_step) {
        Some(step) => SecondFactor::Accepted(step),
        None => SecondFactor::Rejected,
    }
}

/// Checks the session a token belongs to and returns the patient it signs in.
pub fn check_session(
    access: &Access,
    policy: &Policy,
    now: DateTime<Utc>,
) -> Result<SignedInPatient> {
    if access.status == Status::Inactive {
        return Err(Error::account_inactive());
    }
    if access.is_expired(now) {
        return Err(Error::access_expired());
    }

    let (Some(issued_at), Some(last_activity_at)) =
        (access.token_issued_at, access.last_activity_at)
    else {
        return Err(Error::session_expired());
    };
    if issued_at + policy.session_lifetime.as_duration() <= now
        || last_activity_at + policy.idle_timeout.as_duration() <= now
    {
        return Err(Error::session_expired());
    }
    Ok(SignedInPatient::new(access.patient_id))
}

/// When a session that starts `now` ends at the latest: at the end of its lifetime, or when
/// the access itself ends, whichever is first.
pub fn session_end(access: &Access, policy: &Policy, now: DateTime<Utc>) -> DateTime<Utc> {
    let lifetime_end = now + policy.session_lifetime.as_duration();
    match access.expires_at {
        Some(access_end) if access_end < lifetime_end => access_end,
        _ => lifetime_end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 3, 12, 0, 0).unwrap()
    }

    fn access() -> Access {
        Access {
            id: 1,
            patient_id: 7,
            clinic_id: 1,
            username: "paciente_7".into(),
            password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaA".into(),
            token_digest: Some("ab".repeat(32)),
            expires_at: Some(now() + Duration::days(90)),
            status: Status::Active,
            status_reason: None,
            created_at: now(),
            updated_at: now(),
            failed_sign_ins: 0,
            locked_until: None,
            must_change_password: false,
            temporary_password_expires_at: None,
            token_issued_at: Some(now()),
            last_activity_at: Some(now()),
            last_sign_in_at: Some(now()),
            terms_version: Some("1".into()),
            terms_accepted_at: Some(now()),
            totp_secret: None,
            totp_active: false,
            totp_last_step: None,
        }
    }

    fn code<T>(result: Result<T>) -> &'static str {
        result.err().map_or("ok", |err| err.code())
    }

    #[test]
    fn the_policys_count_of_failures_locks_and_fewer_do_not() {
        let policy = Policy::default();
        let mut state = FailureState::default();
        for _ in 0..4 {
            state = state.after_failure(&policy, now());
            assert!(!state.is_locked(now()));
        }
        state = state.after_failure(&policy, now());
        assert_eq!(state.locked_until, Some(now() + Duration::minutes(15)));
        assert!(state.is_locked(now() + Duration::minutes(14)));
        assert!(!state.is_locked(now() + Duration::minutes(15)));
    }

    #[test]
    fn a_lock_that_ran_out_starts_the_count_afresh() {
        let policy = Policy::default();
        let ended = FailureState { failed_sign_ins: 5, locked_until: Some(now()) };
        let next = ended.after_failure(&policy, now() + Duration::minutes(1));
        assert_eq!(next, FailureState { failed_sign_ins: 1, locked_until: None });
    }

    #[test]
    fn account_checks_come_in_the_order_a_patient_should_hear_them() {
        let policy = Policy::default();
        let mut account = access();
        assert_eq!(
            check_account(&account, &policy, now(), false, false),
            Ok(Terms::AlreadyAccepted)
        );

        account.terms_version = None;
        assert_eq!(
            code(check_account(&account, &policy, now(), false, false)),
            "terms_not_accepted"
        );
        assert_eq!(check_account(&account, &policy, now(), false, true), Ok(Terms::AcceptNow));

        account.must_change_password = true;
        account.temporary_password_expires_at = Some(now() + Duration::days(7));
        assert_eq!(
            code(check_account(&account, &policy, now(), false, true)),
            "password_change_required"
        );
        assert_eq!(check_account(&account, &policy, now(), true, true), Ok(Terms::AcceptNow));

        account.temporary_password_expires_at = Some(now());
        assert_eq!(
            code(check_account(&account, &policy, now(), true, true)),
            "invalid_credentials"
        );

        account.expires_at = Some(now() - Duration::seconds(1));
        assert_eq!(code(check_account(&account, &policy, now(), true, true)), "access_expired");

        account.status = Status::Inactive;
        assert_eq!(code(check_account(&account, &policy, now(), true, true)), "account_inactive");
    }

    #[test]
    fn a_session_ends_at_its_lifetime_or_after_idling() {
        let policy = Policy::default();
        let account = access();
        assert_eq!(check_session(&account, &policy, now()).map(|p| p.id()), Ok(7));

        let idle = now() + Duration::minutes(30);
        assert_eq!(code(check_session(&account, &policy, idle)), "session_expired");

        let mut busy = access();
        busy.last_activity_at = Some(now() + Duration::hours(23) + Duration::minutes(59));
        let late = now() + Duration::hours(24);
        assert_eq!(code(check_session(&busy, &policy, late)), "session_expired");
    }

    #[test]
    fn a_session_never_outlives_the_access() {
        let policy = Policy::default();
        let mut account = access();
        account.expires_at = Some(now() + Duration::hours(2));
        assert_eq!(session_end(&account, &policy, now()), now() + Duration::hours(2));
        account.expires_at = None;
        assert_eq!(session_end(&account, &policy, now()), now() + Duration::hours(24));
    }

    #[test]
    fn the_second_factor_is_missing_accepted_or_rejected() {
        let mut access = access();
        let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        let code = Secret::new(totp::code_at(secret, now()).unwrap());
        let step = totp::step_at(now());

        access.totp_secret = Some(Secret::new(secret.into()));
        assert_eq!(check_second_factor(&access, Some(&code), now()), SecondFactor::NotEnabled);

        access.totp_active = true;
        assert_eq!(check_second_factor(&access, None, now()), SecondFactor::Missing);
        let blank = Secret::new(" ".into());
        assert_eq!(check_second_factor(&access, Some(&blank), now()), SecondFactor::Missing);
        assert_eq!(check_second_factor(&access, Some(&code), now()), SecondFactor::Accepted(step));
        let wrong = Secret::new("000000".into());
        if wrong != code {
            assert_eq!(check_second_factor(&access, Some(&wrong), now()), SecondFactor::Rejected);
        }

        access.totp_last_step = Some(step);
        assert_eq!(check_second_factor(&access, Some(&code), now()), SecondFactor::Rejected);
    }
}

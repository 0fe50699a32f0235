//! A patient's own two-factor sign-in: set up a secret, confirm it with a first code, turn it
//! off. Staff clearing it for a lost phone is [`App::reset_two_factor`], with the other staff
//! commands in [`super::access`].
//!
//! Each command starts like a sign-in, with the password checked and counted by
//! [`Op::authenticate`], so none of them is a way round the lockout. They run with
//! [`App::run_committing`] for the same reason: a failed password (or a wrong code when
//! turning it off) is counted even though the command is refused.
//!
//! A new secret stays pending (`totp_activo` 0) until a code made from it is confirmed, so a
//! patient who scanned nothing, or scanned it wrongly, is never locked out by it. A wrong code
//! while confirming is not a failed sign-in: the password was right and the code proves
//! nothing yet, so it is refused and nothing changes. Turning it off asks for a current code,
//! and a wrong one there counts like a wrong password, so the password alone cannot remove the
//! second factor.

use super::session::patient_audit;
use super::App;
use crate::domain::session::check_standing;
use crate::domain::totp;
use crate::error::{Error, Result};
use crate::secret::Secret;

/// A new secret, handed to the patient exactly once to put in their authenticator app.
#[derive(Debug)]
pub struct TwoFactorSetup {
    pub username: String,
    /// The base32 secret, for typing in by hand.
    pub secret: Secret,
    /// The `otpauth://` URI, for a QR code.
    pub otpauth_uri: Secret,
}

impl App {
    /// Makes a new pending secret (replacing any earlier pending one) and returns it to be
    /// shown once. Refused when two-factor sign-in is already on.
    pub fn setup_two_factor(
        &mut self,
        username: &str,
        password: &Secret,
    ) -> Result<TwoFactorSetup> {
        self.run_committing(patient_audit("two_factor.setup", username), |op| {
            let (access, _) = refuse_unless!(op.authenticate(username, password)?);
            refuse_unless!(check_standing(&access, op.now, false));
            if access.totp_active {
                return Ok(Err(already_on(&access.username)));
            }

            let secret = totp::generate_secret(op.rng);
            op.tx.set_pending_totp(access.id, &secret, op.now)?;
            let clinic = op.tx.patient(access.patient_id)?.map(|(patient, _)| patient.clinic_name);
            let otpauth_uri =
                totp::otpauth_uri(&access.username, clinic.as_deref().unwrap_or("acceso"), &secret);
            op.audit.detail = Some("new secret pending confirmation".into());
            Ok(Ok(TwoFactorSetup { username: access.username, secret, otpauth_uri }))
        })
    }

    /// Turns two-factor sign-in on when `code` comes from the pending secret.
    pub fn confirm_two_factor(
        &mut self,
        username: &str,
        password: &Secret,
        code: &Secret,
    ) -> Result<()> {
        self.run_committing(patient_audit("two_factor.confirm", username), |op| {
            let (access, _) = refuse_unless!(op.authenticate(username, password)?);
            refuse_unless!(check_standing(&access, op.now, false));
            if access.totp_active {
                return Ok(Err(already_on(&access.username)));
            }
            let Some(secret) = &access.totp_secret else {
                return Ok(Err(Error::invalid_input("two-factor sign-in has not been set up")
                    .with_hint(format!(
                        "run `acceso two-factor setup {}` first",
                        access.username
                    ))));
            };

            match totp::verify(secret.expose(), code.expose(), op.now, access.totp_last_step) {
                Some(step) => {
                    op.tx.activate_totp(access.id, step, op.now)?;
                    Ok(Ok(()))
                }
                None => Ok(Err(Error::invalid_input("the code is not right").with_hint(
                    "type the 6 digits the app shows now, and check that the phone's clock is \
                     right",
                ))),
            }
        })
    }

    /// Turns two-factor sign-in off and forgets the secret; needs a current code.
    pub fn disable_two_factor(
        &mut self,
        username: &str,
        password: &Secret,
        code: Option<&Secret>,
    ) -> Result<()> {
        self.run_committing(patient_audit("two_factor.disable", username), |op| {
            let (access, policy) = refuse_unless!(op.authenticate(username, password)?);
            if !access.totp_active {
                return Ok(Err(Error::conflict("two-factor sign-in is not on; nothing changed")));
            }
            refuse_unless!(op.second_factor(&access, &policy, code)?);
            refuse_unless!(check_standing(&access, op.now, false));
            op.tx.clear_totp(access.id, op.now)?;
            Ok(Ok(()))
        })
    }
}

fn already_on(username: &str) -> Error {
    Error::conflict("two-factor sign-in is already on").with_hint(format!(
        "to move it to a new phone, turn it off with `acceso two-factor disable {username}`, \
         then set it up again"
    ))
}

//! The life of a patient's mobile access, as the front desk runs it: create, show, list,
//! change the expiry, deactivate and activate, end sessions, reset the password, unlock, and
//! clear two-factor sign-in for a patient who lost their phone.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{App, Op};
use crate::domain::credentials::{generate_temporary_password, hash_password, HashParams};
use crate::domain::duration::{AccessExpiry, Span};
use crate::domain::model::{Access, AccessSummary, Patient, Policy, Staff, Status};
use crate::domain::username::{self, UsernameChoice};
use crate::error::{Error, Result};
use crate::secret::Secret;
use crate::store::access::NewAccess;

/// A credential handed to a patient: shown once, then only its hash remains.
#[derive(Debug, Clone)]
pub struct IssuedCredential {
    pub patient_id: i64,
    pub patient_name: String,
    pub username: String,
    pub temporary_password: Secret,
    pub expires_at: Option<DateTime<Utc>>,
    pub temporary_password_expires_at: DateTime<Utc>,
}

/// The outcome of a command that switches something: the access afterwards, and whether the
/// command changed it (doing something twice changes nothing and says so).
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub changed: bool,
    pub access: AccessSummary,
}

/// Which accesses `access list` shows; the filters combine.
#[derive(Debug, Clone, Default)]
pub struct AccessFilter {
    pub status: Option<Status>,
    pub expiring_within: Option<Span>,
    pub expired: bool,
    pub locked: bool,
    pub never_signed_in: bool,
}

/// Everything `access create` decided before the password is hashed. Batch issuance plans
/// every row first, hashes on every core, then writes.
#[derive(Debug, Clone)]
pub struct Plan {
    pub patient: Patient,
    pub username: String,
    pub expires_at: Option<DateTime<Utc>>,
    pub temporary_password_expires_at: DateTime<Utc>,
    pub hash: HashParams,
}

impl Op<'_, '_> {
    /// Applies the rules of `access create` to one patient: they belong to the staff member's
    /// clinic and have no access yet; the username is valid and free (and not in `reserved`,
    /// the names already planned in the same batch); the expiry is valid.
    pub fn plan_access(
        &mut self,
        staff: &Staff,
        patient_id: i64,
        choice: &UsernameChoice,
        expiry: Option<AccessExpiry>,
        reserved: &HashSet<String>,
    ) -> Result<Plan> {
        let (patient, access) = self.patient_for(staff, patient_id)?;
        if access.is_some() {
            return Err(Error::conflict(format!("patient {patient_id} already has mobile access"))
                .with_hint(format!(
                    "to give them a new password, run `acceso access reset-password {patient_id}`"
                )));
        }
        let policy = self.tx.policy(patient.clinic_id)?;
        let username = self.free_username(&patient, choice, reserved)?;
        let expires_at = expiry.unwrap_or(policy.access_expiry).resolve(self.now)?;
        Ok(Plan {
            patient,
            username,
            expires_at,
            temporary_password_expires_at: self.now
                + policy.temporary_password_lifetime.as_duration(),
            hash: policy.hash,
        })
    }

    fn free_username(
        &self,
        patient: &Patient,
        choice: &UsernameChoice,
        reserved: &HashSet<String>,
    ) -> Result<String> {
        let taken = |name: &str| -> Result<bool> {
            Ok(reserved.contains(name) || self.tx.username_taken(name)?)
        };
        match choice {
            UsernameChoice::Explicit(name) => {
                let name = username::normalize(name)?;
                if taken(&name)? {
                    return Err(Error::conflict(format!("the username {name:?} is taken"))
                        .with_hint("choose another with --username"));
                }
                Ok(name)
            }
            UsernameChoice::Style(style) => {
                let base = username::from_record(*style, patient)?;
                if !taken(&base)? {
                    return Ok(base);
                }
                for n in 2..1000 {
                    let candidate = username::with_suffix(&base, n);
                    if !taken(&candidate)? {
                        return Ok(candidate);
                    }
                }
                Err(Error::conflict(format!("no free username is left near {base:?}"))
                    .with_hint("give one with --username"))
            }
        }
    }

    /// Writes a planned access with its hashed temporary password.
    pub fn write_access(&mut self, plan: &Plan, password_hash: &str) -> Result<()> {
        let new = NewAccess {
            patient_id: plan.patient.id,
            username: &plan.username,
            password_hash,
            expires_at: plan.expires_at,
            temporary_password_expires_at: plan.temporary_password_expires_at,
        };
        self.tx.insert_access(&new, self.now)?;
        Ok(())
    }

    /// The patient's access, for a staff member who may see it.
    fn access_for(&mut self, staff: &Staff, patient_id: i64) -> Result<(Patient, Access)> {
        let (patient, _) = self.patient_for(staff, patient_id)?;
        let access = self.tx.access_by_patient(patient_id)?.ok_or_else(|| {
            Error::not_found(format!("patient {patient_id} has no mobile access"))
                .with_hint(format!("create it with `acceso access create {patient_id}`"))
        })?;
        self.audit.patient_username = Some(access.username.clone());
        Ok((patient, access))
    }

    /// Reads the access again after a change, as staff see it.
    fn summary_after(&mut self, patient: &Patient, changed: bool) -> Result<Change> {
        let access = self.tx.access_by_patient(patient.id)?.ok_or_else(|| {
            Error::not_found(format!("patient {} has no mobile access", patient.id))
        })?;
        if !changed {
            self.audit.detail = Some(match self.audit.detail.take() {
                Some(detail) => format!("{detail}; unchanged"),
                None => "unchanged".into(),
            });
        }
        Ok(Change { changed, access: access.summary(&patient.full_name(), self.now) })
    }
}

impl Plan {
    pub fn credential(&self, temporary_password: Secret) -> IssuedCredential {
        IssuedCredential {
            patient_id: self.patient.id,
            patient_name: self.patient.full_name(),
            username: self.username.clone(),
            temporary_password,
            expires_at: self.expires_at,
            temporary_password_expires_at: self.temporary_password_expires_at,
        }
    }
}

impl App {
    /// Verifies the patient, then issues a username and a temporary password.
    pub fn create_access(
        &mut self,
        staff: Option<&str>,
        patient_id: i64,
        choice: &UsernameChoice,
        expiry: Option<AccessExpiry>,
    ) -> Result<IssuedCredential> {
        self.as_staff(staff, "access.create", |staff, op| {
            let plan = op.plan_access(staff, patient_id, choice, expiry, &HashSet::new())?;
            let password = generate_temporary_password(op.rng);
            let hash = hash_password(password.expose(), plan.hash, op.rng)?;
            op.write_access(&plan, &hash)?;
            op.audit.patient_username = Some(plan.username.clone());
            op.audit.detail = Some(describe_expiry(plan.expires_at));
            Ok(plan.credential(password))
        })
    }

    pub fn show_access(&mut self, staff: Option<&str>, patient_id: i64) -> Result<AccessSummary> {
        self.as_staff(staff, "access.show", |staff, op| {
            let (patient, access) = op.access_for(staff, patient_id)?;
            Ok(access.summary(&patient.full_name(), op.now))
        })
    }

    pub fn list_access(
        &mut self,
        staff: Option<&str>,
        filter: &AccessFilter,
    ) -> Result<Vec<AccessSummary>> {
        self.as_staff(staff, "access.list", |staff, op| {
            let now = op.now;
            let horizon = match filter.expiring_within {
                Some(span) => Some(AccessExpiry::After(span).resolve(now)?),
                None => None,
            };
            let accesses = op.tx.accesses(staff.clinic_scope())?;
            Ok(accesses
                .into_iter()
                .filter(|(access, _)| filter.status.is_none_or(|s| access.status == s))
                .filter(|(access, _)| !filter.expired || access.is_expired(now))
                .filter(|(access, _)| !filter.locked || access.is_locked(now))
                .filter(|(access, _)| !filter.never_signed_in || access.last_sign_in_at.is_none())
                .filter(|(access, _)| match horizon {
                    None => true,
                    Some(horizon) => access
                        .expires_at
                        .is_some_and(|end| end > now && horizon.is_none_or(|h| end <= h)),
                })
                .map(|(access, name)| access.summary(&name, now))
                .collect())
        })
    }

    pub fn set_expiry(
        &mut self,
        staff: Option<&str>,
        patient_id: i64,
        expiry: AccessExpiry,
    ) -> Result<Change> {
        self.as_staff(staff, "access.expiry", |staff, op| {
            let (patient, access) = op.access_for(staff, patient_id)?;
            let expires_at = expiry.resolve(op.now)?;
            op.audit.detail = Some(describe_expiry(expires_at));
            let changed = expires_at != access.expires_at;
            if changed {
                op.tx.set_access_expiry(access.id, expires_at, op.now)?;
            }
            op.summary_after(&patient, changed)
        })
    }

    /// Switches the access to `status`. Deactivating ends the session at once.
    pub fn set_status(
        &mut self,
        staff: Option<&str>,
        patient_id: i64,
        status: Status,
        reason: Option<&str>,
    ) -> Result<Change> {
        let action = match status {
            Status::Active => "access.activate",
            Status::Inactive => "access.deactivate",
        };
        self.as_staff(staff, action, |staff, op| {
            let (patient, access) = op.access_for(staff, patient_id)?;
            op.audit.detail = reason.map(|reason| format!("reason: {reason}"));
            let changed = access.status != status;
            if changed {
                op.tx.set_access_status(access.id, status, reason, op.now)?;
            }
            op.summary_after(&patient, changed)
        })
    }

    /// Ends the patient's session: their token stops working at once, and their next sign-in
    /// issues a new one.
    pub fn rotate_token(&mut self, staff: Option<&str>, patient_id: i64) -> Result<Change> {
        self.as_staff(staff, "access.rotate_token", |staff, op| {
            let (patient, access) = op.access_for(staff, patient_id)?;
            let changed = access.token_digest.is_some();
            if changed {
                op.tx.end_session(access.id, op.now)?;
            }
            op.summary_after(&patient, changed)
        })
    }

    /// Ends every session of the staff member's clinic, or those issued longer than
    /// `older_than` ago, in one transaction; returns how many ended.
    pub fn rotate_all_tokens(
        &mut self,
        staff: Option<&str>,
        older_than: Option<Span>,
    ) -> Result<usize> {
        self.as_staff(staff, "access.rotate_token_all", |staff, op| {
            let cutoff = match older_than {
                Some(span) => Some(span.before(op.now)?),
                None => None,
            };
            let count = op.tx.end_sessions(staff.clinic_scope(), cutoff, op.now)?;
            op.audit.detail = Some(format!("rotated: {count}"));
            Ok(count)
        })
    }

    /// Issues a new temporary password: must change, session ended, lock cleared.
    pub fn reset_password(
        &mut self,
        staff: Option<&str>,
        patient_id: i64,
    ) -> Result<IssuedCredential> {
        self.as_staff(staff, "access.reset_password", |staff, op| {
            let (patient, access) = op.access_for(staff, patient_id)?;
            let policy: Policy = op.tx.policy(patient.clinic_id)?;
            let password = generate_temporary_password(op.rng);
            let hash = hash_password(password.expose(), policy.hash, op.rng)?;
            let temporary_expires_at = op.now + policy.temporary_password_lifetime.as_duration();
            op.tx.set_temporary_password(access.id, &hash, temporary_expires_at, op.now)?;
            Ok(IssuedCredential {
                patient_id,
                patient_name: patient.full_name(),
                username: access.username,
                temporary_password: password,
                expires_at: access.expires_at,
                temporary_password_expires_at: temporary_expires_at,
            })
        })
    }

    /// Clears a patient's two-factor sign-in (a lost phone): the secret is forgotten, the
    /// password alone signs in again, and the current session ends, since whoever holds the
    /// phone may hold it too.
    pub fn reset_two_factor(&mut self, staff: Option<&str>, patient_id: i64) -> Result<Change> {
        self.as_staff(staff, "access.reset_two_factor", |staff, op| {
            let (patient, access) = op.access_for(staff, patient_id)?;
            let changed = access.totp_secret.is_some() || access.totp_active;
            if changed {
                op.tx.clear_totp(access.id, op.now)?;
                op.tx.end_session(access.id, op.now)?;
            }
            op.summary_after(&patient, changed)
        })
    }

    pub fn unlock(&mut self, staff: Option<&str>, patient_id: i64) -> Result<Change> {
        self.as_staff(staff, "access.unlock", |staff, op| {
            let (patient, access) = op.access_for(staff, patient_id)?;
            let changed = access.is_locked(op.now) || access.failed_sign_ins > 0;
            if changed {
                op.tx.clear_lock(access.id, op.now)?;
            }
            op.summary_after(&patient, changed)
        })
    }
}

fn describe_expiry(expires_at: Option<DateTime<Utc>>) -> String {
    match expires_at {
        Some(at) => format!("expires {}", at.format("%Y-%m-%d %H:%M:%S")),
        None => "never expires".into(),
    }
}

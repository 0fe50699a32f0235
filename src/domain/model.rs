//! The records the rules work on, in English, as the store hands them over.
//!
//! These are staff-facing types. The patient-facing ones live in [`super::view`] and are built
//! so that they cannot hold a hidden column.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;

use super::credentials::HashParams;
use super::duration::{AccessExpiry, Minutes};
use crate::error::{Error, Result};
use crate::secret::Secret;

/// A staff member's role, as the clinic system names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    SuperAdmin,
    Dentist,
    Assistant,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::SuperAdmin => "super_admin",
            Role::Dentist => "dentista",
            Role::Assistant => "asistente",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "super_admin" => Some(Role::SuperAdmin),
            "dentista" => Some(Role::Dentist),
            "asistente" => Some(Role::Assistant),
            _ => None,
        }
    }
}

/// Whether an account (staff or patient) may be used: the clinic system's `estatus`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Status {
    #[serde(rename = "activo")]
    Active,
    #[serde(rename = "inactivo")]
    Inactive,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "activo",
            Status::Inactive => "inactivo",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        match text {
            "activo" => Some(Status::Active),
            "inactivo" => Some(Status::Inactive),
            _ => None,
        }
    }
}

/// A clinic staff member: the person on whose behalf a staff command runs.
#[derive(Debug, Clone)]
pub struct Staff {
    pub id: i64,
    pub clinic_id: Option<i64>,
    pub name: String,
    pub username: String,
    pub role: Role,
    pub status: Status,
}

impl Staff {
    /// Refuses a patient of another clinic. Only a super admin works across clinics.
    pub fn check_scope(&self, patient: &Patient) -> Result<()> {
        match self.clinic_id {
            None if self.role == Role::SuperAdmin => Ok(()),
            Some(clinic) if clinic == patient.clinic_id => Ok(()),
            _ => Err(Error::forbidden(format!("patient {} belongs to another clinic", patient.id))),
        }
    }

    /// The clinic whose patients a listing shows: the staff member's own, or every clinic
    /// (None) for a super admin.
    pub fn clinic_scope(&self) -> Option<i64> {
        if self.role == Role::SuperAdmin {
            None
        } else {
            self.clinic_id
        }
    }

    /// Policy and the audit trail are clinical governance: dentists and super admins handle
    /// them, assistants do not.
    pub fn check_may_govern(&self) -> Result<()> {
        match self.role {
            Role::SuperAdmin | Role::Dentist => Ok(()),
            Role::Assistant => Err(Error::forbidden(
                "only a dentist or a super admin may do this (change the policy, read the audit \
                 trail)",
            )),
        }
    }
}

/// A patient's record, as staff see it.
#[derive(Debug, Clone, Serialize)]
pub struct Patient {
    pub id: i64,
    pub clinic_id: i64,
    pub clinic_name: String,
    pub first_name: String,
    pub paternal_surname: String,
    pub maternal_surname: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub sex: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub curp: Option<String>,
}

impl Patient {
    pub fn full_name(&self) -> String {
        full_name(&self.first_name, &self.paternal_surname, self.maternal_surname.as_deref())
    }

    pub fn age_on(&self, today: NaiveDate) -> Option<u32> {
        self.birth_date.map(|born| age_on(born, today))
    }
}

pub fn full_name(first: &str, paternal: &str, maternal: Option<&str>) -> String {
    match maternal {
        Some(maternal) if !maternal.trim().is_empty() => format!("{first} {paternal} {maternal}"),
        _ => format!("{first} {paternal}"),
    }
}

/// Whole years from `born` to `today`.
pub fn age_on(born: NaiveDate, today: NaiveDate) -> u32 {
    let mut years = today.year() - born.year();
    if (today.month(), today.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

/// A patient's mobile access, with everything the rules need. It holds the password hash and
/// the token digest, so it never leaves the domain: staff see an [`AccessSummary`].
#[derive(Debug, Clone)]
pub struct Access {
    pub id: i64,
    pub patient_id: i64,
    pub clinic_id: i64,
    pub username: String,
    pub password_hash: String,
    pub token_digest: Option<String>,
    pub expires_at: Option<DateTime<Utc>>,
    pub status: Status,
    pub status_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub failed_sign_ins: u32,
    pub locked_until: Option<DateTime<Utc>>,
    pub must_change_password: bool,
    pub temporary_password_expires_at: Option<DateTime<Utc>>,
    pub token_issued_at: Option<DateTime<Utc>>,
    pub last_activity_at: Option<DateTime<Utc>>,
    pub last_sign_in_at: Option<DateTime<Utc>>,
    pub terms_version: Option<String>,
    pub terms_accepted_at: Option<DateTime<Utc>>,
    /// The base32 TOTP secret: pending while `totp_active` is false, None when there is none.
    pub totp_secret: Option<Secret>,
    pub totp_active: bool,
    /// The last time step whose code was accepted; an older or equal one is a replay.
    pub totp_last_step: Option<i64>,
}

impl Access {
    pub fn is_expired(&self, now: DateTime<Utc>) -> bool {
        self.expires_at.is_some_and(|end| end < now)
    }

    pub fn is_locked(&self, now: DateTime<Utc>) -> bool {
        self.locked_until.is_some_and(|until| until > now)
    }

    /// What staff may see of this access: everything but the secrets.
    pub fn summary(&self, patient_name: &str, now: DateTime<Utc>) -> AccessSummary {
        AccessSummary {
            patient_id: self.patient_id,
            patient_name: patient_name.to_string(),
            username: self.username.clone(),
            status: self.status,
            status_reason: self.status_reason.clone(),
            expires_at: self.expires_at,
            expired: self.is_expired(now),
            last_sign_in_at: self.last_sign_in_at,
            locked_until: self.locked_until.filter(|until| *until > now),
            failed_sign_ins: self.failed_sign_ins,
            must_change_password: self.must_change_password,
            has_session: self.token_digest.is_some(),
            two_factor: self.totp_active,
            created_at: self.created_at,
        }
    }
}

/// A patient's access as staff see it: no password hash, no token, no token digest, no TOTP
/// secret.
#[derive(Debug, Clone, Serialize)]
pub struct AccessSummary {
    pub patient_id: i64,
    pub patient_name: String,
    pub username: String,
    pub status: Status,
    pub status_reason: Option<String>,
    #[serde(with = "crate::domain::timestamp::optional")]
    pub expires_at: Option<DateTime<Utc>>,
    pub expired: bool,
    #[serde(with = "crate::domain::timestamp::optional")]
    pub last_sign_in_at: Option<DateTime<Utc>>,
    #[serde(with = "crate::domain::timestamp::optional")]
    pub locked_until: Option<DateTime<Utc>>,
    pub failed_sign_ins: u32,
    pub must_change_password: bool,
    pub has_session: bool,
    /// Whether sign-in asks for an authenticator code; the secret itself never leaves.
    pub two_factor: bool,
    #[serde(with = "crate::domain::timestamp::required")]
    pub created_at: DateTime<Utc>,
}

/// A clinic's settings for patient access.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    pub clinic_id: i64,
    pub access_expiry: AccessExpiry,
    pub temporary_password_lifetime: Minutes,
    pub session_lifetime: Minutes,
    pub idle_timeout: Minutes,
    pub max_failed_sign_ins: u32,
    pub lock_duration: Minutes,
    pub min_password_length: u32,
    pub hash: HashParams,
    pub show_prices: bool,
    pub terms_text: String,
    pub terms_version: String,
    pub require_two_factor: bool,
}

/// The defaults a new clinic starts with; schema.sql's column defaults say the same.
impl Default for Policy {
    fn default() -> Self {
        Policy {
            clinic_id: 0,
            access_expiry: AccessExpiry::After(super::duration::Span::Days(90)),
            temporary_password_lifetime: Minutes(7 * 24 * 60),
            session_lifetime: Minutes(24 * 60),
            idle_timeout: Minutes(30),
            max_failed_sign_ins: 5,
            lock_duration: Minutes(15),
            min_password_length: 15,
            hash: HashParams::DEFAULT,
            show_prices: false,
            terms_text: String::new(),
            terms_version: "1".into(),
            require_two_factor: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff(clinic: Option<i64>, role: Role) -> Staff {
        Staff {
            id: 1,
            clinic_id: clinic,
            name: "Ana".into(),
            username: "ana".into(),
            role,
            status: Status::Active,
        }
    }

    fn patient(clinic: i64) -> Patient {
        Patient {
            id: 12,
            clinic_id: clinic,
            clinic_name: "Clínica".into(),
            first_name: "Juan".into(),
            paternal_surname: "Pérez".into(),
            maternal_surname: Some("López".into()),
            birth_date: NaiveDate::from_ymd_opt(1990, 5, 12),
            sex: Some("M".into()),
            phone: None,
            email: None,
            address: None,
            curp: None,
        }
    }

    #[test]
    fn staff_work_within_their_clinic_and_a_super_admin_everywhere() {
        assert!(staff(Some(1), Role::Assistant).check_scope(&patient(1)).is_ok());
        let refused = staff(Some(1), Role::Dentist).check_scope(&patient(2)).unwrap_err();
        assert_eq!(refused.code(), "forbidden");
        assert!(staff(None, Role::SuperAdmin).check_scope(&patient(2)).is_ok());
        assert_eq!(staff(None, Role::SuperAdmin).clinic_scope(), None);
        assert_eq!(staff(Some(3), Role::Assistant).clinic_scope(), Some(3));
    }

    #[test]
    fn a_staff_member_without_a_clinic_who_is_not_super_admin_reaches_no_patient() {
        assert!(staff(None, Role::Dentist).check_scope(&patient(1)).is_err());
    }

    #[test]
    fn only_dentists_and_super_admins_govern() {
        assert!(staff(Some(1), Role::Dentist).check_may_govern().is_ok());
        assert!(staff(None, Role::SuperAdmin).check_may_govern().is_ok());
        assert!(staff(Some(1), Role::Assistant).check_may_govern().is_err());
    }

    #[test]
    fn age_counts_whole_years_and_the_birthday_itself() {
        let born = NaiveDate::from_ymd_opt(1990, 5, 12).unwrap();
        let on = |y, m, d| age_on(born, NaiveDate::from_ymd_opt(y, m, d).unwrap());
        assert_eq!(on(2026, 5, 11), 35);
        assert_eq!(on(2026, 5, 12), 36);
        assert_eq!(patient(1).full_name(), "Juan Pérez López");
    }
}

//! What a patient does: sign in, change the password, read the terms, view their records,
//! sign out. Also the staff preview of a patient's view.

use chrono::{DateTime, Utc};

use super::{App, Op};
use crate::domain::audit::{Actor, AuditEntry};
use crate::domain::credentials::{
    dummy_hash, generate_session_token, hash_password, params_of, token_digest, verify_password,
};
use crate::domain::model::{Access, Policy};
use crate::domain::password_rules::{check_new_password, PasswordContext};
use crate::domain::session::{
    check_account, check_second_factor, check_session, locked_error, session_end, FailureState,
    SecondFactor, Terms,
};
use crate::domain::view::{
    split_appointments, split_treatments, AppointmentsView, PatientView, Section, SignedInPatient,
    TreatmentsView, RECENT_ACTIVITY,
};
use crate::error::{Error, Result};
use crate::secret::Secret;

/// A session handed to a patient once, at sign-in.
#[derive(Debug)]
pub struct NewSession {
    pub token: Secret,
    pub expires_at: DateTime<Utc>,
    pub idle_timeout_seconds: i64,
}

/// The terms a patient is asked to accept.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TermsOfService {
    pub version: String,
    pub text: String,
    pub accepted: bool,
}

/// How long a username may be in the audit trail: enough for any real one, and a bound on
/// what a stranger can write there.
const AUDITED_USERNAME_CHARS: usize = 64;

impl App {
    /// Signs a patient in and issues a new session token; the old one stops working. `code` is
    /// the authenticator code, needed when the patient has turned two-factor sign-in on.
    pub fn login(
        &mut self,
        username: &str,
        password: &Secret,
        code: Option<&Secret>,
        accept_terms: bool,
    ) -> Result<NewSession> {
        self.run_committing(patient_audit("login", username), |op| {
            let (access, policy) = refuse_unless!(op.authenticate(username, password)?);
            refuse_unless!(op.second_factor(&access, &policy, code)?);
            let terms =
                refuse_unless!(check_account(&access, &policy, op.now, false, accept_terms));
            if policy.require_two_factor && !access.totp_active {
                return Ok(Err(Error::two_factor_setup_required(
                    &access.username,
                    "Your clinic requires two-factor sign-in. Set it up before signing in.",
                )));
            }
            // The moment the plaintext is at hand is the one chance to bring an old hash up
            // to the clinic's current cost.
            if params_of(&access.password_hash) != Some(policy.hash) {
                let hash = hash_password(password.expose(), policy.hash, op.rng)?;
                op.tx.set_chosen_password(access.id, &hash, op.now)?;
            }
            op.start_session(&access, &policy, terms).map(Ok)
        })
    }

    /// Replaces the patient's password (the temporary one, or one they chose) and signs them
    /// in. Nothing changes unless everything, the terms included, allows the sign-in; the one
    /// exception is a clinic that requires two-factor sign-in of a patient who has not set it
    /// up: the new password is kept, and no session is issued until they do.
    pub fn change_password(
        &mut self,
        username: &str,
        current: &Secret,
        new: &Secret,
        code: Option<&Secret>,
        accept_terms: bool,
    ) -> Result<NewSession> {
        self.run_committing(patient_audit("password.change", username), |op| {
            let (access, policy) = refuse_unless!(op.authenticate(username, current)?);
            refuse_unless!(op.second_factor(&access, &policy, code)?);
            let terms = refuse_unless!(check_account(&access, &policy, op.now, true, accept_terms));
            refuse_unless!(op.check_new_password(&access, &policy, new));

            let hash = hash_password(new.expose(), policy.hash, op.rng)?;
            op.tx.set_chosen_password(access.id, &hash, op.now)?;
            if policy.require_two_factor && !access.totp_active {
                if terms == Terms::AcceptNow {
                    op.tx.accept_terms(access.id, &policy.terms_version, op.now)?;
                }
                op.audit.detail = Some("password changed; two-factor set-up pending".into());
                return Ok(Err(Error::two_factor_setup_required(
                    &access.username,
                    "Your password was changed. Your clinic requires two-factor sign-in: set it \
                     up before signing in.",
                )));
            }
            op.start_session(&access, &policy, terms).map(Ok)
        })
    }

    /// The terms of the patient's clinic. The password is asked so that this cannot tell a
    /// stranger which usernames exist.
    pub fn terms_for(&mut self, username: &str, password: &Secret) -> Result<TermsOfService> {
        self.run_committing(patient_audit("terms.show", username), |op| {
            let (access, policy) = refuse_unless!(op.authenticate(username, password)?);
            Ok(Ok(TermsOfService {
                accepted: access.terms_version.as_deref() == Some(&policy.terms_version),
                version: policy.terms_version,
                text: policy.terms_text,
            }))
        })
    }

    /// Ends the session that `token` belongs to.
    pub fn logout(&mut self, token: &Secret) -> Result<()> {
        self.run(AuditEntry::new(Actor::Patient, "logout"), |op| {
            let access = op.session_access(token)?;
            op.tx.end_session(access.id, op.now)
        })
    }

    /// What the signed-in patient sees of `section`; refreshes the session's activity.
    pub fn view(&mut self, token: &Secret, section: Section) -> Result<PatientView> {
        self.run(AuditEntry::new(Actor::Patient, "patient.view"), |op| {
            op.audit.detail = Some(section_detail(section));
            let access = op.session_access(token)?;
            let policy = op.tx.policy(access.clinic_id)?;
            let patient = check_session(&access, &policy, op.now)?;
            op.tx.touch_session(access.id, op.now)?;
            op.build_view(patient, section, &policy)
        })
    }

    /// Exactly what the patient would see, for a staff member of their clinic.
    pub fn preview(
        &mut self,
        staff: Option<&str>,
        patient_id: i64,
        section: Section,
    ) -> Result<PatientView> {
        self.as_staff(staff, "patient.preview", |staff, op| {
            op.audit.detail = Some(section_detail(section));
            let (patient, _) = op.patient_for(staff, patient_id)?;
            let signed_in = SignedInPatient::for_preview(staff, &patient)?;
            let policy = op.tx.policy(patient.clinic_id)?;
            op.build_view(signed_in, section, &policy)
        })
    }
}

pub(crate) fn patient_audit(action: &'static str, username: &str) -> AuditEntry {
    let mut audit = AuditEntry::new(Actor::Patient, action);
    audit.patient_username = Some(username.chars().take(AUDITED_USERNAME_CHARS).collect());
    audit
}

fn section_detail(section: Section) -> String {
    match section {
        Section::Appointment(id) | Section::Treatment(id) => format!("{} {id}", section.name()),
        _ => section.name().to_string(),
    }
}

impl Op<'_, '_> {
    /// Checks a username and password, counting failures and locking as the policy says.
    /// The inner error is a refusal whose count must be committed. A correct password clears
    /// the count only of an account without two-factor sign-in; otherwise the code must be
    /// right too (see [`Op::second_factor`]).
    pub(crate) fn authenticate(
        &mut self,
        username: &str,
        password: &Secret,
    ) -> Result<Result<(Access, Policy)>> {
        let Some(access) = self.tx.access_by_username(username.trim())? else {
            return self.refuse_unknown_username(username.trim(), password);
        };
        self.audit.patient_id = Some(access.patient_id);
        self.audit.clinic_id = Some(access.clinic_id);
        let policy = self.tx.policy(access.clinic_id)?;
        let state = FailureState::from(&access);

        if let Some(until) = state.locked_until.filter(|_| state.is_locked(self.now)) {
            // Hashing anyway keeps a locked account as slow to answer as any other.
            verify_password(password.expose(), &access.password_hash);
            return Ok(Err(locked_error(until)));
        }
        if !verify_password(password.expose(), &access.password_hash) {
            let next = state.after_failure(&policy, self.now);
            self.tx.set_failures(access.id, next, self.now)?;
            return Ok(Err(self.failure_error(next)));
        }

        if state.failed_sign_ins > 0 && !access.totp_active {
            self.tx.clear_lock(access.id, self.now)?;
        }
        Ok(Ok((access, policy)))
    }

    /// Checks the authenticator code that follows a correct password. A wrong or replayed one
    /// is counted like a wrong password and gets the same answer; a missing one is asked for
    /// and counts nothing; a right one is remembered, so it cannot be used again, and clears
    /// the count. The inner error is a refusal whose count must be committed.
    pub(crate) fn second_factor(
        &mut self,
        access: &Access,
        policy: &Policy,
        code: Option<&Secret>,
    ) -> Result<Result<()>> {
        match check_second_factor(access, code, self.now) {
            SecondFactor::NotEnabled => Ok(Ok(())),
            SecondFactor::Missing => Ok(Err(Error::two_factor_code_required())),
            SecondFactor::Rejected => {
                let next = FailureState::from(access).after_failure(policy, self.now);
                self.tx.set_failures(access.id, next, self.now)?;
                if next.locked_until.is_none() {
                    self.audit.detail = Some("wrong authenticator code".into());
                }
                Ok(Err(self.failure_error(next)))
            }
            SecondFactor::Accepted(step) => {
                self.tx.accept_totp_step(access.id, step, self.now)?;
                if access.failed_sign_ins > 0 {
                    self.tx.clear_lock(access.id, self.now)?;
                }
                Ok(Ok(()))
            }
        }
    }

    /// An unknown username gets the same answer, in about the same time, as a wrong password,
    /// and is locked by the same count, so neither reveals whether an account exists.
    fn refuse_unknown_username(
        &mut self,
        username: &str,
        password: &Secret,
    ) -> Result<Result<(Access, Policy)>> {
        let policy = self.tx.strictest_lock_policy()?;
        verify_password(password.expose(), &dummy_hash(policy.hash));
        let state = self.tx.unknown_username_failures(username)?;
        if let Some(until) = state.locked_until.filter(|_| state.is_locked(self.now)) {
            return Ok(Err(locked_error(until)));
        }
        let next = state.after_failure(&policy, self.now);
        self.tx.set_unknown_username_failures(username, next, self.now)?;
        Ok(Err(self.failure_error(next)))
    }

    fn failure_error(&mut self, state: FailureState) -> Error {
        match state.locked_until {
            Some(until) => {
                self.audit.detail =
                    Some(format!("locked after {} failures", state.failed_sign_ins));
                locked_error(until)
            }
            None => Error::invalid_credentials(),
        }
    }

    fn check_new_password(&self, access: &Access, policy: &Policy, new: &Secret) -> Result<()> {
        let patient = self.tx.patient(access.patient_id)?.map(|(patient, _)| patient);
        let names: Vec<&str> = patient
            .iter()
            .flat_map(|p| {
                [
                    Some(p.first_name.as_str()),
                    Some(&p.paternal_surname),
                    p.maternal_surname.as_deref(),
                ]
            })
            .flatten()
            .collect();
        let context = PasswordContext {
            username: &access.username,
            names: &names,
            curp: patient.as_ref().and_then(|p| p.curp.as_deref()),
            birth_date: patient.as_ref().and_then(|p| p.birth_date),
            min_length: policy.min_password_length as usize,
        };
        check_new_password(new.expose(), &context)?;
        if verify_password(new.expose(), &access.password_hash) {
            return Err(Error::invalid_input("the new password must differ from the current one"));
        }
        Ok(())
    }

    /// Issues a new token (the old one stops working) and records the acceptance of the terms
    /// when the patient gave it now.
    fn start_session(
        &mut self,
        access: &Access,
        policy: &Policy,
        terms: Terms,
    ) -> Result<NewSession> {
        if terms == Terms::AcceptNow {
            self.tx.accept_terms(access.id, &policy.terms_version, self.now)?;
            self.audit.detail = Some(format!("accepted terms version {}", policy.terms_version));
        }
        let token = generate_session_token(self.rng);
        self.tx.start_session(access.id, &token_digest(token.expose()), self.now)?;
        Ok(NewSession {
            token,
            expires_at: session_end(access, policy, self.now),
            idle_timeout_seconds: policy.idle_timeout.as_seconds(),
        })
    }

    /// The access whose current session `token` is; any other token is an expired session.
    fn session_access(&mut self, token: &Secret) -> Result<Access> {
        let access = self
            .tx
            .access_by_token_digest(&token_digest(token.expose().trim()))?
            .ok_or_else(Error::session_expired)?;
        self.audit.patient_id = Some(access.patient_id);
        self.audit.clinic_id = Some(access.clinic_id);
        self.audit.patient_username = Some(access.username.clone());
        Ok(access)
    }

    fn build_view(
        &mut self,
        patient: SignedInPatient,
        section: Section,
        policy: &Policy,
    ) -> Result<PatientView> {
        let tx = self.tx;
        let now = self.now;
        let mut view = PatientView { section: section.name(), ..PatientView::default() };
        match section {
            Section::Dashboard => {
                let mut appointments = split_appointments(tx.view_appointments(patient)?, now);
                appointments.history.truncate(RECENT_ACTIVITY);
                let treatments = split_treatments(tx.view_treatments(patient, policy.show_prices)?);
                view.patient = Some(tx.view_profile(patient, now.date_naive())?);
                view.clinic = Some(tx.view_clinic(patient)?);
                view.next_appointment = appointments.upcoming.first().cloned();
                view.appointments = Some(appointments);
                view.treatments =
                    Some(TreatmentsView { active: treatments.active, completed: vec![] });
            }
            Section::Profile => {
                view.patient = Some(tx.view_profile(patient, now.date_naive())?);
                view.clinic = Some(tx.view_clinic(patient)?);
                view.medical_history = Some(tx.view_medical_history(patient)?);
            }
            Section::Appointments => {
                let appointments = split_appointments(tx.view_appointments(patient)?, now);
                view.next_appointment = appointments.upcoming.first().cloned();
                view.appointments = Some(appointments);
                view.clinic = Some(tx.view_clinic(patient)?);
            }
            Section::Appointment(id) => {
                let appointment = tx
                    .view_appointment(patient, id)?
                    .ok_or_else(|| Error::not_found(format!("there is no appointment {id}")))?;
                view.appointments = Some(split_appointments(vec![appointment], now));
                view.clinic = Some(tx.view_clinic(patient)?);
            }
            Section::Treatments => {
                view.treatments =
                    Some(split_treatments(tx.view_treatments(patient, policy.show_prices)?));
            }
            Section::Treatment(id) => {
                let treatment = tx
                    .view_treatment(patient, id, policy.show_prices)?
                    .ok_or_else(|| Error::not_found(format!("there is no treatment {id}")))?;
                view.treatments = Some(split_treatments(vec![treatment]));
            }
            Section::History => {
                view.medical_history = Some(tx.view_medical_history(patient)?);
            }
        }
        Ok(view)
    }
}

impl AppointmentsView {
    pub fn is_empty(&self) -> bool {
        self.upcoming.is_empty() && self.history.is_empty()
    }
}

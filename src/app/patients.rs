//! Finding and verifying patients: step 1 of giving a patient access.

use chrono::NaiveDate;
use serde::Serialize;

use super::App;
use crate::domain::model::{Patient, Status};
use crate::domain::text::fold;
use crate::error::Result;

/// A patient as the front desk sees them in a list or a verification.
#[derive(Debug, Clone, Serialize)]
pub struct PatientSummary {
    pub id: i64,
    pub name: String,
    pub birth_date: Option<NaiveDate>,
    pub age: Option<u32>,
    pub clinic_id: i64,
    pub clinic: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// The status of the patient's mobile access; None when they have none.
    pub access: Option<Status>,
}

impl PatientSummary {
    fn new(patient: &Patient, access: Option<Status>, today: NaiveDate) -> Self {
        PatientSummary {
            id: patient.id,
            name: patient.full_name(),
            birth_date: patient.birth_date,
            age: patient.age_on(today),
            clinic_id: patient.clinic_id,
            clinic: patient.clinic_name.clone(),
            phone: patient.phone.clone(),
            email: patient.email.clone(),
            access,
        }
    }
}

/// What `patient list` filters by.
#[derive(Debug, Clone, Default)]
pub struct PatientFilter {
    pub search: Option<String>,
    pub without_access: bool,
}

impl App {
    /// Checks that the patient exists and belongs to the staff member's clinic.
    pub fn verify_patient(&mut self, staff: Option<&str>, id: i64) -> Result<PatientSummary> {
        self.as_staff(staff, "patient.verify", |staff, op| {
            let (patient, access) = op.patient_for(staff, id)?;
            Ok(PatientSummary::new(&patient, access, op.now.date_naive()))
        })
    }

    /// The patients of the staff member's clinic (of every clinic for a super admin).
    pub fn list_patients(
        &mut self,
        staff: Option<&str>,
        filter: &PatientFilter,
    ) -> Result<Vec<PatientSummary>> {
        let needle = filter.search.as_deref().map(fold);
        self.as_staff(staff, "patient.list", |staff, op| {
            op.audit.detail = filter.search.as_ref().map(|text| format!("search: {text}"));
            let today = op.now.date_naive();
            let patients = op.tx.patients(staff.clinic_scope())?;
            Ok(patients
                .into_iter()
                .filter(|(_, access)| !filter.without_access || access.is_none())
                .filter(|(patient, _)| needle.as_deref().is_none_or(|n| matches(patient, n)))
                .map(|(patient, access)| PatientSummary::new(&patient, access, today))
                .collect())
        })
    }
}

/// Whether a patient's name, CURP, email, phone or id contains the folded search text.
fn matches(patient: &Patient, needle: &str) -> bool {
    let haystack = [
        Some(patient.full_name()),
        patient.curp.clone(),
        patient.email.clone(),
        patient.phone.clone(),
        Some(patient.id.to_string()),
    ];
    haystack.iter().flatten().any(|field| fold(field).contains(needle))
}

impl App {
    /// The newest rows of the audit trail of the staff member's clinic (all clinics for a
    /// super admin), optionally about one patient. Dentists and super admins only: the trail
    /// says who looked at which patient's records.
    pub fn audit_trail(
        &mut self,
        staff: Option<&str>,
        patient: Option<i64>,
        limit: u32,
    ) -> Result<Vec<crate::store::audit::AuditRow>> {
        self.as_staff(staff, "audit.read", |staff, op| {
            staff.check_may_govern()?;
            if let Some(id) = patient {
                op.patient_for(staff, id)?;
            }
            op.tx.audit_rows(staff.clinic_scope(), patient, limit)
        })
    }
}

//! What a patient sees: the patient-facing view model.
//!
//! These types are the whole of what `patient view` can print. None of them has a field for a
//! hidden column (internal or clinical notes, diagnosis codes, private notes, diagnostic
//! evaluations, x-ray interpretations), so adding a column to a query cannot leak one: there is
//! nowhere to put it. The two columns a clinic may choose to show arrive already filtered by
//! the query: a treatment's cost only when the clinic's policy shows prices, and the
//! recommendations only when the dentist marked them shared.
//!
//! Every query that fills them takes a [`SignedInPatient`], which only a checked session (or a
//! staff preview that passed the clinic check) can make, so no patient id from input reaches
//! them.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::model::{Patient, Staff};
use crate::error::Result;

/// The patient a view is for: made only by a valid session or a permitted staff preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignedInPatient {
    id: i64,
}

impl SignedInPatient {
    pub(in crate::domain) fn new(id: i64) -> Self {
        SignedInPatient { id }
    }

    /// The patient whose view a staff member previews, once their clinic is checked.
    pub fn for_preview(staff: &Staff, patient: &Patient) -> Result<Self> {
        staff.check_scope(patient)?;
        Ok(SignedInPatient::new(patient.id))
    }

    pub fn id(self) -> i64 {
        self.id
    }
}

/// A part of the view, as `patient view [SECTION]` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Dashboard,
    Profile,
    Appointments,
    Appointment(i64),
    Treatments,
    Treatment(i64),
    History,
}

impl Section {
    pub fn name(self) -> &'static str {
        match self {
            Section::Dashboard => "dashboard",
            Section::Profile => "profile",
            Section::Appointments => "appointments",
            Section::Appointment(_) => "appointment",
            Section::Treatments => "treatments",
            Section::Treatment(_) => "treatment",
            Section::History => "history",
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ProfileView {
    pub full_name: String,
    pub first_name: String,
    pub paternal_surname: String,
    pub maternal_surname: Option<String>,
    pub sex: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub age: Option<u32>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub curp: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ClinicView {
    pub name: String,
    pub address: Option<String>,
    pub phone: Option<String>,
    /// A maps search for the clinic's address, for directions.
    pub directions_url: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentStatus {
    Scheduled,
    Completed,
    Cancelled,
}

impl AppointmentStatus {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "programada" => Some(AppointmentStatus::Scheduled),
            "completada" => Some(AppointmentStatus::Completed),
            "cancelada" => Some(AppointmentStatus::Cancelled),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AppointmentStatus::Scheduled => "scheduled",
            AppointmentStatus::Completed => "completed",
            AppointmentStatus::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AppointmentView {
    pub id: i64,
    #[serde(with = "super::timestamp::required")]
    pub starts_at: DateTime<Utc>,
    pub dentist: String,
    pub reason: Option<String>,
    pub status: AppointmentStatus,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum TreatmentStatus {
    Active,
    Completed,
}

impl TreatmentStatus {
    /// Cancelled plans are not part of what a patient sees, so they map to nothing.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "activo" => Some(TreatmentStatus::Active),
            "completado" => Some(TreatmentStatus::Completed),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            TreatmentStatus::Active => "active",
            TreatmentStatus::Completed => "completed",
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TreatmentView {
    pub id: i64,
    pub name: String,
    pub description: Option<String>,
    pub procedure: Option<String>,
    pub status: TreatmentStatus,
    pub progress_percent: u8,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub dentist: String,
    /// Present only when the clinic's policy shows prices to patients.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QuestionAnswer {
    pub question: String,
    pub answer: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct MedicalHistoryView {
    pub allergies: Option<String>,
    pub medications: Option<String>,
    pub conditions: Option<String>,
    pub questionnaire: Vec<QuestionAnswer>,
    /// Present only when the dentist shared them.
    pub recommendations: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct AppointmentsView {
    pub upcoming: Vec<AppointmentView>,
    pub history: Vec<AppointmentView>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct TreatmentsView {
    pub active: Vec<TreatmentView>,
    pub completed: Vec<TreatmentView>,
}

/// One screen of the view. Every key is always present; a section fills the ones it shows and
/// leaves the rest null.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct PatientView {
    pub section: &'static str,
    pub patient: Option<ProfileView>,
    pub clinic: Option<ClinicView>,
    pub next_appointment: Option<AppointmentView>,
    pub appointments: Option<AppointmentsView>,
    pub treatments: Option<TreatmentsView>,
    pub medical_history: Option<MedicalHistoryView>,
}

/// How many past appointments the dashboard lists as recent activity.
pub const RECENT_ACTIVITY: usize = 3;

/// Splits appointments (in any order) into upcoming ones, soonest first, and the history,
/// newest first. A cancelled appointment in the future is history, not something to attend.
pub fn split_appointments(mut all: Vec<AppointmentView>, now: DateTime<Utc>) -> AppointmentsView {
    all.sort_by_key(|appointment| appointment.starts_at);
    let (upcoming, mut history): (Vec<_>, Vec<_>) = all.into_iter().partition(|appointment| {
        appointment.starts_at >= now && appointment.status == AppointmentStatus::Scheduled
    });
    history.reverse();
    AppointmentsView { upcoming, history }
}

pub fn split_treatments(all: Vec<TreatmentView>) -> TreatmentsView {
    let (active, completed) =
        all.into_iter().partition(|treatment| treatment.status == TreatmentStatus::Active);
    TreatmentsView { active, completed }
}

/// A maps search link for an address, so a patient can get directions to the clinic.
pub fn directions_url(address: &str) -> String {
    let mut query = String::new();
    for byte in address.trim().bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                query.push(byte as char)
            }
            b' ' => query.push('+'),
            _ => query.push_str(&format!("%{byte:02X}")),
        }
    }
    format!("https://www.google.com/maps/search/?api=1&query={query}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn appointment(id: i64, day: u32, status: AppointmentStatus) -> AppointmentView {
        AppointmentView {
            id,
            starts_at: Utc.with_ymd_and_hms(2027, 1, day, 10, 0, 0).unwrap(),
            dentist: "Dra. Ana".into(),
            reason: None,
            status,
        }
    }

    #[test]
    fn upcoming_is_soonest_first_and_history_newest_first() {
        let now = Utc.with_ymd_and_hms(2027, 1, 15, 0, 0, 0).unwrap();
        let all = vec![
            appointment(1, 20, AppointmentStatus::Scheduled),
            appointment(2, 3, AppointmentStatus::Completed),
            appointment(3, 16, AppointmentStatus::Scheduled),
            appointment(4, 10, AppointmentStatus::Cancelled),
            appointment(5, 25, AppointmentStatus::Cancelled),
        ];
        let split = split_appointments(all, now);
        let ids = |list: &[AppointmentView]| list.iter().map(|a| a.id).collect::<Vec<_>>();
        assert_eq!(ids(&split.upcoming), [3, 1]);
        assert_eq!(ids(&split.history), [5, 4, 2]);
    }

    #[test]
    fn directions_url_encodes_the_address() {
        assert_eq!(
            directions_url("Av. Juárez 12, Centro"),
            "https://www.google.com/maps/search/?api=1&query=Av.+Ju%C3%A1rez+12%2C+Centro"
        );
    }
}

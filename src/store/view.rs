//! The queries behind what a patient sees.
//!
//! Every function takes the [`SignedInPatient`] and filters by its id first; none takes a
//! patient id from input. Each selects only the columns its view type has a field for, and the
//! two columns a clinic may show are filtered here, in SQL: a treatment's cost is selected only
//! when asked for, and the recommendations only when the dentist shared them.

use rusqlite::{params, OptionalExtension, Row};

use super::{date_at, required_time_at, word_at, Tx};
use crate::domain::model::{age_on, full_name};
use crate::domain::view::{
    directions_url, AppointmentStatus, AppointmentView, ClinicView, MedicalHistoryView,
    ProfileView, QuestionAnswer, SignedInPatient, TreatmentStatus, TreatmentView,
};
use crate::error::{Error, Kind, Result};

const APPOINTMENT_COLUMNS: &str =
    "c.id_cita, c.fecha_hora, u.nombre, c.motivo, c.estatus FROM cita c \
     JOIN usuario u ON u.id_usuario = c.id_dentista";

fn appointment_from(row: &Row<'_>) -> rusqlite::Result<AppointmentView> {
    Ok(AppointmentView {
        id: row.get(0)?,
        starts_at: required_time_at(row, 1)?,
        dentist: row.get(2)?,
        reason: row.get(3)?,
        status: word_at(row, 4, AppointmentStatus::parse)?,
    })
}

// Only active and completed plans are the patient's to see; the cost column is selected only
// when ?2 (the clinic shows prices) is set.
const TREATMENT_COLUMNS: &str =
    "t.id_tratamiento, t.nombre, t.descripcion, t.procedimiento, t.estatus, t.avance, \
     t.fecha_inicio, t.fecha_fin, u.nombre, CASE WHEN ?2 THEN t.costo END \
     FROM tratamiento t JOIN usuario u ON u.id_usuario = t.id_dentista";

fn treatment_from(row: &Row<'_>) -> rusqlite::Result<TreatmentView> {
    Ok(TreatmentView {
        id: row.get(0)?,
        name: row.get(1)?,
        description: row.get(2)?,
        procedure: row.get(3)?,
        status: word_at(row, 4, TreatmentStatus::parse)?,
        progress_percent: row.get(5)?,
        start_date: date_at(row, 6)?,
        end_date: date_at(row, 7)?,
        dentist: row.get(8)?,
        cost: row.get(9)?,
    })
}

impl Tx<'_> {
    pub fn view_profile(
        &self,
        patient: SignedInPatient,
        today: chrono::NaiveDate,
    ) -> Result<ProfileView> {
        let mut statement = self.conn().prepare_cached(
            "SELECT nombre, apellido_paterno, apellido_materno, sexo, fecha_nacimiento,
                    telefono, email, direccion, curp
             FROM paciente WHERE id_paciente = ?1",
        )?;
        let profile = statement
            .query_row([patient.id()], |row| {
                let first_name: String = row.get(0)?;
                let paternal_surname: String = row.get(1)?;
                let maternal_surname: Option<String> = row.get(2)?;
                let birth_date = date_at(row, 4)?;
                Ok(ProfileView {
                    full_name: full_name(
                        &first_name,
                        &paternal_surname,
                        maternal_surname.as_deref(),
                    ),
                    first_name,
                    paternal_surname,
                    maternal_surname,
                    sex: row.get(3)?,
                    birth_date,
                    age: birth_date.map(|born| age_on(born, today)),
                    phone: row.get(5)?,
                    email: row.get(6)?,
                    address: row.get(7)?,
                    curp: row.get(8)?,
                })
            })
            .optional()?;
        profile.ok_or_else(|| Error::new(Kind::Database, "the signed-in patient has no record"))
    }

    pub fn view_clinic(&self, patient: SignedInPatient) -> Result<ClinicView> {
        let mut statement = self.conn().prepare_cached(
            "SELECT c.nombre, c.direccion, c.telefono
             FROM paciente p JOIN clinica c ON c.id_clinica = p.id_clinica
             WHERE p.id_paciente = ?1",
        )?;
        let clinic = statement
            .query_row([patient.id()], |row| {
                let address: Option<String> = row.get(1)?;
                Ok(ClinicView {
                    name: row.get(0)?,
                    directions_url: address.as_deref().map(directions_url),
                    address,
                    phone: row.get(2)?,
                })
            })
            .optional()?;
        clinic.ok_or_else(|| Error::new(Kind::Database, "the signed-in patient has no clinic"))
    }

    pub fn view_appointments(&self, patient: SignedInPatient) -> Result<Vec<AppointmentView>> {
        let sql =
            format!("SELECT {APPOINTMENT_COLUMNS} WHERE c.id_paciente = ?1 ORDER BY c.fecha_hora");
        let mut statement = self.conn().prepare_cached(&sql)?;
        let rows = statement.query_map([patient.id()], appointment_from)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One appointment of the patient's; another patient's is as absent as a missing one.
    pub fn view_appointment(
        &self,
        patient: SignedInPatient,
        appointment_id: i64,
    ) -> Result<Option<AppointmentView>> {
        let sql =
            format!("SELECT {APPOINTMENT_COLUMNS} WHERE c.id_paciente = ?1 AND c.id_cita = ?2");
        let mut statement = self.conn().prepare_cached(&sql)?;
        Ok(statement.query_row([patient.id(), appointment_id], appointment_from).optional()?)
    }

    pub fn view_treatments(
        &self,
        patient: SignedInPatient,
        show_prices: bool,
    ) -> Result<Vec<TreatmentView>> {
        let sql = format!(
            "SELECT {TREATMENT_COLUMNS}
             WHERE t.id_paciente = ?1 AND t.estatus IN ('activo', 'completado')
             ORDER BY t.fecha_inicio DESC, t.id_tratamiento DESC"
        );
        let mut statement = self.conn().prepare_cached(&sql)?;
        let rows = statement.query_map(params![patient.id(), show_prices], treatment_from)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One treatment of the patient's; another patient's is as absent as a missing one.
    pub fn view_treatment(
        &self,
        patient: SignedInPatient,
        treatment_id: i64,
        show_prices: bool,
    ) -> Result<Option<TreatmentView>> {
        let sql = format!(
            "SELECT {TREATMENT_COLUMNS}
             WHERE t.id_paciente = ?1 AND t.id_tratamiento = ?3
               AND t.estatus IN ('activo', 'completado')"
        );
        let mut statement = self.conn().prepare_cached(&sql)?;
        let values = params![patient.id(), show_prices, treatment_id];
        Ok(statement.query_row(values, treatment_from).optional()?)
    }

    pub fn view_medical_history(&self, patient: SignedInPatient) -> Result<MedicalHistoryView> {
        let mut statement = self.conn().prepare_cached(
            "SELECT alergias, medicamentos, padecimientos,
                    CASE WHEN recomendaciones_compartidas = 1 THEN recomendaciones END
             FROM historial_medico WHERE id_paciente = ?1",
        )?;
        let history = statement
            .query_row([patient.id()], |row| {
                Ok(MedicalHistoryView {
                    allergies: row.get(0)?,
                    medications: row.get(1)?,
                    conditions: row.get(2)?,
                    questionnaire: Vec::new(),
                    recommendations: row.get(3)?,
                })
            })
            .optional()?;
        let mut history = history.unwrap_or_default();

        let mut statement = self.conn().prepare_cached(
            "SELECT pregunta, respuesta FROM cuestionario_salud
             WHERE id_paciente = ?1 ORDER BY orden, id_respuesta",
        )?;
        let answers = statement.query_map([patient.id()], |row| {
            Ok(QuestionAnswer { question: row.get(0)?, answer: row.get(1)? })
        })?;
        history.questionnaire = answers.collect::<rusqlite::Result<_>>()?;
        Ok(history)
    }
}

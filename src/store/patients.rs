//! Patients as staff see them (`paciente` joined with `clinica` and `acceso_movil`).

use rusqlite::{OptionalExtension, Row};

use super::{date_at, Tx};
use crate::domain::model::{Patient, Status};
use crate::error::Result;

const PATIENT_COLUMNS: &str = "p.id_paciente, p.id_clinica, c.nombre, p.nombre, \
     p.apellido_paterno, p.apellido_materno, p.fecha_nacimiento, p.sexo, p.telefono, p.email, \
     p.direccion, p.curp, a.estatus";

fn patient_from(row: &Row<'_>) -> rusqlite::Result<(Patient, Option<Status>)> {
    let patient = Patient {
        id: row.get(0)?,
        clinic_id: row.get(1)?,
        clinic_name: row.get(2)?,
        first_name: row.get(3)?,
        paternal_surname: row.get(4)?,
        maternal_surname: row.get(5)?,
        birth_date: date_at(row, 6)?,
        sex: row.get(7)?,
        phone: row.get(8)?,
        email: row.get(9)?,
        address: row.get(10)?,
        curp: row.get(11)?,
    };
    let access: Option<String> = row.get(12)?;
    Ok((patient, access.as_deref().and_then(Status::parse)))
}

impl Tx<'_> {
    /// A patient and the status of their mobile access, if they have one.
    pub fn patient(&self, id: i64) -> Result<Option<(Patient, Option<Status>)>> {
        let sql = format!(
            "SELECT {PATIENT_COLUMNS} FROM paciente p
             JOIN clinica c ON c.id_clinica = p.id_clinica
             LEFT JOIN acceso_movil a ON a.id_paciente = p.id_paciente
             WHERE p.id_paciente = ?1"
        );
        let mut statement = self.conn().prepare_cached(&sql)?;
        Ok(statement.query_row([id], patient_from).optional()?)
    }

    /// Every patient of `clinic` (of every clinic when None), by surname.
    pub fn patients(&self, clinic: Option<i64>) -> Result<Vec<(Patient, Option<Status>)>> {
        let sql = format!(
            "SELECT {PATIENT_COLUMNS} FROM paciente p
             JOIN clinica c ON c.id_clinica = p.id_clinica
             LEFT JOIN acceso_movil a ON a.id_paciente = p.id_paciente
             WHERE ?1 IS NULL OR p.id_clinica = ?1
             ORDER BY p.apellido_paterno, p.apellido_materno, p.nombre, p.id_paciente"
        );
        let mut statement = self.conn().prepare_cached(&sql)?;
        let rows = statement.query_map([clinic], patient_from)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

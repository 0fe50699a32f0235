//! Clinics and their staff (`clinica`, `usuario`).

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use super::{db_time, word_at, Tx};
use crate::domain::model::{Role, Staff, Status};
use crate::error::Result;

/// A clinic as patients and staff see it.
#[derive(Debug, Clone)]
pub struct Clinic {
    pub id: i64,
    pub name: String,
    pub address: Option<String>,
    pub phone: Option<String>,
}

impl Tx<'_> {
    /// The staff member who signs in as `username`, compared without regard to case.
    pub fn staff_by_username(&self, username: &str) -> Result<Option<Staff>> {
        let mut statement = self.conn().prepare_cached(
            "SELECT id_usuario, id_clinica, nombre, usuario, rol, estatus
             FROM usuario WHERE usuario = ?1",
        )?;
        let staff = statement
            .query_row([username], |row| {
                Ok(Staff {
                    id: row.get(0)?,
                    clinic_id: row.get(1)?,
                    name: row.get(2)?,
                    username: row.get(3)?,
                    role: word_at(row, 4, Role::parse)?,
                    status: word_at(row, 5, Status::parse)?,
                })
            })
            .optional()?;
        Ok(staff)
    }

    pub fn clinic_count(&self) -> Result<i64> {
        Ok(self.conn().query_row("SELECT count(*) FROM clinica", [], |row| row.get(0))?)
    }

    pub fn clinic(&self, id: i64) -> Result<Option<Clinic>> {
        let mut statement = self.conn().prepare_cached(
            "SELECT id_clinica, nombre, direccion, telefono FROM clinica WHERE id_clinica = ?1",
        )?;
        let clinic = statement
            .query_row([id], |row| {
                Ok(Clinic {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    address: row.get(2)?,
                    phone: row.get(3)?,
                })
            })
            .optional()?;
        Ok(clinic)
    }

    pub fn insert_clinic(&self, name: &str, now: DateTime<Utc>) -> Result<i64> {
        self.conn().execute(
            "INSERT INTO clinica (nombre, created_at, updated_at) VALUES (?1, ?2, ?2)",
            params![name, db_time(now)],
        )?;
        Ok(self.conn().last_insert_rowid())
    }

    pub fn insert_staff(
        &self,
        clinic_id: Option<i64>,
        name: &str,
        username: &str,
        role: Role,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        self.conn().execute(
            "INSERT INTO usuario (id_clinica, nombre, usuario, rol, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![clinic_id, name, username, role.as_str(), db_time(now)],
        )?;
        Ok(self.conn().last_insert_rowid())
    }
}

impl Tx<'_> {
    pub fn clinic_by_name(&self, name: &str) -> Result<Option<i64>> {
        let mut statement =
            self.conn().prepare_cached("SELECT id_clinica FROM clinica WHERE nombre = ?1")?;
        Ok(statement.query_row([name], |row| row.get(0)).optional()?)
    }
}

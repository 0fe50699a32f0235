//! The audit trail (`auditoria`). Rows are only appended; the schema's triggers refuse updates
//! and deletes.

use chrono::{DateTime, Utc};
use rusqlite::params;

use super::{db_time, Tx};
use crate::domain::audit::AuditEntry;
use crate::error::Result;

/// One stored row, as `acceso audit` shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AuditRow {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub staff: Option<String>,
    pub username: Option<String>,
    pub patient_id: Option<i64>,
    pub clinic_id: Option<i64>,
    pub action: String,
    pub outcome: String,
    pub detail: Option<String>,
}

impl Tx<'_> {
    /// Appends `entry` with its outcome: `ok`, or the code of the error it ended with.
    pub fn append_audit(
        &self,
        entry: &AuditEntry,
        outcome: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let mut statement = self.conn().prepare_cached(
            "INSERT INTO auditoria (fecha, actor, id_usuario, usuario_staff, usuario_movil,
                                    id_paciente, id_clinica, accion, resultado, detalle)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        statement.execute(params![
            db_time(now),
            entry.actor.as_str(),
            entry.staff_id,
            entry.staff_username,
            entry.patient_username,
            entry.patient_id,
            entry.clinic_id,
            entry.action.as_ref(),
            outcome,
            entry.detail,
        ])?;
        Ok(())
    }

    /// The newest `limit` rows, within one clinic unless `clinic` is None, optionally for one
    /// patient.
    pub fn audit_rows(
        &self,
        clinic: Option<i64>,
        patient: Option<i64>,
        limit: u32,
    ) -> Result<Vec<AuditRow>> {
        let mut statement = self.conn().prepare_cached(
            "SELECT id_auditoria, fecha, actor, usuario_staff, usuario_movil, id_paciente,
                    id_clinica, accion, resultado, detalle
             FROM auditoria
             WHERE (?1 IS NULL OR id_clinica = ?1) AND (?2 IS NULL OR id_paciente = ?2)
             ORDER BY id_auditoria DESC LIMIT ?3",
        )?;
        let rows = statement.query_map(params![clinic, patient, limit], |row| {
            Ok(AuditRow {
                id: row.get(0)?,
                at: row.get(1)?,
                actor: row.get(2)?,
                staff: row.get(3)?,
                username: row.get(4)?,
                patient_id: row.get(5)?,
                clinic_id: row.get(6)?,
                action: row.get(7)?,
                outcome: row.get(8)?,
                detail: row.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

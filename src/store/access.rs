//! Patients' mobile access (`acceso_movil`) and the failed-sign-in counts of unknown usernames
//! (`intento_desconocido`).
//!
//! Usernames are compared without regard to case: the columns are `COLLATE NOCASE`, so every
//! `=` on them here is too.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Row};

use super::{db_time, required_time_at, time_at, word_at, Tx};
use crate::domain::model::{Access, Status};
use crate::domain::session::FailureState;
use crate::error::Result;
use crate::secret::Secret;

const ACCESS_COLUMNS: &str = "a.id_acceso, a.id_paciente, p.id_clinica, a.usuario_movil, \
     a.password, a.token, a.fecha_expiracion, a.estatus, a.motivo_estatus, a.created_at, \
     a.updated_at, a.intentos_fallidos, a.bloqueado_hasta, a.debe_cambiar_password, \
     a.password_temporal_expira, a.token_emitido, a.ultima_actividad, a.ultimo_acceso, \
     a.terminos_version, a.terminos_aceptados, a.totp_secreto, a.totp_activo, \
     a.totp_ultimo_paso";

fn access_from(row: &Row<'_>) -> rusqlite::Result<Access> {
    Ok(Access {
        id: row.get(0)?,
        patient_id: row.get(1)?,
        clinic_id: row.get(2)?,
        username: row.get(3)?,
        password_hash: row.get(4)?,
        token_digest: row.get(5)?,
        expires_at: time_at(row, 6)?,
        status: word_at(row, 7, Status::parse)?,
        status_reason: row.get(8)?,
        created_at: required_time_at(row, 9)?,
        updated_at: required_time_at(row, 10)?,
        failed_sign_ins: row.get(11)?,
        locked_until: time_at(row, 12)?,
        must_change_password: row.get(13)?,
        temporary_password_expires_at: time_at(row, 14)?,
        token_issued_at: time_at(row, 15)?,
        last_activity_at: time_at(row, 16)?,
        last_sign_in_at: time_at(row, 17)?,
        terms_version: row.get(18)?,
        terms_accepted_at: time_at(row, 19)?,
        totp_secret: row.get::<_, Option<String>>(20)?.map(Secret::new),
        totp_active: row.get(21)?,
        totp_last_step: row.get(22)?,
    })
}

/// A new access, as `access create` and `access batch` write it.
pub struct NewAccess<'a> {
    pub patient_id: i64,
    pub username: &'a str,
    pub password_hash: &'a str,
    pub expires_at: Option<DateTime<Utc>>,
    pub temporary_password_expires_at: DateTime<Utc>,
}

impl Tx<'_> {
    fn access_where(&self, condition: &str, value: &dyn rusqlite::ToSql) -> Result<Option<Access>> {
        let sql = format!(
            "SELECT {ACCESS_COLUMNS} FROM acceso_movil a
             JOIN paciente p ON p.id_paciente = a.id_paciente WHERE {condition}"
        );
        let mut statement = self.conn().prepare_cached(&sql)?;
        Ok(statement.query_row([value], access_from).optional()?)
    }

    pub fn access_by_patient(&self, patient_id: i64) -> Result<Option<Access>> {
        self.access_where("a.id_paciente = ?1", &patient_id)
    }

    pub fn access_by_username(&self, username: &str) -> Result<Option<Access>> {
        self.access_where("a.usuario_movil = ?1", &username)
    }

    pub fn access_by_token_digest(&self, digest: &str) -> Result<Option<Access>> {
        self.access_where("a.token = ?1", &digest)
    }

    /// Every access of `clinic` (of every clinic when None), with the patient's full name.
    pub fn accesses(&self, clinic: Option<i64>) -> Result<Vec<(Access, String)>> {
        let sql = format!(
            "SELECT {ACCESS_COLUMNS}, p.nombre || ' ' || p.apellido_paterno
                    || coalesce(' ' || p.apellido_materno, '')
             FROM acceso_movil a JOIN paciente p ON p.id_paciente = a.id_paciente
             WHERE ?1 IS NULL OR p.id_clinica = ?1
             ORDER BY a.id_paciente"
        );
        let mut statement = self.conn().prepare_cached(&sql)?;
        let rows = statement.query_map([clinic], |row| Ok((access_from(row)?, row.get(23)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn username_taken(&self, username: &str) -> Result<bool> {
        let mut statement =
            self.conn().prepare_cached("SELECT 1 FROM acceso_movil WHERE usuario_movil = ?1")?;
        Ok(statement.exists([username])?)
    }

    pub fn insert_access(&self, new: &NewAccess<'_>, now: DateTime<Utc>) -> Result<i64> {
        let mut statement = self.conn().prepare_cached(
            "INSERT INTO acceso_movil (id_paciente, usuario_movil, password, fecha_expiracion,
                 estatus, debe_cambiar_password, password_temporal_expira, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'activo', 1, ?5, ?6, ?6)",
        )?;
        statement.execute(params![
            new.patient_id,
            new.username,
            new.password_hash,
            new.expires_at.map(db_time),
            db_time(new.temporary_password_expires_at),
            db_time(now),
        ])?;
        Ok(self.conn().last_insert_rowid())
    }

    pub fn set_access_expiry(
        &self,
        id: i64,
        expires_at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.update_access(
            "fecha_expiracion = ?2, updated_at = ?3",
            params![id, expires_at.map(db_time), db_time(now)],
        )
    }

    /// Switches the status; a deactivation also ends the session.
    pub fn set_access_status(
        &self,
        id: i64,
        status: Status,
        reason: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let end_session = status == Status::Inactive;
        self.update_access(
            "estatus = ?2, motivo_estatus = ?3, updated_at = ?4,
             token = CASE WHEN ?5 THEN NULL ELSE token END,
             token_emitido = CASE WHEN ?5 THEN NULL ELSE token_emitido END",
            params![id, status.as_str(), reason, db_time(now), end_session],
        )
    }

    /// Ends the current session: its token stops working at once.
    pub fn end_session(&self, id: i64, now: DateTime<Utc>) -> Result<()> {
        self.update_access(
            "token = NULL, token_emitido = NULL, updated_at = ?2",
            params![id, db_time(now)],
        )
    }

    /// Ends every session of `clinic` (every clinic when None) issued before `issued_before`
    /// (any time when None); returns how many ended.
    pub fn end_sessions(
        &self,
        clinic: Option<i64>,
        issued_before: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<usize> {
        let mut statement = self.conn().prepare_cached(
            "UPDATE acceso_movil SET token = NULL, token_emitido = NULL, updated_at = ?3
             WHERE token IS NOT NULL
               AND (?1 IS NULL OR id_paciente IN
                    (SELECT id_paciente FROM paciente WHERE id_clinica = ?1))
               AND (?2 IS NULL OR token_emitido IS NULL OR token_emitido < ?2)",
        )?;
        Ok(statement.execute(params![clinic, issued_before.map(db_time), db_time(now)])?)
    }

    /// Replaces the password with a temporary one: must change, session ended, lock cleared.
    pub fn set_temporary_password(
        &self,
        id: i64,
        hash: &str,
        expires_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.update_access(
            "password = ?2, debe_cambiar_password = 1, password_temporal_expira = ?3,
             token = NULL, token_emitido = NULL, intentos_fallidos = 0, bloqueado_hasta = NULL,
             updated_at = ?4",
            params![id, hash, db_time(expires_at), db_time(now)],
        )
    }

    /// Stores the password a patient chose: the temporary one is gone.
    pub fn set_chosen_password(&self, id: i64, hash: &str, now: DateTime<Utc>) -> Result<()> {
        self.update_access(
            "password = ?2, debe_cambiar_password = 0, password_temporal_expira = NULL,
             updated_at = ?3",
            params![id, hash, db_time(now)],
        )
    }

    pub fn clear_lock(&self, id: i64, now: DateTime<Utc>) -> Result<()> {
        self.update_access(
            "intentos_fallidos = 0, bloqueado_hasta = NULL, updated_at = ?2",
            params![id, db_time(now)],
        )
    }

    pub fn set_failures(&self, id: i64, state: FailureState, now: DateTime<Utc>) -> Result<()> {
        self.update_access(
            "intentos_fallidos = ?2, bloqueado_hasta = ?3, updated_at = ?4",
            params![id, state.failed_sign_ins, state.locked_until.map(db_time), db_time(now)],
        )
    }

    pub fn accept_terms(&self, id: i64, version: &str, now: DateTime<Utc>) -> Result<()> {
        self.update_access(
            "terminos_version = ?2, terminos_aceptados = ?3, updated_at = ?3",
            params![id, version, db_time(now)],
        )
    }

    /// Starts a session: stores the new token's digest, which replaces (and so ends) any
    /// earlier one, and clears the failed-sign-in count.
    pub fn start_session(&self, id: i64, token_digest: &str, now: DateTime<Utc>) -> Result<()> {
        self.update_access(
            "token = ?2, token_emitido = ?3, ultima_actividad = ?3, ultimo_acceso = ?3,
             intentos_fallidos = 0, bloqueado_hasta = NULL, updated_at = ?3",
            params![id, token_digest, db_time(now)],
        )
    }

    /// Stores a new pending TOTP secret: two-factor sign-in stays off until it is confirmed.
    pub fn set_pending_totp(&self, id: i64, secret: &Secret, now: DateTime<Utc>) -> Result<()> {
        self.update_access(
            "totp_secreto = ?2, totp_activo = 0, totp_ultimo_paso = NULL, updated_at = ?3",
            params![id, secret.expose(), db_time(now)],
        )
    }

    /// Turns two-factor sign-in on, remembering the step of the code that confirmed it.
    pub fn activate_totp(&self, id: i64, step: i64, now: DateTime<Utc>) -> Result<()> {
        self.update_access(
            "totp_activo = 1, totp_ultimo_paso = ?2, updated_at = ?3",
            params![id, step, db_time(now)],
        )
    }

    /// Remembers the step of an accepted code, so that it cannot be used again.
    pub fn accept_totp_step(&self, id: i64, step: i64, now: DateTime<Utc>) -> Result<()> {
        self.update_access(
            "totp_ultimo_paso = ?2, updated_at = ?3",
            params![id, step, db_time(now)],
        )
    }

    /// Turns two-factor sign-in off and forgets the secret.
    pub fn clear_totp(&self, id: i64, now: DateTime<Utc>) -> Result<()> {
        self.update_access(
            "totp_secreto = NULL, totp_activo = 0, totp_ultimo_paso = NULL, updated_at = ?2",
            params![id, db_time(now)],
        )
    }

    pub fn touch_session(&self, id: i64, now: DateTime<Utc>) -> Result<()> {
        let mut statement = self
            .conn()
            .prepare_cached("UPDATE acceso_movil SET ultima_actividad = ?2 WHERE id_acceso = ?1")?;
        statement.execute(params![id, db_time(now)])?;
        Ok(())
    }

    /// Runs one UPDATE of the access whose id is the first of `values` (`?1`).
    fn update_access(&self, assignments: &str, values: &[&dyn rusqlite::ToSql]) -> Result<()> {
        let sql = format!("UPDATE acceso_movil SET {assignments} WHERE id_acceso = ?1");
        let mut statement = self.conn().prepare_cached(&sql)?;
        statement.execute(values)?;
        Ok(())
    }

    /// The failed-sign-in state of a username that has no account.
    pub fn unknown_username_failures(&self, username: &str) -> Result<FailureState> {
        let mut statement = self.conn().prepare_cached(
            "SELECT intentos_fallidos, bloqueado_hasta FROM intento_desconocido
             WHERE usuario_movil = ?1",
        )?;
        let state = statement
            .query_row([username], |row| {
                Ok(FailureState { failed_sign_ins: row.get(0)?, locked_until: time_at(row, 1)? })
            })
            .optional()?;
        Ok(state.unwrap_or_default())
    }

    pub fn set_unknown_username_failures(
        &self,
        username: &str,
        state: FailureState,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let mut statement = self.conn().prepare_cached(
            "INSERT INTO intento_desconocido (usuario_movil, intentos_fallidos, bloqueado_hasta,
                                              updated_at)
             VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (usuario_movil) DO UPDATE SET intentos_fallidos = ?2,
                 bloqueado_hasta = ?3, updated_at = ?4",
        )?;
        statement.execute(params![
            username,
            state.failed_sign_ins,
            state.locked_until.map(db_time),
            db_time(now)
        ])?;
        Ok(())
    }
}

//! Per-clinic settings (`politica_clinica`).

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use super::{db_time, Tx};
use crate::domain::credentials::HashParams;
use crate::domain::model::Policy;
use crate::error::{Error, Kind, Result};

impl Tx<'_> {
    pub fn policy(&self, clinic_id: i64) -> Result<Policy> {
        let mut statement = self.conn().prepare_cached(
            "SELECT expiracion_acceso, password_temporal_min, sesion_min, inactividad_min,
                    intentos_max, bloqueo_min, password_min, argon2_m_kib, argon2_t, argon2_p,
                    mostrar_precios, terminos_texto, terminos_version, exigir_2fa
             FROM politica_clinica WHERE id_clinica = ?1",
        )?;
        let row = statement
            .query_row([clinic_id], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    [row.get::<_, u32>(1)?, row.get(2)?, row.get(3)?, row.get(5)?],
                    [row.get::<_, u32>(4)?, row.get(6)?],
                    HashParams {
                        memory_kib: row.get(7)?,
                        iterations: row.get(8)?,
                        parallelism: row.get(9)?,
                    },
                    row.get::<_, bool>(10)?,
                    row.get::<_, String>(11)?,
                    row.get::<_, String>(12)?,
                    row.get::<_, bool>(13)?,
                ))
            })
            .optional()?;
        let Some((
            expiry,
            minutes,
            counts,
            hash,
            show_prices,
            terms_text,
            terms_version,
            require_two_factor,
        )) = row
        else {
            return Err(Error::new(Kind::Database, format!("clinic {clinic_id} has no policy")));
        };

        let access_expiry = expiry.parse().map_err(|_| {
            Error::new(Kind::Database, format!("clinic {clinic_id} has an invalid access expiry"))
        })?;
        use crate::domain::duration::Minutes;
        Ok(Policy {
            clinic_id,
            access_expiry,
            temporary_password_lifetime: Minutes(minutes[0]),
            session_lifetime: Minutes(minutes[1]),
            idle_timeout: Minutes(minutes[2]),
            lock_duration: Minutes(minutes[3]),
            max_failed_sign_ins: counts[0],
            min_password_length: counts[1],
            hash,
            show_prices,
            terms_text,
            terms_version,
            require_two_factor,
        })
    }

    pub fn update_policy(&self, policy: &Policy, now: DateTime<Utc>) -> Result<()> {
        self.conn().execute(
            "UPDATE politica_clinica SET
                expiracion_acceso = ?2, password_temporal_min = ?3, sesion_min = ?4,
                inactividad_min = ?5, intentos_max = ?6, bloqueo_min = ?7, password_min = ?8,
                argon2_m_kib = ?9, argon2_t = ?10, argon2_p = ?11, mostrar_precios = ?12,
                terminos_texto = ?13, terminos_version = ?14, exigir_2fa = ?16,
                updated_at = ?15
             WHERE id_clinica = ?1",
            params![
                policy.clinic_id,
                policy.access_expiry.to_string(),
                policy.temporary_password_lifetime.0,
                policy.session_lifetime.0,
                policy.idle_timeout.0,
                policy.max_failed_sign_ins,
                policy.lock_duration.0,
                policy.min_password_length,
                policy.hash.memory_kib,
                policy.hash.iterations,
                policy.hash.parallelism,
                policy.show_prices,
                policy.terms_text,
                policy.terms_version,
                db_time(now),
                policy.require_two_factor,
            ],
        )?;
        Ok(())
    }
}

impl Tx<'_> {
    /// The policy that counts failed sign-ins of unknown usernames: the lowest count before a
    /// lock and the longest lock of any clinic, so an unknown username locks no later than a
    /// real one would, and the default hashing cost.
    pub fn strictest_lock_policy(&self) -> Result<Policy> {
        let mut statement = self
            .conn()
            .prepare_cached("SELECT min(intentos_max), max(bloqueo_min) FROM politica_clinica")?;
        let (max_failed, lock_minutes): (Option<u32>, Option<u32>) =
            statement.query_row([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        let mut policy = Policy::default();
        if let (Some(max_failed), Some(lock_minutes)) = (max_failed, lock_minutes) {
            policy.max_failed_sign_ins = max_failed;
            policy.lock_duration = crate::domain::duration::Minutes(lock_minutes);
        }
        Ok(policy)
    }
}

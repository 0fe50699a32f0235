//! The use cases: one function per thing a staff member or a patient can do.
//!
//! Each runs the domain's rules against the store inside one transaction that also appends
//! its audit row, so a change without its audit row, or the reverse, cannot happen. When a
//! command is refused, its transaction is rolled back and the refusal is audited on its own:
//! a refused command changes nothing but the audit trail.
//!
//! Sign-in is the one exception to "a refusal changes nothing": a failed attempt must be
//! counted, so those functions commit the count and then return the refusal.

/// Inside the work of [`App::run_committing`]: the value of an `Ok`, or the refusal returned
/// as the work's committed outcome.
macro_rules! refuse_unless {
    ($result:expr) => {
        match $result {
            Ok(value) => value,
            Err(refusal) => return Ok(Err(refusal)),
        }
    };
}

pub mod access;
pub mod batch;
pub mod patients;
pub mod policy;
pub mod session;
pub mod setup;
pub mod two_factor;

use chrono::{DateTime, Utc};

use crate::domain::audit::{Actor, AuditEntry};
use crate::domain::model::{Patient, Staff, Status};
use crate::error::{Error, Result};
use crate::seams::{Clock, SecureRandom};
use crate::store::{Store, Tx};

/// The program's state for one command: the open database and the two seams.
pub struct App {
    store: Store,
    clock: Box<dyn Clock>,
    rng: Box<dyn SecureRandom>,
}

/// What a use case works with inside its transaction.
pub struct Op<'a, 'c> {
    pub tx: &'a Tx<'c>,
    pub now: DateTime<Utc>,
    pub rng: &'a mut dyn SecureRandom,
    pub audit: &'a mut AuditEntry,
}

impl App {
    pub fn new(store: Store, clock: Box<dyn Clock>, rng: Box<dyn SecureRandom>) -> App {
        App { store, clock, rng }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Runs `work` in one transaction with its audit row. On success both are committed; on
    /// failure the work is rolled back and the refusal is audited alone.
    pub fn run<T>(
        &mut self,
        mut audit: AuditEntry,
        work: impl FnOnce(&mut Op<'_, '_>) -> Result<T>,
    ) -> Result<T> {
        let now = self.clock.now();
        let rng = &mut *self.rng;
        let result = self.store.write(|tx| {
            let mut op = Op { tx, now, rng, audit: &mut audit };
            let value = work(&mut op)?;
            tx.append_audit(&audit, "ok", now)?;
            Ok(value)
        });
        result.map_err(|err| self.audit_refusal(&audit, err))
    }

    /// Like [`App::run`], for work whose refusal must still commit what it changed (a failed
    /// sign-in's count): the outer error rolls back, the inner one is committed and audited.
    pub fn run_committing<T>(
        &mut self,
        mut audit: AuditEntry,
        work: impl FnOnce(&mut Op<'_, '_>) -> Result<Result<T>>,
    ) -> Result<T> {
        let now = self.clock.now();
        let rng = &mut *self.rng;
        let result = self.store.write(|tx| {
            let mut op = Op { tx, now, rng, audit: &mut audit };
            let outcome = work(&mut op)?;
            let code = outcome.as_ref().err().map_or("ok", Error::code);
            tx.append_audit(&audit, code, now)?;
            Ok(outcome)
        });
        match result {
            Ok(outcome) => outcome.map_err(|refusal| Error { audited: true, ..refusal }),
            Err(err) => Err(self.audit_refusal(&audit, err)),
        }
    }

    /// Runs a staff command on behalf of `staff_username` (the `--staff` option): the member
    /// must exist and be active, and is recorded in the audit row.
    pub fn as_staff<T>(
        &mut self,
        staff_username: Option<&str>,
        action: &'static str,
        work: impl FnOnce(&Staff, &mut Op<'_, '_>) -> Result<T>,
    ) -> Result<T> {
        let mut audit = AuditEntry::new(Actor::Staff, action);
        audit.staff_username = staff_username.map(str::to_string);
        self.run(audit, |op| {
            let staff = resolve_staff(op.tx, staff_username)?;
            op.audit.staff_id = Some(staff.id);
            op.audit.staff_username = Some(staff.username.clone());
            op.audit.clinic_id = staff.clinic_id;
            work(&staff, op)
        })
    }

    /// Records a refusal in the audit trail on its own, and returns it marked as recorded.
    pub fn audit_refusal(&mut self, audit: &AuditEntry, err: Error) -> Error {
        let now = self.clock.now();
        let outcome = self.store.write(|tx| tx.append_audit(audit, err.code(), now));
        match outcome {
            Ok(()) => Error { audited: true, ..err },
            Err(audit_err) => {
                crate::log::debug(&format!("could not audit a refusal: {audit_err}"));
                err
            }
        }
    }
}

pub(crate) fn resolve_staff(tx: &Tx<'_>, username: Option<&str>) -> Result<Staff> {
    let Some(username) = username else {
        return Err(Error::invalid_input("this command runs on behalf of a staff member")
            .with_hint("pass --staff USER or set ACCESO_STAFF"));
    };
    let Some(staff) = tx.staff_by_username(username)? else {
        return Err(Error::forbidden(format!("there is no staff member {username:?}")));
    };
    if staff.status == Status::Inactive {
        return Err(Error::forbidden(format!("staff member {:?} is inactive", staff.username)));
    }
    Ok(staff)
}

impl Op<'_, '_> {
    /// A patient the staff member may work on: it exists and belongs to their clinic. The
    /// audit row learns the patient and clinic either way.
    pub fn patient_for(&mut self, staff: &Staff, id: i64) -> Result<(Patient, Option<Status>)> {
        self.audit.patient_id = Some(id);
        let Some((patient, access)) = self.tx.patient(id)? else {
            return Err(Error::not_found(format!("there is no patient {id}")));
        };
        self.audit.clinic_id = Some(patient.clinic_id);
        staff.check_scope(&patient)?;
        Ok((patient, access))
    }
}

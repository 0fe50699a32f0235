//! Issuing credentials to many patients at once, at the speed of the machine.
//!
//! Every row passes the same rules as `access create`. The work runs in three phases so that
//! the slow part, hashing, holds no lock on the database:
//!
//! 1. plan: check every row in a short read (no change);
//! 2. hash: make the temporary passwords and hash them on every core, one argon2id hash per
//!    worker thread at a time, outside any transaction;
//! 3. write: in one transaction, check every row again (another desk may have issued one in
//!    the meantime), write them all, and audit the batch and each account.
//!
//! Killing the process at any moment leaves the database as it was: phases 1 and 2 write
//! nothing, and phase 3 commits once, at its end.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use serde::Serialize;

use super::access::{IssuedCredential, Plan};
use super::{resolve_staff, App, Op};
use crate::domain::audit::{Actor, AuditEntry};
use crate::domain::credentials::{generate_temporary_password, hash_password_with_salt};
use crate::domain::duration::AccessExpiry;
use crate::domain::model::Staff;
use crate::domain::username::{UsernameChoice, UsernameStyle};
use crate::error::{Error, Kind, Result};
use crate::secret::Secret;

/// One row of the input, as read; `line` is where it stands in the input (0 when the rows
/// came from `--all-without-access`).
#[derive(Debug, Clone)]
pub struct BatchRow {
    pub line: usize,
    pub patient: String,
    pub username: Option<String>,
    pub expires: Option<String>,
}

/// How the whole batch runs.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    pub style: UsernameStyle,
    pub expiry: Option<AccessExpiry>,
    pub continue_on_error: bool,
    pub dry_run: bool,
}

/// A row that was not issued, and why.
#[derive(Debug, Clone, Serialize)]
pub struct RowReport {
    pub line: usize,
    pub patient: String,
    pub code: &'static str,
    pub reason: String,
}

/// What a batch did.
#[derive(Debug, Default)]
pub struct BatchOutcome {
    pub issued: Vec<IssuedCredential>,
    /// Rows whose patient already has access: running the same input twice issues nothing
    /// twice.
    pub skipped: Vec<RowReport>,
    pub failed: Vec<RowReport>,
    /// Rows that passed every rule; with --dry-run, what would be issued.
    pub planned: usize,
}

/// A row that passed the rules, with the id it resolved to.
struct Planned {
    line: usize,
    choice: UsernameChoice,
    expiry: Option<AccessExpiry>,
    plan: Plan,
}

impl App {
    /// The patients of the staff member's clinic (every clinic for a super admin) who have no
    /// access yet, as batch rows.
    pub fn rows_without_access(&mut self, staff: Option<&str>) -> Result<Vec<BatchRow>> {
        self.as_staff(staff, "patient.list", |staff, op| {
            op.audit.detail = Some("without access, for a batch".into());
            let patients = op.tx.patients(staff.clinic_scope())?;
            Ok(patients
                .into_iter()
                .filter(|(_, access)| access.is_none())
                .map(|(patient, _)| BatchRow {
                    line: 0,
                    patient: patient.id.to_string(),
                    username: None,
                    expires: None,
                })
                .collect())
        })
    }

    /// Issues credentials for every row. All or nothing unless `continue_on_error`.
    /// `progress` is called with the number of hashes finished so far.
    pub fn issue_batch(
        &mut self,
        staff_username: Option<&str>,
        rows: Vec<Result<BatchRow, RowReport>>,
        options: &BatchOptions,
        progress: &(dyn Fn(usize) + Sync),
    ) -> Result<BatchOutcome> {
        let mut outcome = BatchOutcome::default();

        // Phase 1: plan every row; nothing is written.
        let now = self.now();
        let planned = self.store.write(|tx| {
            let staff = resolve_staff(tx, staff_username)?;
            let mut audit = AuditEntry::new(Actor::Staff, "access.batch");
            let mut op = Op { tx, now, rng: &mut *self.rng, audit: &mut audit };
            Ok(plan_rows(&mut op, &staff, rows, options, &mut outcome))
        });
        let planned = match planned {
            Ok(planned) => planned,
            Err(err) => {
                let mut audit = AuditEntry::new(Actor::Staff, "access.batch");
                audit.staff_username = staff_username.map(str::to_string);
                return Err(self.audit_refusal(&audit, err));
            }
        };
        outcome.planned = planned.len();

        let stop = options.dry_run || (!outcome.failed.is_empty() && !options.continue_on_error);
        if stop || planned.is_empty() {
            self.as_staff(staff_username, "access.batch", |_, op| {
                op.audit.detail = Some(describe(&outcome, options, 0));
                Ok(())
            })?;
            return Ok(outcome);
        }

        // Phase 2: passwords and hashes, on every core, with no lock held.
        let passwords: Vec<Secret> =
            planned.iter().map(|_| generate_temporary_password(&mut *self.rng)).collect();
        let salts: Vec<[u8; 16]> = planned
            .iter()
            .map(|_| {
                let mut salt = [0u8; 16];
                self.rng.fill_bytes(&mut salt);
                salt
            })
            .collect();
        let jobs: Vec<(&Secret, &[u8; 16], &Plan)> = passwords
            .iter()
            .zip(&salts)
            .zip(&planned)
            .map(|((password, salt), planned)| (password, salt, &planned.plan))
            .collect();
        let hashes = hash_all(&jobs, progress)?;

        // Phase 3: check again and write everything in one transaction.
        let issued = self.as_staff(staff_username, "access.batch", |staff, op| {
            let mut issued = Vec::new();
            let mut reserved = HashSet::new();
            for ((planned, password), hash) in planned.iter().zip(passwords).zip(&hashes) {
                let replanned = op.plan_access(
                    staff,
                    planned.plan.patient.id,
                    &planned.choice,
                    planned.expiry,
                    &reserved,
                );
                // Another desk may have issued this patient's access, or taken the username,
                // since phase 1: the row fails now, as it would have then.
                let plan = match replanned {
                    Ok(plan) if plan.username == planned.plan.username => plan,
                    Ok(_) | Err(_) if options.continue_on_error => {
                        outcome.failed.push(RowReport {
                            line: planned.line,
                            patient: planned.plan.patient.id.to_string(),
                            code: Kind::Conflict.code(),
                            reason: "changed by another command during the batch".into(),
                        });
                        continue;
                    }
                    Ok(_) => {
                        return Err(Error::conflict(format!(
                            "line {}: the username {:?} was taken during the batch",
                            planned.line, planned.plan.username
                        )))
                    }
                    Err(err) => return Err(err),
                };
                op.write_access(&plan, hash)?;
                reserved.insert(plan.username.clone());

                let mut account = AuditEntry::new(Actor::Staff, "access.create");
                account.staff_id = Some(staff.id);
                account.staff_username = Some(staff.username.clone());
                account.patient_id = Some(plan.patient.id);
                account.patient_username = Some(plan.username.clone());
                account.clinic_id = Some(plan.patient.clinic_id);
                account.detail = Some("batch".into());
                op.tx.append_audit(&account, "ok", op.now)?;
                issued.push(plan.credential(password));
            }
            op.audit.detail = Some(describe(&outcome, options, issued.len()));
            Ok(issued)
        })?;
        outcome.issued = issued;
        Ok(outcome)
    }
}

/// Phase 1: the rules of `access create` for every row, plus the batch's own: a patient may
/// appear once, and two rows may not claim one username.
fn plan_rows(
    op: &mut Op<'_, '_>,
    staff: &Staff,
    rows: Vec<Result<BatchRow, RowReport>>,
    options: &BatchOptions,
    outcome: &mut BatchOutcome,
) -> Vec<Planned> {
    let mut planned = Vec::new();
    let mut reserved = HashSet::new();
    let mut first_line: HashMap<i64, usize> = HashMap::new();

    for row in rows {
        let row = match row {
            Ok(row) => row,
            Err(report) => {
                outcome.failed.push(report);
                continue;
            }
        };
        let report = |err: &Error| RowReport {
            line: row.line,
            patient: row.patient.clone(),
            code: err.code(),
            reason: err.message.clone(),
        };

        let checked = check_row(op, staff, &row, options, &reserved, &mut first_line);
        match checked {
            Ok(RowCheck::Issue(row_plan)) => {
                reserved.insert(row_plan.plan.username.clone());
                planned.push(*row_plan);
            }
            Ok(RowCheck::HasAccess) => outcome.skipped.push(RowReport {
                line: row.line,
                patient: row.patient.clone(),
                code: "skipped",
                reason: "already has mobile access".into(),
            }),
            Err(err) => outcome.failed.push(report(&err)),
        }
    }
    planned
}

enum RowCheck {
    Issue(Box<Planned>),
    HasAccess,
}

fn check_row(
    op: &mut Op<'_, '_>,
    staff: &Staff,
    row: &BatchRow,
    options: &BatchOptions,
    reserved: &HashSet<String>,
    first_line: &mut HashMap<i64, usize>,
) -> Result<RowCheck> {
    let id =
        row.patient.trim().parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(|| {
            Error::invalid_input(format!("{:?} is not a patient id", row.patient))
        })?;

    let expiry = match row.expires.as_deref().map(str::trim).filter(|text| !text.is_empty()) {
        Some(text) => Some(text.parse::<AccessExpiry>()?),
        None => options.expiry,
    };
    let choice = match row.username.as_deref().map(str::trim).filter(|name| !name.is_empty()) {
        Some(name) => UsernameChoice::Explicit(name.to_string()),
        None => UsernameChoice::Style(options.style),
    };

    // Checked before duplicates, so that running the same input again only skips.
    if let Some((patient, Some(_))) = op.tx.patient(id)? {
        staff.check_scope(&patient)?;
        return Ok(RowCheck::HasAccess);
    }
    if let Some(line) = first_line.get(&id) {
        return Err(Error::invalid_input(format!("patient {id} is also on line {line}")));
    }
    first_line.insert(id, row.line);
    let plan = op.plan_access(staff, id, &choice, expiry, reserved)?;
    Ok(RowCheck::Issue(Box::new(Planned { line: row.line, choice, expiry, plan })))
}

/// Hashes every password with its salt and its clinic's parameters on a pool of worker
/// threads, one per available core.
fn hash_all(
    jobs: &[(&Secret, &[u8; 16], &Plan)],
    progress: &(dyn Fn(usize) + Sync),
) -> Result<Vec<String>> {
    let workers = thread::available_parallelism().map_or(1, |n| n.get()).min(jobs.len()).max(1);
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let mut hashes: Vec<Option<String>> = vec![None; jobs.len()];

    let results: Vec<Result<Vec<(usize, String)>>> = thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some((password, salt, plan)) = jobs.get(index) else {
                            return Ok(mine);
                        };
                        mine.push((
                            index,
                            hash_password_with_salt(password.expose(), plan.hash, *salt)?,
                        ));
                        progress(done.fetch_add(1, Ordering::Relaxed) + 1);
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle.join().unwrap_or_else(|_| Err(Error::io("a hashing worker failed")))
            })
            .collect()
    });

    for result in results {
        for (index, hash) in result? {
            hashes[index] = Some(hash);
        }
    }
    hashes.into_iter().map(|hash| hash.ok_or_else(|| Error::io("a hash is missing"))).collect()
}

fn describe(outcome: &BatchOutcome, options: &BatchOptions, issued: usize) -> String {
    format!(
        "{}issued: {issued}, skipped: {}, failed: {}",
        if options.dry_run { "dry run; " } else { "" },
        outcome.skipped.len(),
        outcome.failed.len()
    )
}

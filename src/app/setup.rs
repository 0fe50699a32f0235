//! Creating a database, its first clinic and administrator, or the demo.

use serde::Serialize;

use super::App;
use crate::domain::audit::{Actor, AuditEntry};
use crate::domain::model::Role;
use crate::error::{Error, Result};
use crate::store::demo::DemoSummary;

/// What `acceso init` did besides creating or upgrading the file.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Setup {
    /// The clinic named by --clinic, and whether this run created it.
    pub clinic: Option<(i64, String, bool)>,
    /// The super admin named by --admin, and whether this run created it.
    pub admin: Option<(String, bool)>,
}

impl App {
    /// Adds the clinic and the super admin that `init` names, unless they exist already, so
    /// that running `init` twice is harmless.
    pub fn set_up(&mut self, clinic: Option<&str>, admin: Option<&str>) -> Result<Setup> {
        self.run(AuditEntry::new(Actor::System, "init"), |op| {
            let mut setup = Setup::default();
            if let Some(name) = clinic.map(str::trim) {
                if name.is_empty() {
                    return Err(Error::invalid_input("the clinic name is empty"));
                }
                setup.clinic = Some(match op.tx.clinic_by_name(name)? {
                    Some(id) => (id, name.to_string(), false),
                    None => (op.tx.insert_clinic(name, op.now)?, name.to_string(), true),
                });
            }

            if let Some(username) = admin.map(str::trim) {
                if username.is_empty() || username.chars().any(char::is_whitespace) {
                    return Err(Error::invalid_input("the admin username must be one word"));
                }
                let created = match op.tx.staff_by_username(username)? {
                    Some(existing) if existing.role == Role::SuperAdmin => false,
                    Some(_) => {
                        return Err(Error::conflict(format!(
                            "{username:?} is already a staff member who is not a super admin"
                        )))
                    }
                    None => {
                        op.tx.insert_staff(None, username, username, Role::SuperAdmin, op.now)?;
                        true
                    }
                };
                setup.admin = Some((username.to_string(), created));
            }
            op.audit.detail = Some(format!(
                "clinic created: {}, admin created: {}",
                setup.clinic.as_ref().is_some_and(|c| c.2),
                setup.admin.as_ref().is_some_and(|a| a.1)
            ));
            Ok(setup)
        })
    }

    /// Fills a new, empty database with the demo clinics, staff and patients.
    pub fn fill_demo(&mut self) -> Result<DemoSummary> {
        self.run(AuditEntry::new(Actor::System, "init.demo"), |op| {
            if op.tx.clinic_count()? > 0 {
                return Err(Error::conflict("the database already holds clinics")
                    .with_hint("the demo needs a new file: pass a new path with --db"));
            }
            op.tx.fill_demo(op.now)
        })
    }
}

//! Reading and changing a clinic's policy.

use super::App;
use crate::domain::model::{Policy, Staff};
use crate::domain::policy::PolicyKey;
use crate::error::{Error, Result};

impl App {
    /// The policy of the staff member's clinic, or of `clinic` for a super admin.
    pub fn show_policy(&mut self, staff: Option<&str>, clinic: Option<i64>) -> Result<Policy> {
        self.as_staff(staff, "policy.show", |staff, op| {
            let clinic = policy_clinic(staff, clinic)?;
            op.audit.clinic_id = Some(clinic);
            op.tx.policy(clinic)
        })
    }

    /// Changes one setting; dentists and super admins only.
    pub fn set_policy(
        &mut self,
        staff: Option<&str>,
        clinic: Option<i64>,
        key: &str,
        value: &str,
    ) -> Result<Policy> {
        self.as_staff(staff, "policy.set", |staff, op| {
            let clinic = policy_clinic(staff, clinic)?;
            op.audit.clinic_id = Some(clinic);
            staff.check_may_set_policy()?;
            let key = PolicyKey::parse(key)?;
            op.audit.detail = Some(key.name().to_string());
            let current = op.tx.policy(clinic)?;
            let next = key.apply(&current, value)?;
            op.tx.update_policy(&next, op.now)?;
            Ok(next)
        })
    }
}

/// The clinic a policy command is about: the staff member's own; a super admin names one.
fn policy_clinic(staff: &Staff, requested: Option<i64>) -> Result<i64> {
    match (staff.clinic_id, requested) {
        (Some(own), None) => Ok(own),
        (Some(own), Some(requested)) if own == requested => Ok(own),
        (Some(_), Some(requested)) => {
            Err(Error::forbidden(format!("clinic {requested} is not your clinic")))
        }
        (None, Some(requested)) => Ok(requested),
        (None, None) => {
            Err(Error::invalid_input("a super admin must name the clinic")
                .with_hint("add --clinic ID"))
        }
    }
}

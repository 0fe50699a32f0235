//! What the audit trail records about each command.
//!
//! An entry names who acted, on which patient, what they did and how it ended. It never holds a
//! secret: the types that reach it are ids, usernames, action names, error codes and the
//! free-text reason a staff member gave.

use std::borrow::Cow;

/// Who acted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Staff,
    Patient,
    System,
}

impl Actor {
    pub fn as_str(self) -> &'static str {
        match self {
            Actor::Staff => "staff",
            Actor::Patient => "patient",
            Actor::System => "system",
        }
    }
}

/// One row of the audit trail, filled in as a command learns who and what it is about.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub actor: Actor,
    pub staff_id: Option<i64>,
    pub staff_username: Option<String>,
    pub patient_username: Option<String>,
    pub patient_id: Option<i64>,
    pub clinic_id: Option<i64>,
    pub action: Cow<'static, str>,
    pub detail: Option<String>,
}

impl AuditEntry {
    pub fn new(actor: Actor, action: impl Into<Cow<'static, str>>) -> Self {
        AuditEntry {
            actor,
            staff_id: None,
            staff_username: None,
            patient_username: None,
            patient_id: None,
            clinic_id: None,
            action: action.into(),
            detail: None,
        }
    }
}

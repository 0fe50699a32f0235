//! Patient usernames (`usuario_movil`): the consistent formats the clinic system suggests,
//! and the checks an explicit one must pass.
//!
//! Usernames are compared without regard to case, so they are kept in lower case.

use super::model::Patient;
use crate::error::{Error, Result};

/// How to make a username from a patient's record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsernameStyle {
    /// The patient's email address.
    Email,
    /// The ten digits of the patient's phone number.
    Phone,
    /// `paciente_<id>`: always available, and reveals nothing about the patient.
    Id,
}

/// How a new access gets its username.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsernameChoice {
    Explicit(String),
    Style(UsernameStyle),
}

impl Default for UsernameChoice {
    fn default() -> Self {
        UsernameChoice::Style(UsernameStyle::Id)
    }
}

pub const MIN_LENGTH: usize = 3;
pub const MAX_LENGTH: usize = 64;

/// Checks a username a person typed and returns it in its stored form.
pub fn normalize(name: &str) -> Result<String> {
    let name = name.trim().to_lowercase();
    let allowed = |c: char| c.is_ascii_alphanumeric() || "._@+-".contains(c);
    if name.chars().count() < MIN_LENGTH || name.chars().count() > MAX_LENGTH {
        return Err(Error::invalid_input(format!(
            "a username has {MIN_LENGTH} to {MAX_LENGTH} characters"
        )));
    }
    if !name.chars().all(allowed) {
        return Err(Error::invalid_input(
            "a username may hold only letters a-z, digits and . _ @ + -",
        ));
    }
    Ok(name)
}

/// The username `style` makes for `patient`, before any suffix that keeps it unique.
pub fn from_record(style: UsernameStyle, patient: &Patient) -> Result<String> {
    match style {
        UsernameStyle::Id => Ok(format!("paciente_{}", patient.id)),
        UsernameStyle::Email => {
            let email = patient.email.as_deref().map(str::trim).unwrap_or_default();
            if email.is_empty() {
                return Err(Error::invalid_input(format!(
                    "patient {} has no email on file",
                    patient.id
                ))
                .with_hint("use --username-style phone or id, or give --username"));
            }
            normalize(email)
        }
        UsernameStyle::Phone => {
            let digits: String = patient
                .phone
                .as_deref()
                .unwrap_or_default()
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            // A number written with the country code (52) still ends in its ten digits.
            if digits.len() < 10 {
                return Err(Error::invalid_input(format!(
                    "patient {} has no ten-digit phone number on file",
                    patient.id
                ))
                .with_hint("use --username-style email or id, or give --username"));
            }
            Ok(digits[digits.len() - 10..].to_string())
        }
    }
}

/// The `n`th alternative to a generated username that is taken (n starts at 2).
pub fn with_suffix(base: &str, n: u32) -> String {
    format!("{base}_{n}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patient(email: Option<&str>, phone: Option<&str>) -> Patient {
        Patient {
            id: 12,
            clinic_id: 1,
            clinic_name: "Clínica".into(),
            first_name: "Juan".into(),
            paternal_surname: "Pérez".into(),
            maternal_surname: None,
            birth_date: None,
            sex: None,
            phone: phone.map(str::to_string),
            email: email.map(str::to_string),
            address: None,
            curp: None,
        }
    }

    #[test]
    fn styles_fill_from_the_record() {
        let p = patient(Some(" Juan.Perez@Example.com "), Some("+52 (81) 5551-2345"));
        assert_eq!(from_record(UsernameStyle::Id, &p).unwrap(), "paciente_12");
        assert_eq!(from_record(UsernameStyle::Email, &p).unwrap(), "juan.perez@example.com");
        assert_eq!(from_record(UsernameStyle::Phone, &p).unwrap(), "8155512345");
    }

    #[test]
    fn a_style_the_record_cannot_fill_is_invalid_input() {
        let p = patient(None, Some("1234"));
        assert!(from_record(UsernameStyle::Email, &p).is_err());
        assert!(from_record(UsernameStyle::Phone, &p).is_err());
    }

    #[test]
    fn explicit_names_are_checked_and_lowered() {
        assert_eq!(normalize(" JPerez_Clinic123 ").unwrap(), "jperez_clinic123");
        assert!(normalize("ab").is_err());
        assert!(normalize("juan perez").is_err());
        assert!(normalize("juan;drop").is_err());
        assert!(normalize(&"x".repeat(65)).is_err());
    }
}

//! How a patient's view looks: a small screen per section for people, fitted to 80 columns
//! so a narrow kiosk screen shows it too, or one JSON object for scripts and the mobile app.

use comfy_table::Table;

use super::output::{new_table, Format, Output, TABLE_WIDTH};
use crate::domain::view::{
    AppointmentView, ClinicView, MedicalHistoryView, PatientView, ProfileView, TreatmentView,
};
use crate::error::{Error, Result};

pub fn patient_view(out: Output, view: &PatientView) -> Result<()> {
    match out.format {
        Format::Json => out.json(view),
        Format::Csv => Err(Error::invalid_input("a patient's view prints as a table or JSON")
            .with_hint("use --format table or --format json")),
        Format::Table => out.text(&screen(view)),
    }
}

/// The whole screen for one section, as text.
fn screen(view: &PatientView) -> String {
    let mut parts: Vec<String> = Vec::new();

    if let Some(patient) = &view.patient {
        if view.section == "dashboard" {
            parts.push(format!("Hola, {}", patient.full_name));
        } else {
            parts.push(heading("Your details"));
            parts.push(profile_table(patient).to_string());
        }
    }
    if let Some(clinic) = &view.clinic {
        parts.push(clinic_lines(clinic));
    }
    if view.section == "dashboard" {
        parts.push(wrap(&match &view.next_appointment {
            Some(next) => format!(
                "Next appointment: {} with {}{}",
                when(next),
                next.dentist,
                next.reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default()
            ),
            None => "You have no upcoming appointments. To book one, call the clinic.".into(),
        }));
    }
    if let Some(appointments) = &view.appointments {
        let single = view.section == "appointment";
        if !appointments.upcoming.is_empty() || !single {
            let title = if single { "Appointment" } else { "Upcoming appointments" };
            parts.push(heading(title));
            parts.push(appointment_list(&appointments.upcoming));
        }
        if !appointments.history.is_empty() || !single {
            let title = match view.section {
                "dashboard" => "Recent activity",
                "appointment" => "Appointment",
                _ => "Past appointments",
            };
            parts.push(heading(title));
            parts.push(appointment_list(&appointments.history));
        }
    }
    if let Some(treatments) = &view.treatments {
        let single = view.section == "treatment";
        if single {
            let treatment = treatments.active.iter().chain(&treatments.completed).next();
            if let Some(treatment) = treatment {
                parts.push(heading("Treatment"));
                parts.push(treatment_table(treatment).to_string());
            }
        } else {
            let title = if view.section == "dashboard" {
                "Pending treatments"
            } else {
                "Active treatments"
            };
            parts.push(heading(title));
            parts.push(treatment_list(&treatments.active));
            if view.section != "dashboard" {
                parts.push(heading("Completed treatments"));
                parts.push(treatment_list(&treatments.completed));
            }
        }
    }
    if let Some(history) = &view.medical_history {
        parts.push(heading("Medical history"));
        parts.push(history_text(history));
    }
    parts.push(wrap(
        "This view is read-only. To change anything, or to book, cancel or move an \
         appointment, call the clinic.",
    ));
    let mut text = parts.join("\n\n");
    text.push('\n');
    text
}

/// Wraps prose at the table width, between words. A word longer than the width (a link)
/// keeps a line of its own rather than being broken, so it stays usable.
fn wrap(text: &str) -> String {
    let width = usize::from(TABLE_WIDTH);
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let needed =
                line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
            if !line.is_empty() && needed > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines.join("\n")
}

fn heading(title: &str) -> String {
    format!("{title}\n{}", "─".repeat(title.chars().count()))
}

fn profile_table(patient: &ProfileView) -> Table {
    let mut table = new_table();
    let mut row = |field: &str, value: Option<String>| {
        table.add_row(vec![field.to_string(), value.unwrap_or_else(|| "—".into())]);
    };
    row("Name", Some(patient.full_name.clone()));
    row("Sex", patient.sex.as_deref().map(sex_label).map(str::to_string));
    row(
        "Date of birth",
        patient.birth_date.map(|born| match patient.age {
            Some(age) => format!("{born} ({age} years)"),
            None => born.to_string(),
        }),
    );
    row("Phone", patient.phone.clone());
    row("Email", patient.email.clone());
    row("Address", patient.address.clone());
    row("CURP", patient.curp.clone());
    table
}

fn sex_label(code: &str) -> &str {
    match code {
        "F" => "Female",
        "M" => "Male",
        "X" => "Other",
        other => other,
    }
}

fn clinic_lines(clinic: &ClinicView) -> String {
    let mut lines = vec![clinic.name.clone()];
    lines.extend(clinic.address.clone());
    lines.extend(clinic.phone.as_ref().map(|phone| format!("Phone: {phone}")));
    lines.extend(clinic.directions_url.as_ref().map(|url| format!("Directions:\n{url}")));
    wrap(&lines.join("\n"))
}

fn when(appointment: &AppointmentView) -> String {
    appointment.starts_at.format("%a %Y-%m-%d %H:%M").to_string()
}

fn appointment_list(appointments: &[AppointmentView]) -> String {
    if appointments.is_empty() {
        return "None.".into();
    }
    let mut table = new_table();
    table.set_header(vec!["#", "When (UTC)", "Dentist", "Reason", "Status"]);
    for appointment in appointments {
        table.add_row(vec![
            appointment.id.to_string(),
            when(appointment),
            appointment.dentist.clone(),
            appointment.reason.clone().unwrap_or_default(),
            appointment.status.label().to_string(),
        ]);
    }
    table.to_string()
}

fn treatment_list(treatments: &[TreatmentView]) -> String {
    if treatments.is_empty() {
        return "None.".into();
    }
    let with_cost = treatments.iter().any(|t| t.cost.is_some());
    let mut table = new_table();
    let mut header = vec!["#", "Treatment", "Progress", "Started", "Finished"];
    if with_cost {
        header.push("Cost (MXN)");
    }
    table.set_header(header);
    for treatment in treatments {
        let mut row = vec![
            treatment.id.to_string(),
            treatment.name.clone(),
            format!("{}%", treatment.progress_percent),
            treatment.start_date.map(|d| d.to_string()).unwrap_or_default(),
            treatment.end_date.map(|d| d.to_string()).unwrap_or_default(),
        ];
        if with_cost {
            row.push(treatment.cost.map(|c| format!("{c:.2}")).unwrap_or_default());
        }
        table.add_row(row);
    }
    table.to_string()
}

fn treatment_table(treatment: &TreatmentView) -> Table {
    let mut table = new_table();
    let mut row = |field: &str, value: Option<String>| {
        table.add_row(vec![field.to_string(), value.unwrap_or_else(|| "—".into())]);
    };
    row("Treatment", Some(treatment.name.clone()));
    row("Status", Some(treatment.status.label().to_string()));
    row("Progress", Some(format!("{}%", treatment.progress_percent)));
    row("Description", treatment.description.clone());
    row("Procedure", treatment.procedure.clone());
    row("Dentist", Some(treatment.dentist.clone()));
    row("Started", treatment.start_date.map(|d| d.to_string()));
    row("Finished", treatment.end_date.map(|d| d.to_string()));
    if let Some(cost) = treatment.cost {
        row("Cost (MXN)", Some(format!("{cost:.2}")));
    }
    table
}

fn history_text(history: &MedicalHistoryView) -> String {
    let mut table = new_table();
    let dash = || "—".to_string();
    table.add_row(vec!["Allergies".into(), history.allergies.clone().unwrap_or_else(dash)]);
    table.add_row(vec!["Medications".into(), history.medications.clone().unwrap_or_else(dash)]);
    table.add_row(vec!["Conditions".into(), history.conditions.clone().unwrap_or_else(dash)]);
    for answer in &history.questionnaire {
        table.add_row(vec![answer.question.clone(), answer.answer.clone()]);
    }
    if let Some(recommendations) = &history.recommendations {
        table.add_row(vec!["Recommendations".into(), recommendations.clone()]);
    }
    table.to_string()
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn prose_wraps_at_eighty_columns_and_links_stay_whole() {
        let long = "palabra ".repeat(30);
        assert!(wrap(&long).lines().all(|line| line.chars().count() <= 80));
        let link = format!("see\n{}", "x".repeat(120));
        assert_eq!(wrap(&link).lines().nth(1).map(str::len), Some(120));
    }
}

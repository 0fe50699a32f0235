//! A property: whatever the clinics, patients, appointments and treatments, a signed-in
//! patient's view shows no hidden column and nothing of any other patient.
//!
//! Each case builds a fresh database with random rows. Every hidden column holds random text
//! with a unique `LEAK` marker; everything of the other patients (names, CURP, email, visible
//! columns too) holds an `OTRO` marker; the signed-in patient's visible columns hold `PROPIO`
//! markers, so the test can also tell that the view showed something. Random filler is lower
//! case, so an upper-case marker in the output can only have come from one of those columns.

use proptest::prelude::*;
use proptest::sample::Index;
use rusqlite::{params, Connection};

use crate::common::Env;
use crate::session::{preview, signed_in_as, view};

const APPOINTMENT_STATUSES: [&str; 3] = ["programada", "completada", "cancelada"];
const TREATMENT_STATUSES: [&str; 3] = ["activo", "completado", "cancelado"];

#[derive(Debug, Clone)]
struct AppointmentPlan {
    days_from_now: i64,
    status: usize,
}

#[derive(Debug, Clone)]
struct TreatmentPlan {
    status: usize,
    progress: u8,
    started_days_ago: i64,
}

#[derive(Debug, Clone)]
struct PatientPlan {
    appointments: Vec<AppointmentPlan>,
    treatments: Vec<TreatmentPlan>,
    has_history: bool,
    shares_recommendations: bool,
}

#[derive(Debug, Clone)]
struct World {
    clinics: Vec<Vec<PatientPlan>>,
    /// The clinic, then the patient within it, who signs in.
    chosen: (Index, Index),
    /// Makes every marker of the case its own.
    salt: u32,
    /// Random lower-case filler around each marker.
    filler: Vec<String>,
}

fn appointment() -> impl Strategy<Value = AppointmentPlan> {
    (prop_oneof![-400i64..=-1, 1i64..=400], 0..APPOINTMENT_STATUSES.len())
        .prop_map(|(days_from_now, status)| AppointmentPlan { days_from_now, status })
}

fn treatment() -> impl Strategy<Value = TreatmentPlan> {
    (0..TREATMENT_STATUSES.len(), 0u8..=100, 1i64..=700).prop_map(
        |(status, progress, started_days_ago)| TreatmentPlan { status, progress, started_days_ago },
    )
}

fn patient() -> impl Strategy<Value = PatientPlan> {
    (
        prop::collection::vec(appointment(), 0..=4),
        prop::collection::vec(treatment(), 0..=3),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(appointments, treatments, has_history, shares_recommendations)| {
            PatientPlan { appointments, treatments, has_history, shares_recommendations }
        })
}

fn world() -> impl Strategy<Value = World> {
    (
        prop::collection::vec(prop::collection::vec(patient(), 2..=5), 1..=3),
        (any::<Index>(), any::<Index>()),
        any::<u32>(),
        prop::collection::vec("[a-z ]{0,12}", 8),
    )
        .prop_map(|(clinics, chosen, salt, filler)| World { clinics, chosen, salt, filler })
}

/// Writes the world's rows and remembers what the signed-in patient may and may not see.
struct Builder<'a> {
    conn: Connection,
    world: &'a World,
    counter: usize,
    /// Every cost written, as the digits the output would show.
    costs: Vec<String>,
    /// Visible text of the signed-in patient that some section must show.
    own_visible: Vec<String>,
    own_appointments: Vec<i64>,
    own_treatments: Vec<i64>,
    other_appointments: Vec<i64>,
    other_treatments: Vec<i64>,
}

impl Builder<'_> {
    /// Random filler, a unique marker, random filler.
    fn text(&mut self, marker: &str) -> String {
        self.counter += 1;
        let filler = &self.world.filler;
        let before = &filler[self.counter % filler.len()];
        let after = &filler[(self.counter * 7 + 3) % filler.len()];
        format!("{before} {marker}{:08X}N{:05} {after}", self.world.salt, self.counter)
    }

    /// A word of letters only, unique in the case: names and CURPs cannot hold digits freely.
    fn word(&mut self, marker: &str) -> String {
        self.counter += 1;
        let letters: String = format!("{:08X}{:05}", self.world.salt, self.counter)
            .chars()
            .map(|c| char::from(b'A' + (c.to_digit(16).unwrap_or(0) as u8)))
            .collect();
        format!("{marker}{letters}")
    }

    fn visible(&mut self, own: bool) -> String {
        let text = self.text(if own { "PROPIO" } else { "OTRO" });
        if own {
            self.own_visible.push(text.trim().to_string());
        }
        text
    }

    fn build(&mut self) -> rusqlite::Result<(i64, i64)> {
        let world = self.world;
        let chosen_clinic = world.chosen.0.index(world.clinics.len());
        let chosen_patient = world.chosen.1.index(world.clinics[chosen_clinic].len());
        let mut chosen = (0, 0);
        let mut next_patient = 1;
        for (c, patients) in world.clinics.iter().enumerate() {
            let clinic = c as i64 + 1;
            // Another clinic's name and staff are no business of the patient either.
            let tag = if c == chosen_clinic { "PROPIA".into() } else { format!("OTRO{clinic}") };
            if c == chosen_clinic {
                self.own_visible.push(format!("Clinica {tag}"));
            }
            self.conn.execute(
                "INSERT INTO clinica (id_clinica, nombre, direccion, telefono)
                 VALUES (?1, 'Clinica ' || ?2, 'Calle ' || ?2 || ', Centro', NULL)",
                params![clinic, tag],
            )?;
            self.conn.execute(
                "INSERT INTO usuario (id_usuario, id_clinica, nombre, usuario, rol)
                 VALUES (?1, ?1, 'Dra. Ana Ruiz ' || ?2, 'dentista' || ?1, 'dentista')",
                params![clinic, tag],
            )?;
            for (p, plan) in patients.iter().enumerate() {
                let own = c == chosen_clinic && p == chosen_patient;
                if own {
                    chosen = (clinic, next_patient);
                }
                self.patient(next_patient, clinic, plan, own)?;
                next_patient += 1;
            }
        }
        Ok(chosen)
    }

    fn patient(
        &mut self,
        id: i64,
        clinic: i64,
        plan: &PatientPlan,
        own: bool,
    ) -> rusqlite::Result<()> {
        let marker = if own { "PROPIO" } else { "OTRO" };
        let (first, paternal, maternal) = (self.word(marker), self.word(marker), self.word(marker));
        let curp =
            if own { "PRUE900512MDFRRR09".to_string() } else { format!("{}Z", self.word("OTRO")) };
        let email =
            if own { "propio@example.com".to_string() } else { self.word("OTRO") + "@X.MX" };
        let address = self.visible(own);
        self.conn.execute(
            "INSERT INTO paciente (id_paciente, id_clinica, nombre, apellido_paterno,
                 apellido_materno, fecha_nacimiento, sexo, email, direccion, curp)
             VALUES (?1, ?2, ?3, ?4, ?5, '1990-05-12', 'F', ?6, ?7, ?8)",
            params![id, clinic, first, paternal, maternal, email, address, curp],
        )?;

        for appointment in &plan.appointments {
            let (reason, hidden) = (self.visible(own), self.text("LEAK"));
            self.conn.execute(
                "INSERT INTO cita (id_paciente, id_clinica, id_dentista, fecha_hora, motivo,
                                   estatus, notas_internas)
                 VALUES (?1, ?2, ?2, datetime('2026-12-03 10:30:00', ?3 || ' days'), ?4, ?5, ?6)",
                params![
                    id,
                    clinic,
                    appointment.days_from_now,
                    reason,
                    APPOINTMENT_STATUSES[appointment.status],
                    hidden
                ],
            )?;
            let row = self.conn.last_insert_rowid();
            if own {
                self.own_appointments.push(row);
            } else {
                self.other_appointments.push(row);
            }
        }

        for treatment in &plan.treatments {
            let status = TREATMENT_STATUSES[treatment.status];
            // A cancelled plan is not the patient's to see, so it counts as someone else's.
            let shown = own && status != "cancelado";
            let (name, description, procedure) =
                (self.visible(shown), self.visible(shown), self.visible(shown));
            let (notes, code) = (self.text("LEAK"), self.text("LEAK"));
            let cost = 7_000_000 + (self.world.salt as i64 % 1_000_000) + self.counter as i64;
            self.costs.push(cost.to_string());
            self.conn.execute(
                "INSERT INTO tratamiento (id_paciente, id_dentista, nombre, descripcion,
                     procedimiento, estatus, avance, fecha_inicio, costo, notas_clinicas,
                     codigo_diagnostico)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, date('2026-12-03', ?8 || ' days'), ?9,
                         ?10, ?11)",
                params![
                    id,
                    clinic,
                    name,
                    description,
                    procedure,
                    status,
                    treatment.progress,
                    -treatment.started_days_ago,
                    cost as f64 + 0.25,
                    notes,
                    code
                ],
            )?;
            let row = self.conn.last_insert_rowid();
            if shown {
                self.own_treatments.push(row);
            } else {
                self.other_treatments.push(row);
            }
        }

        if plan.has_history {
            let shared = !own && plan.shares_recommendations;
            let recommendation = if shared { self.visible(false) } else { self.text("LEAK") };
            let (allergies, private, evaluation, xray) =
                (self.visible(own), self.text("LEAK"), self.text("LEAK"), self.text("LEAK"));
            self.conn.execute(
                "INSERT INTO historial_medico (id_paciente, alergias, notas_privadas,
                     evaluacion_diagnostica, interpretacion_rx, recomendaciones,
                     recomendaciones_compartidas)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![id, allergies, private, evaluation, xray, recommendation, shared],
            )?;
            let answer = self.visible(own);
            self.conn.execute(
                "INSERT INTO cuestionario_salud (id_paciente, pregunta, respuesta)
                 VALUES (?1, '¿Fuma?', ?2)",
                params![id, answer],
            )?;
        }
        Ok(())
    }
}

/// What a patient's output must never hold: any marker of a hidden column or another
/// patient, the hashing scheme, this patient's secrets, or any cost while prices are hidden.
fn leaks(output: &str, secrets: &[String], costs: &[String]) -> Vec<String> {
    let mut found: Vec<String> = ["LEAK", "OTRO", "$argon2", "\"cost\"", "Cost"]
        .into_iter()
        .filter(|marker| output.contains(marker))
        .map(str::to_string)
        .collect();
    found.extend(secrets.iter().chain(costs).filter(|s| output.contains(s.as_str())).cloned());
    found
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    #[test]
    fn no_view_shows_a_hidden_column_or_another_patient(world in world()) {
        let env = Env::new();
        env.run(&["init"]).ok();
        let mut builder = Builder {
            conn: Connection::open(&env.db).expect("open the test database"),
            world: &world,
            counter: 0,
            costs: Vec::new(),
            own_visible: Vec::new(),
            own_appointments: Vec::new(),
            own_treatments: Vec::new(),
            other_appointments: Vec::new(),
            other_treatments: Vec::new(),
        };
        let (clinic, patient) = builder.build().expect("write the random rows");
        let staff = format!("dentista{clinic}");
        let (_, _, token) = signed_in_as(&env, &staff, patient);
        let secrets: Vec<String> = ["password", "token"]
            .iter()
            .map(|column| {
                env.query(&format!(
                    "SELECT {column} FROM acceso_movil WHERE id_paciente = {patient}"
                ))
            })
            .collect();

        let mut sections: Vec<Vec<String>> = ["dashboard", "profile", "appointments",
            "treatments", "history"]
            .iter()
            .map(|section| vec![section.to_string()])
            .collect();
        let own = builder.own_appointments.iter().map(|id| ("appointment", id))
            .chain(builder.own_treatments.iter().map(|id| ("treatment", id)));
        sections.extend(own.map(|(what, id)| vec![what.to_string(), id.to_string()]));

        let mut shown = String::new();
        for section in &sections {
            let words: Vec<&str> = section.iter().map(String::as_str).collect();
            for format in ["json", "table"] {
                let run = view(&env, &token, &words, format);
                prop_assert_eq!(run.code, 0, "{:?} {}: {}", words, format, run.stderr);
                let found = leaks(&run.all(), &secrets, &builder.costs);
                prop_assert!(found.is_empty(), "{:?} {} shows {:?}:\n{}", words, format, found,
                    run.all());
                shown.push_str(&run.stdout);
            }
            let staff_view = preview(&env, &staff, patient, &words, "json");
            prop_assert_eq!(staff_view.stdout, view(&env, &token, &words, "json").stdout);
        }

        let foreign = builder.other_appointments.iter().map(|id| ("appointment", id))
            .chain(builder.other_treatments.iter().map(|id| ("treatment", id)));
        for (what, id) in foreign {
            let id = id.to_string();
            let run = view(&env, &token, &[what, &id], "json");
            prop_assert_eq!(run.code, 4, "{} {}: {}", what, id, run.all());
            let found = leaks(&run.all(), &secrets, &builder.costs);
            prop_assert!(found.is_empty(), "{} {} shows {:?}", what, id, found);
        }

        // The view did show the patient's own records, so the checks above were not vacuous.
        for text in &builder.own_visible {
            prop_assert!(shown.contains(text.as_str()), "{:?} is never shown", text);
        }
    }
}

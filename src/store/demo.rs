//! The demo data set: two clinics, their staff and 56 patients with appointments, treatments,
//! medical histories and health questionnaires, written into an empty, migrated database.
//!
//! This module owns every demo row except mobile access (`acceso_movil`), which is issued by
//! the access module exactly as it would be for real patients, and the per-clinic policy rows,
//! which the `clinica_politica` trigger makes with their defaults.
//!
//! The data is deterministic so that demos, screenshots and tests can name rows by id and
//! compare whole databases: every random choice comes from one [`StdRng`] seeded with a fixed
//! constant and drawn in a fixed order, and every date is an offset from the date part of the
//! `now` that [`fill`] is given. The same `now` therefore gives byte-identical rows, and because
//! dates move with `now`, upcoming appointments stay upcoming whenever the demo is built.
//! (`StdRng`'s algorithm is fixed only within a rand release series, so upgrading rand past 0.8
//! may change the data, though never its guarantees, which the tests check.)
//!
//! Every column a patient must never see is filled, in every row, with text that starts with a
//! marker from [`HIDDEN_MARKERS`] and names its row, so that a leak is obvious on screen and
//! tests can grep any output for it. Recommendations start with [`RECOMMENDATION_MARKER`]: they
//! may be shown only when `recomendaciones_compartidas` is set.

use std::collections::HashSet;
use std::ops::RangeInclusive;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Utc, Weekday};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rusqlite::{params, Transaction};

/// Prefixes of the text in every hidden column; none may ever appear in a patient's output.
pub const HIDDEN_MARKERS: &[&str] = &["HIDDEN-"];

/// Prefix of every recommendation; it may appear only for patients whose clinic shared it.
pub const RECOMMENDATION_MARKER: &str = "RECOMENDACION";

/// What [`fill`] made, for the command to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSummary {
    /// `(id_clinica, nombre)` in id order.
    pub clinics: Vec<(i64, String)>,
    /// Every staff account in id order.
    pub staff: Vec<DemoStaff>,
    /// How many patients were made.
    pub patients: usize,
}

/// One staff account of the demo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoStaff {
    pub username: String,
    pub name: String,
    /// `super_admin`, `dentista` or `asistente`.
    pub role: &'static str,
    /// The clinic's name; `None` for the super admin.
    pub clinic: Option<String>,
    pub active: bool,
}

/// Fills an empty, migrated database with the demo. The rows have explicit ids, so on a
/// database that already holds any of them this fails with a constraint error and the caller's
/// transaction rolls back. `now` anchors the dates (only its date part is used); the same `now`
/// gives byte-identical rows.
pub fn fill(tx: &Transaction<'_>, now: DateTime<Utc>) -> rusqlite::Result<DemoSummary> {
    let mut demo = Demo::new(tx, now.date_naive());
    for clinic in &CLINICS {
        demo.clinic(clinic)?;
    }
    for staff in &STAFF {
        demo.staff(staff)?;
    }
    let mut patients = 0;
    for clinic in &CLINICS {
        for id in clinic.first_patient..clinic.first_patient + clinic.patient_count {
            let patient = if id == PATIENT_ONE.id { PATIENT_ONE } else { demo.patient(id, clinic) };
            demo.insert_patient(&patient)?;
            demo.appointments(&patient)?;
            demo.treatments(&patient)?;
            demo.history(&patient)?;
            patients += 1;
        }
    }
    Ok(DemoSummary {
        clinics: CLINICS.iter().map(|c| (c.id, c.name.to_string())).collect(),
        staff: STAFF.iter().map(DemoStaff::from).collect(),
        patients,
    })
}

/// Changing the seed changes every demo row, and with it any test or screenshot that names one.
const SEED: u64 = 0xACCE_50DE_0001;

/// The demo clinics have been open for four years, so every patient and account is younger.
const CLINIC_AGE_DAYS: i64 = 4 * 365;

/// How far appointments reach into the past and the future, in days.
const PAST_DAYS: i64 = 540;
const FUTURE_DAYS: i64 = 120;

/// Appointments start on the half hour from 09:00 to 18:30: twenty slots a day.
const FIRST_HOUR: u32 = 9;
const SLOTS_PER_DAY: u32 = 20;

const COMPLETADA: &str = "completada";
const PROGRAMADA: &str = "programada";
const CANCELADA: &str = "cancelada";

struct Clinic {
    id: i64,
    name: &'static str,
    address: &'static str,
    phone: &'static str,
    city: &'static str,
    /// The state as written in postal addresses.
    state: &'static str,
    /// The state's code in a CURP: the demo's patients were born where their clinic is.
    curp_state: &'static str,
    /// Local phone numbers are this area code and eight digits.
    area_code: &'static str,
    first_patient: i64,
    patient_count: i64,
    streets: &'static [&'static str],
    /// `(colonia, código postal)`.
    colonias: &'static [(&'static str, &'static str)],
}

const CLINICS: [Clinic; 2] = [
    Clinic {
        id: 1,
        name: "Clínica Dental Sonrisa Norte",
        address: "Av. Paseo de los Leones 1450, Col. Cumbres 2do Sector, Monterrey, N.L., \
                  C.P. 64610",
        phone: "8183451290",
        city: "Monterrey",
        state: "N.L.",
        curp_state: "NL",
        area_code: "81",
        first_patient: 1,
        patient_count: 44,
        streets: &[
            "Av. Constitución",
            "Calle Padre Mier",
            "Calle Morelos",
            "Av. Hidalgo",
            "Calle Zaragoza",
            "Av. Gonzalitos",
            "Calle Washington",
            "Av. Ruiz Cortines",
            "Calle Isaac Garza",
            "Calle Aramberri",
            "Av. Lincoln",
            "Calle Modesto Arreola",
        ],
        colonias: &[
            ("Centro", "64000"),
            ("Chepevera", "64030"),
            ("María Luisa", "64040"),
            ("Obispado", "64060"),
            ("Mitras Centro", "64460"),
            ("Cumbres 2do Sector", "64610"),
            ("Vista Hermosa", "64620"),
            ("Roma", "64700"),
            ("Contry", "64860"),
        ],
    },
    Clinic {
        id: 2,
        name: "Consultorio Dental del Valle",
        address: "Av. Chapultepec Sur 480, Col. Americana, Guadalajara, Jal., C.P. 44160",
        phone: "3336157842",
        city: "Guadalajara",
        state: "Jal.",
        curp_state: "JC",
        area_code: "33",
        first_patient: 45,
        patient_count: 12,
        streets: &[
            "Av. Chapultepec",
            "Calle López Cotilla",
            "Av. Vallarta",
            "Calle Libertad",
            "Av. México",
            "Calle Pedro Moreno",
            "Av. La Paz",
            "Calle Marsella",
            "Calle Morelos",
        ],
        colonias: &[
            ("Centro", "44100"),
            ("Arcos Vallarta", "44130"),
            ("Americana", "44160"),
            ("Chapalita", "44500"),
            ("Jardines del Bosque", "44520"),
            ("Ladrón de Guevara", "44600"),
            ("Providencia", "44630"),
        ],
    },
];

struct Staff {
    id: i64,
    username: &'static str,
    name: &'static str,
    role: &'static str,
    clinic: Option<i64>,
    active: bool,
    /// Days after the clinics opened that the account was made.
    joined_day: i64,
}

const STAFF: [Staff; 7] = [
    Staff {
        id: 1,
        username: "admin",
        name: "Laura Méndez Ortiz",
        role: "super_admin",
        clinic: None,
        active: true,
        joined_day: 0,
    },
    Staff {
        id: 2,
        username: "dra.garcia",
        name: "Patricia García Villarreal",
        role: "dentista",
        clinic: Some(1),
        active: true,
        joined_day: 1,
    },
    Staff {
        id: 3,
        username: "dr.lopez",
        name: "Alejandro López Garza",
        role: "dentista",
        clinic: Some(1),
        active: true,
        joined_day: 95,
    },
    Staff {
        id: 4,
        username: "recepcion",
        name: "Karla Treviño Salinas",
        role: "asistente",
        clinic: Some(1),
        active: true,
        joined_day: 2,
    },
    Staff {
        id: 5,
        username: "ex.asistente",
        name: "Sandra Leal Cantú",
        role: "asistente",
        clinic: Some(1),
        active: false,
        joined_day: 30,
    },
    Staff {
        id: 6,
        username: "dr.ramirez",
        name: "Jorge Ramírez Orozco",
        role: "dentista",
        clinic: Some(2),
        active: true,
        joined_day: 1,
    },
    Staff {
        id: 7,
        username: "recepcion.valle",
        name: "Mónica Navarro Ibarra",
        role: "asistente",
        clinic: Some(2),
        active: true,
        joined_day: 3,
    },
];

impl From<&Staff> for DemoStaff {
    fn from(staff: &Staff) -> Self {
        DemoStaff {
            username: staff.username.to_string(),
            name: staff.name.to_string(),
            role: staff.role,
            clinic: staff.clinic.map(|id| clinic_by_id(id).name.to_string()),
            active: staff.active,
        }
    }
}

fn clinic_by_id(id: i64) -> &'static Clinic {
    CLINICS.iter().find(|c| c.id == id).expect("every staff clinic is in CLINICS")
}

/// The active dentists of a clinic, who are the only staff that see patients.
fn dentists(clinic: i64) -> Vec<i64> {
    STAFF
        .iter()
        .filter(|s| s.role == "dentista" && s.active && s.clinic == Some(clinic))
        .map(|s| s.id)
        .collect()
}

const FEMALE_NAMES: &[&str] = &[
    "María Fernanda",
    "María José",
    "Guadalupe",
    "Ana Sofía",
    "Verónica",
    "Leticia",
    "Rosa Elena",
    "Alejandra",
    "Patricia",
    "Sofía",
    "Valeria",
    "Camila",
    "Ximena",
    "Daniela",
    "Gabriela",
    "Lucía",
    "Mariana",
    "Regina",
    "Carmen",
    "Adriana",
    "Claudia",
    "Itzel",
    "Paola",
    "Andrea",
    "Norma",
    "Yolanda",
];

const MALE_NAMES: &[&str] = &[
    "José Luis",
    "Juan Carlos",
    "José Manuel",
    "Luis Ángel",
    "Carlos",
    "Jorge",
    "Miguel",
    "Francisco",
    "Alejandro",
    "Javier",
    "Ricardo",
    "Eduardo",
    "Fernando",
    "Roberto",
    "Arturo",
    "Santiago",
    "Mateo",
    "Diego",
    "Emiliano",
    "Sebastián",
    "Leonardo",
    "Rodrigo",
    "Héctor",
    "Raúl",
    "Óscar",
    "Iñaki",
];

const SURNAMES: &[&str] = &[
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Morales",
    "Vázquez",
    "Reyes",
    "Jiménez",
    "Torres",
    "Díaz",
    "Gutiérrez",
    "Mendoza",
    "Aguilar",
    "Ortiz",
    "Castillo",
    "Romero",
    "Álvarez",
    "Chávez",
    "Rivera",
    "Juárez",
    "Domínguez",
    "Herrera",
    "Medina",
    "Castro",
    "Vargas",
    "Guzmán",
    "Muñoz",
    "Núñez",
    "Ibáñez",
    "Salazar",
    "Cervantes",
    "Treviño",
    "Garza",
    "Villarreal",
    "Cantú",
    "Zúñiga",
    "Orozco",
];

/// Appointment reasons, in the words a receptionist types.
const MOTIVOS: &[&str] = &[
    "Limpieza dental",
    "Revisión general",
    "Resina en molar",
    "Endodoncia (primera sesión)",
    "Endodoncia (segunda sesión)",
    "Extracción de tercer molar",
    "Ajuste de ortodoncia",
    "Valoración por dolor de muela",
    "Blanqueamiento dental",
    "Colocación de corona",
    "Toma de radiografías",
    "Control de encías",
    "Retiro de puntos",
    "Prueba de prótesis",
];

const NOTAS_INTERNAS: &[&str] = &[
    "prefiere citas temprano por su trabajo",
    "saldo pendiente de $350 de la visita anterior",
    "llamar un día antes para confirmar",
    "ansiedad dental: explicar cada paso antes de empezar",
    "llegó 20 minutos tarde la vez pasada",
    "pidió factura a nombre de su empresa",
    "revisar sensibilidad en pieza 36",
    "viene acompañado de su mamá; pedir firma del consentimiento",
    "no contestó el recordatorio por WhatsApp",
];

struct TreatmentKind {
    nombre: &'static str,
    descripcion: &'static str,
    procedimiento: &'static str,
    /// The ICE-10 code written into the hidden `codigo_diagnostico`.
    cie: &'static str,
    /// Price range in MXN; prices are drawn in steps of 50.
    cost: (u32, u32),
    /// How long the treatment takes from start to finish, in days.
    days: (i64, i64),
    /// Implants, crowns and the like are not done on children.
    min_age: i32,
}

const TREATMENTS: &[TreatmentKind] = &[
    TreatmentKind {
        nombre: "Limpieza dental profunda",
        descripcion: "Eliminación de sarro y placa por encima y por debajo de la encía.",
        procedimiento: "Raspado y alisado radicular por cuadrantes con anestesia local; \
                        pulido final y aplicación de flúor.",
        cie: "K05.1",
        cost: (900, 1_800),
        days: (7, 30),
        min_age: 12,
    },
    TreatmentKind {
        nombre: "Resina en molar",
        descripcion: "Restauración de una caries con resina del color del diente.",
        procedimiento: "Retiro del tejido cariado, grabado ácido, adhesivo y resina \
                        fotocurable por capas; ajuste de la mordida.",
        cie: "K02.1",
        cost: (650, 1_400),
        days: (1, 14),
        min_age: 5,
    },
    TreatmentKind {
        nombre: "Endodoncia en molar",
        descripcion: "Tratamiento de conductos para conservar una muela con la pulpa dañada.",
        procedimiento: "Apertura de acceso, limpieza y conformación de conductos con lima \
                        rotatoria, irrigación y obturación con gutapercha.",
        cie: "K04.0",
        cost: (3_500, 6_500),
        days: (7, 30),
        min_age: 12,
    },
    TreatmentKind {
        nombre: "Corona de zirconia",
        descripcion: "Funda de zirconia para proteger un diente debilitado.",
        procedimiento: "Tallado del diente, impresión digital, corona provisional y \
                        cementación de la corona definitiva.",
        cie: "K08.8",
        cost: (6_000, 9_500),
        days: (14, 45),
        min_age: 18,
    },
    TreatmentKind {
        nombre: "Ortodoncia con brackets metálicos",
        descripcion: "Alineación de los dientes y corrección de la mordida.",
        procedimiento: "Colocación de brackets y arcos, ajustes mensuales y retenedores al \
                        terminar.",
        cie: "K07.3",
        cost: (18_000, 38_000),
        days: (365, 730),
        min_age: 9,
    },
    TreatmentKind {
        nombre: "Extracción de tercer molar",
        descripcion: "Retiro quirúrgico de la muela del juicio.",
        procedimiento: "Anestesia local, colgajo, odontosección cuando hace falta y sutura; \
                        control a los siete días.",
        cie: "K01.1",
        cost: (1_800, 4_500),
        days: (7, 14),
        min_age: 16,
    },
    TreatmentKind {
        nombre: "Blanqueamiento dental",
        descripcion: "Aclarado del tono de los dientes.",
        procedimiento: "Protección de encías y aplicación de peróxido en consultorio en dos \
                        sesiones, con guardas para continuar en casa.",
        cie: "K03.7",
        cost: (2_500, 5_000),
        days: (7, 21),
        min_age: 18,
    },
    TreatmentKind {
        nombre: "Implante dental",
        descripcion: "Reposición de un diente perdido con un implante de titanio y corona.",
        procedimiento: "Colocación del implante, tres meses de oseointegración y corona \
                        atornillada sobre el implante.",
        cie: "K08.1",
        cost: (15_000, 25_000),
        days: (90, 180),
        min_age: 18,
    },
    TreatmentKind {
        nombre: "Guarda oclusal",
        descripcion: "Férula nocturna para proteger los dientes del rechinido.",
        procedimiento: "Impresión de ambas arcadas, fabricación de guarda rígida y ajuste de \
                        contactos.",
        cie: "K07.6",
        cost: (1_800, 3_500),
        days: (7, 21),
        min_age: 14,
    },
    TreatmentKind {
        nombre: "Sellador de fosetas y fisuras",
        descripcion: "Protección preventiva de las muelas contra la caries.",
        procedimiento: "Limpieza, grabado y aplicación de sellador fotocurable en molares \
                        permanentes.",
        cie: "K02.0",
        cost: (450, 900),
        days: (1, 7),
        min_age: 5,
    },
    TreatmentKind {
        nombre: "Prótesis parcial removible",
        descripcion: "Aparato removible para reponer varios dientes.",
        procedimiento: "Impresiones, prueba de estructura metálica, prueba de dientes y \
                        entrega con ajustes.",
        cie: "K08.1",
        cost: (4_500, 9_000),
        days: (30, 60),
        min_age: 18,
    },
];

const NOTAS_CLINICAS: &[&str] = &[
    "caries profunda cercana a la pulpa",
    "movilidad grado I",
    "dolor a la percusión vertical",
    "buena respuesta a la anestesia",
    "requiere control radiográfico en seis meses",
    "paciente bruxista; valorar guarda",
    "sangrado abundante al sondeo",
    "fractura de cúspide vestibular",
];

/// `(padecimiento, medicamento)`, so that what a patient takes matches what they have.
const CONDITIONS: &[(&str, &str)] = &[
    ("Diabetes tipo 2", "Metformina 850 mg cada 12 horas"),
    ("Hipertensión arterial", "Losartán 50 mg al día"),
    ("Hipotiroidismo", "Levotiroxina 100 mcg en ayunas"),
    ("Asma leve", "Salbutamol inhalado cuando lo necesita"),
    ("Gastritis", "Omeprazol 20 mg en ayunas"),
    ("Cardiopatía isquémica", "Ácido acetilsalicílico 100 mg al día"),
];
const NO_CONDITION: (&str, &str) = ("Ninguno", "Ninguno");
const DIABETES: &str = "Diabetes tipo 2";

const NO_ALLERGY: &str = "Ninguna conocida";
const ALLERGIES: &[&str] = &[
    "Penicilina",
    "Látex",
    "Ibuprofeno",
    "Sulfas",
    "Penicilina y amoxicilina",
    "Polen y ácaros",
    "Yodo",
];

const NOTAS_PRIVADAS: &[&str] = &[
    "muy aprensivo; tuvo una mala experiencia con otro dentista",
    "adeudo de la ortodoncia anterior, no agendar sin anticipo",
    "familiar de la Dra. García",
    "pidió que no se le llame al trabajo",
    "cansancio mandibular en citas de más de una hora",
    "refiere consumo de alcohol los fines de semana",
    "dejó un tratamiento a medias en 2021",
];

const EVALUACIONES: &[&str] = &[
    "riesgo de caries alto",
    "periodontitis crónica leve generalizada",
    "maloclusión clase II división 1",
    "desgaste incisal por bruxismo",
    "encías sanas, riesgo bajo",
    "gingivitis localizada en sector anterior inferior",
    "apiñamiento moderado inferior",
];

const INTERPRETACIONES_RX: &[&str] = &[
    "pérdida ósea horizontal leve en sector posterior",
    "tercer molar inferior derecho retenido en posición mesioangular",
    "lesión periapical en pieza 46",
    "sin hallazgos relevantes",
    "restauraciones desajustadas en piezas 16 y 26",
    "reabsorción radicular leve compatible con ortodoncia",
];

const RECOMENDACIONES: &[&str] = &[
    "cepillarse tres veces al día con técnica de Bass y usar hilo dental por la noche",
    "usar enjuague con flúor una vez al día durante tres meses",
    "reducir refrescos y dulces entre comidas",
    "usar la guarda oclusal todas las noches",
    "regresar a limpieza cada seis meses",
    "usar cepillo interdental alrededor de los brackets",
    "evitar alimentos duros y pegajosos mientras dure el tratamiento",
];

/// A patient as drawn, before it is written.
#[derive(Clone, Copy)]
struct Patient {
    id: i64,
    clinic: &'static Clinic,
    nombre: &'static str,
    paterno: &'static str,
    materno: &'static str,
    female: bool,
    birth: NaiveDate,
    /// The dentist who sees the patient unless the clinic's other dentist covers.
    dentist: i64,
}

/// Patient 1 is fixed so that a demo can be walked through by name, and so that the examples
/// (`maria.hernandez84@example.com`, CURP HETF840315MNLRRR..) stay true.
const PATIENT_ONE: Patient = Patient {
    id: 1,
    clinic: &CLINICS[0],
    nombre: "María Fernanda",
    paterno: "Hernández",
    materno: "Treviño",
    female: true,
    birth: match NaiveDate::from_ymd_opt(1984, 3, 15) {
        Some(date) => date,
        None => panic!("valid date"),
    },
    // dra.garcia.
    dentist: 2,
};

/// Patient 1's visits as `(days from today, motivo, estatus)`: two upcoming, three done and
/// one cancelled, so that every view has something to show.
const PATIENT_ONE_VISITS: &[(i64, &str, &str)] = &[
    (-230, "Limpieza dental", COMPLETADA),
    (-150, "Resina en molar", COMPLETADA),
    (-60, "Revisión general", CANCELADA),
    (-25, "Ajuste de ortodoncia", COMPLETADA),
    (8, "Ajuste de ortodoncia", PROGRAMADA),
    (36, "Limpieza dental", PROGRAMADA),
];

/// Patient 1's treatments as `(nombre, estatus, days from today it started)`, in step with
/// her visits: the filling on the day of her "Resina en molar" visit, orthodontics under way
/// (hence her adjustment visits), and a whitening she called off.
const PATIENT_ONE_TREATMENTS: &[(&str, &str, i64)] = &[
    ("Resina en molar", "completado", -150),
    ("Ortodoncia con brackets metálicos", "activo", -320),
    ("Blanqueamiento dental", "cancelado", -100),
];

/// Draws every row and writes it through the transaction.
struct Demo<'a, 'c> {
    tx: &'a Transaction<'c>,
    rng: StdRng,
    today: NaiveDate,
    next_cita: i64,
    next_tratamiento: i64,
    next_respuesta: i64,
    /// `(id_dentista, fecha_hora)` already booked, so no dentist is in two places at once.
    booked: HashSet<(i64, NaiveDateTime)>,
    emails: HashSet<String>,
}

impl<'a, 'c> Demo<'a, 'c> {
    fn new(tx: &'a Transaction<'c>, today: NaiveDate) -> Self {
        Demo {
            tx,
            rng: StdRng::seed_from_u64(SEED),
            today,
            next_cita: 1,
            next_tratamiento: 1,
            next_respuesta: 1,
            booked: HashSet::new(),
            emails: HashSet::new(),
        }
    }

    fn day(&self, offset: i64) -> NaiveDate {
        self.today + Duration::days(offset)
    }

    /// A random day whose offset from today is in `offsets`.
    fn day_in(&mut self, offsets: RangeInclusive<i64>) -> NaiveDate {
        let offset = self.rng.gen_range(offsets);
        self.day(offset)
    }

    /// A time of day in office hours, for rows whose time nobody reads.
    fn office_time(&mut self, date: NaiveDate) -> String {
        let hour = self.rng.gen_range(FIRST_HOUR..18);
        let minute = self.rng.gen_range(0..60);
        let second = self.rng.gen_range(0..60);
        stamp(date.and_hms_opt(hour, minute, second).unwrap_or_default())
    }

    fn opened(&self) -> NaiveDate {
        self.day(-CLINIC_AGE_DAYS)
    }

    fn clinic(&mut self, clinic: &Clinic) -> rusqlite::Result<()> {
        let created = stamp(self.opened().and_hms_opt(8, 0, 0).unwrap_or_default());
        self.tx
            .prepare_cached(
                "INSERT INTO clinica (id_clinica, nombre, direccion, telefono, created_at,
                                      updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            )?
            .execute(params![clinic.id, clinic.name, clinic.address, clinic.phone, created])?;
        // The trigger stamped the policy row with the wall clock; only its time is changed,
        // so that the same `now` gives identical databases. The policy values keep defaults.
        self.tx
            .prepare_cached("UPDATE politica_clinica SET updated_at = ?2 WHERE id_clinica = ?1")?
            .execute(params![clinic.id, created])?;
        Ok(())
    }

    fn staff(&mut self, staff: &Staff) -> rusqlite::Result<()> {
        let joined = self.opened() + Duration::days(staff.joined_day);
        let created = self.office_time(joined);
        // An inactive account was changed when it was deactivated, long after it was made.
        let updated = if staff.active { created.clone() } else { self.office_time(self.day(-200)) };
        let estatus = if staff.active { "activo" } else { "inactivo" };
        self.tx
            .prepare_cached(
                "INSERT INTO usuario (id_usuario, id_clinica, nombre, usuario, rol, estatus,
                                      created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                staff.id,
                staff.clinic,
                staff.name,
                staff.username,
                staff.role,
                estatus,
                created,
                updated
            ])?;
        Ok(())
    }

    fn patient(&mut self, id: i64, clinic: &'static Clinic) -> Patient {
        let female = self.rng.gen_bool(0.55);
        let nombre = pick(&mut self.rng, if female { FEMALE_NAMES } else { MALE_NAMES });
        let paterno = pick(&mut self.rng, SURNAMES);
        let mut materno = pick(&mut self.rng, SURNAMES);
        while materno == paterno {
            materno = pick(&mut self.rng, SURNAMES);
        }
        let first = NaiveDate::from_ymd_opt(1940, 1, 1).unwrap_or_default();
        let last = NaiveDate::from_ymd_opt(2015, 12, 31).unwrap_or_default();
        let birth = first + Duration::days(self.rng.gen_range(0..=(last - first).num_days()));
        let dentist = *pick(&mut self.rng, &dentists(clinic.id));
        Patient { id, clinic, nombre, paterno, materno, female, birth, dentist }
    }

    fn insert_patient(&mut self, p: &Patient) -> rusqlite::Result<()> {
        let homoclave = if p.birth.year() < 2000 {
            char::from(b'0' + self.rng.gen_range(0..10u8))
        } else {
            char::from(b'A' + self.rng.gen_range(0..26u8))
        };
        let curp = curp(p, homoclave);
        let telefono =
            format!("{}{}", p.clinic.area_code, self.rng.gen_range(20_000_000..100_000_000));
        let email = self.email(p);
        let (colonia, cp) = *pick(&mut self.rng, p.clinic.colonias);
        let direccion = format!(
            "{} {}, Col. {}, {}, {}, C.P. {}",
            pick(&mut self.rng, p.clinic.streets),
            self.rng.gen_range(100..3000),
            colonia,
            p.clinic.city,
            p.clinic.state,
            cp
        );
        // Every patient was registered before the oldest appointment the demo makes.
        let registered = self.day_in(-CLINIC_AGE_DAYS + 1..=-PAST_DAYS - 20);
        let created = self.office_time(registered);
        let edited = registered + Duration::days(self.rng.gen_range(0..200));
        let updated = self.office_time(edited);
        self.tx
            .prepare_cached(
                "INSERT INTO paciente (id_paciente, id_clinica, nombre, apellido_paterno,
                     apellido_materno, fecha_nacimiento, sexo, telefono, email, direccion, curp,
                     created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?
            .execute(params![
                p.id,
                p.clinic.id,
                p.nombre,
                p.paterno,
                p.materno,
                p.birth.format("%Y-%m-%d").to_string(),
                if p.female { "F" } else { "M" },
                telefono,
                email,
                direccion,
                curp,
                created,
                updated
            ])?;
        Ok(())
    }

    /// Most patients have an address like `maria.hernandez84@example.com`; every eighth has
    /// none, so that views and exports meet a patient without email.
    fn email(&mut self, p: &Patient) -> Option<String> {
        if p.id % 8 == 5 {
            return None;
        }
        let first = p.nombre.split_whitespace().next().unwrap_or(p.nombre);
        let domain = if self.rng.gen_bool(0.25) { "example.mx" } else { "example.com" };
        let local =
            format!("{}.{}{:02}", ascii_lower(first), ascii_lower(p.paterno), p.birth.year() % 100);
        let mut email = format!("{local}@{domain}");
        if self.emails.contains(&email) {
            email = format!("{local}.{}@{domain}", p.id);
        }
        self.emails.insert(email.clone());
        Some(email)
    }

    fn appointments(&mut self, p: &Patient) -> rusqlite::Result<()> {
        let mut visits = Vec::new();
        if p.id == PATIENT_ONE.id {
            for &(offset, motivo, estatus) in PATIENT_ONE_VISITS {
                let when = self.book(p.dentist, working_day(self.day(offset), offset > 0));
                visits.push((when, p.dentist, motivo, estatus));
            }
        } else {
            // A few patients have one visit or none, so that short and empty lists are seen.
            let count = match p.id {
                id if id % 14 == 0 => 0,
                id if id % 11 == 0 => 1,
                _ => self.rng.gen_range(2..=6),
            };
            let clinic_dentists = dentists(p.clinic.id);
            for _ in 0..count {
                let future = self.rng.gen_bool(0.3);
                let offset = if future {
                    self.rng.gen_range(1..=FUTURE_DAYS)
                } else {
                    -self.rng.gen_range(1..=PAST_DAYS)
                };
                let dentist = if self.rng.gen_bool(0.8) {
                    p.dentist
                } else {
                    *pick(&mut self.rng, &clinic_dentists)
                };
                let when = self.book(dentist, working_day(self.day(offset), future));
                let motivo = *pick(&mut self.rng, MOTIVOS);
                let estatus = match (future, self.rng.gen_bool(if future { 0.1 } else { 0.15 })) {
                    (_, true) => CANCELADA,
                    (true, false) => PROGRAMADA,
                    (false, false) => COMPLETADA,
                };
                visits.push((when, dentist, motivo, estatus));
            }
        }
        // Ids follow the calendar within a patient, as they would in the clinic system.
        visits.sort();
        for (when, dentist, motivo, estatus) in visits {
            let id = self.next_cita;
            self.next_cita += 1;
            let nota =
                format!("HIDDEN-NOTAS-INTERNAS cita {id}: {}", pick(&mut self.rng, NOTAS_INTERNAS));
            self.tx
                .prepare_cached(
                    "INSERT INTO cita (id_cita, id_paciente, id_clinica, id_dentista, fecha_hora,
                                       motivo, estatus, notas_internas)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )?
                .execute(params![
                    id,
                    p.id,
                    p.clinic.id,
                    dentist,
                    stamp(when),
                    motivo,
                    estatus,
                    nota
                ])?;
        }
        Ok(())
    }

    /// A free half-hour slot of `dentist` on `date`, or on the next working day if the day is
    /// full. Appointments never fall on today, so they are past or upcoming whatever the hour.
    fn book(&mut self, dentist: i64, mut date: NaiveDate) -> NaiveDateTime {
        let start = self.rng.gen_range(0..SLOTS_PER_DAY);
        loop {
            for step in 0..SLOTS_PER_DAY {
                let slot = (start + step) % SLOTS_PER_DAY;
                let time =
                    date.and_hms_opt(FIRST_HOUR + slot / 2, (slot % 2) * 30, 0).unwrap_or_default();
                if self.booked.insert((dentist, time)) {
                    return time;
                }
            }
            let forward = date > self.today;
            date = working_day(date + Duration::days(if forward { 1 } else { -1 }), forward);
        }
    }

    fn treatments(&mut self, p: &Patient) -> rusqlite::Result<()> {
        if p.id == PATIENT_ONE.id {
            for &(nombre, estatus, started) in PATIENT_ONE_TREATMENTS {
                self.treatment(p, treatment(nombre), estatus, Some(started))?;
            }
            return Ok(());
        }
        let age = age_on(p.birth, self.today);
        for _ in 0..self.rng.gen_range(0..=3) {
            let mut kind = pick(&mut self.rng, TREATMENTS);
            while kind.min_age > age {
                kind = pick(&mut self.rng, TREATMENTS);
            }
            let estatus = match self.rng.gen_range(0..100) {
                0..=44 => "activo",
                45..=89 => "completado",
                _ => "cancelado",
            };
            self.treatment(p, kind, estatus, None)?;
        }
        Ok(())
    }

    /// Writes one treatment; `started` (days from today) fixes its start, else it is drawn.
    /// Every treatment lies within the appointments' window, after the patient registered.
    fn treatment(
        &mut self,
        p: &Patient,
        kind: &TreatmentKind,
        estatus: &str,
        started: Option<i64>,
    ) -> rusqlite::Result<()> {
        let id = self.next_tratamiento;
        self.next_tratamiento += 1;
        let length = self.rng.gen_range(kind.days.0..=kind.days.1).min(PAST_DAYS - 1);
        let (start, end, avance) = match estatus {
            "activo" => {
                // Progress is the share of the planned time gone by, never 0 or 100 while
                // active.
                let elapsed = match started {
                    Some(offset) => -offset,
                    None => self.rng.gen_range(1..=length),
                };
                let start = working_day(self.day(-elapsed), false);
                (start, None, progress(elapsed, length).clamp(10, 90))
            }
            "completado" => {
                let start = match started {
                    Some(offset) => self.day(offset),
                    None => self.day_in(-PAST_DAYS..=-length - 1),
                };
                let start = working_day(start, false);
                (start, Some(start + Duration::days(length)), 100)
            }
            _ => {
                // A cancelled treatment records the day it was stopped, partway through.
                let start = match started {
                    Some(offset) => self.day(offset),
                    None => self.day_in(-PAST_DAYS..=-60),
                };
                let start = working_day(start, false);
                let ran = self.rng.gen_range(1..=length.min(59));
                (start, Some(start + Duration::days(ran)), progress(ran, length).min(60))
            }
        };
        let costo = f64::from(50 * self.rng.gen_range(kind.cost.0 / 50..=kind.cost.1 / 50));
        let tooth = 10 * self.rng.gen_range(1..=4) + self.rng.gen_range(1..=8);
        let notas = format!(
            "HIDDEN-NOTAS-CLINICAS tratamiento {id}: pieza {tooth}, {}",
            pick(&mut self.rng, NOTAS_CLINICAS)
        );
        let codigo = format!("HIDDEN-CIE-{}-{id}", kind.cie);
        self.tx
            .prepare_cached(
                "INSERT INTO tratamiento (id_tratamiento, id_paciente, id_dentista, nombre,
                     descripcion, procedimiento, estatus, avance, fecha_inicio, fecha_fin, costo,
                     notas_clinicas, codigo_diagnostico)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            )?
            .execute(params![
                id,
                p.id,
                p.dentist,
                kind.nombre,
                kind.descripcion,
                kind.procedimiento,
                estatus,
                avance,
                start.format("%Y-%m-%d").to_string(),
                end.map(|d| d.format("%Y-%m-%d").to_string()),
                costo,
                notas,
                codigo
            ])?;
        Ok(())
    }

    fn history(&mut self, p: &Patient) -> rusqlite::Result<()> {
        let age = age_on(p.birth, self.today);
        // Chronic conditions are for adults, and for about a third of them.
        let (padecimiento, medicamento) = if age >= 30 && self.rng.gen_bool(0.35) {
            *pick(&mut self.rng, CONDITIONS)
        } else {
            NO_CONDITION
        };
        let alergias =
            if self.rng.gen_bool(0.65) { NO_ALLERGY } else { pick(&mut self.rng, ALLERGIES) };
        let shared = match p.id {
            1 => true,
            2 => false,
            _ => self.rng.gen_bool(0.5),
        };
        let id = p.id;
        let privadas =
            format!("HIDDEN-NOTAS-PRIVADAS paciente {id}: {}", pick(&mut self.rng, NOTAS_PRIVADAS));
        let evaluacion =
            format!("HIDDEN-EVALUACION paciente {id}: {}", pick(&mut self.rng, EVALUACIONES));
        let rx = format!("HIDDEN-RX paciente {id}: {}", pick(&mut self.rng, INTERPRETACIONES_RX));
        let recomendacion = format!(
            "{RECOMMENDATION_MARKER} paciente {id}: {}",
            pick(&mut self.rng, RECOMENDACIONES)
        );
        let reviewed = self.day_in(-120..=-1);
        let updated = self.office_time(reviewed);
        self.tx
            .prepare_cached(
                "INSERT INTO historial_medico (id_historial, id_paciente, alergias, medicamentos,
                     padecimientos, notas_privadas, evaluacion_diagnostica, interpretacion_rx,
                     recomendaciones, recomendaciones_compartidas, updated_at)
                 VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?
            .execute(params![
                id,
                alergias,
                medicamento,
                padecimiento,
                privadas,
                evaluacion,
                rx,
                recomendacion,
                shared,
                updated
            ])?;

        // The questionnaire agrees with the history: a diabetic says so, and only women of
        // child-bearing age are asked about (and may answer yes to) pregnancy.
        let mut answers = vec![
            ("¿Fuma?", age >= 18 && self.rng.gen_bool(0.2)),
            ("¿Es diabético?", padecimiento == DIABETES),
            ("¿Ha tenido reacciones a la anestesia?", self.rng.gen_bool(0.06)),
            ("¿Sangra al cepillarse?", self.rng.gen_bool(0.3)),
        ];
        if p.female {
            let pregnant = (18..=42).contains(&age) && self.rng.gen_bool(0.12);
            answers.push(("¿Está embarazada?", pregnant));
        }
        if medicamento != NO_CONDITION.1 || self.rng.gen_bool(0.5) {
            answers.push(("¿Toma algún medicamento actualmente?", medicamento != NO_CONDITION.1));
        }
        for (orden, (pregunta, yes)) in (1..).zip(answers) {
            let id = self.next_respuesta;
            self.next_respuesta += 1;
            self.tx
                .prepare_cached(
                    "INSERT INTO cuestionario_salud (id_respuesta, id_paciente, orden, pregunta,
                                                     respuesta)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![id, p.id, orden, pregunta, if yes { "Sí" } else { "No" }])?;
        }
        Ok(())
    }
}

fn pick<'t, T>(rng: &mut StdRng, items: &'t [T]) -> &'t T {
    &items[rng.gen_range(0..items.len())]
}

fn treatment(nombre: &str) -> &'static TreatmentKind {
    TREATMENTS.iter().find(|t| t.nombre == nombre).expect("treatment is in TREATMENTS")
}

/// The schema's time format.
fn stamp(time: NaiveDateTime) -> String {
    time.format("%Y-%m-%d %H:%M:%S").to_string()
}

/// Clinics close on Sunday: a Sunday moves to the Monday after when `forward`, else to the
/// Saturday before, so a past day stays past and a future day stays future.
fn working_day(date: NaiveDate, forward: bool) -> NaiveDate {
    if date.weekday() != Weekday::Sun {
        date
    } else if forward {
        date + Duration::days(1)
    } else {
        date - Duration::days(1)
    }
}

/// The share of `length` days that `elapsed` days make, in percent rounded to a multiple of 5.
fn progress(elapsed: i64, length: i64) -> i64 {
    5 * ((20 * elapsed + length / 2) / length.max(1))
}

fn age_on(birth: NaiveDate, today: NaiveDate) -> i32 {
    let before_birthday = (today.month(), today.day()) < (birth.month(), birth.day());
    today.year() - birth.year() - i32::from(before_birthday)
}

/// Spanish accented letters to their plain ones; other characters unchanged.
fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'ä' => 'a',
        'é' | 'è' | 'ë' => 'e',
        'í' | 'ì' | 'ï' => 'i',
        'ó' | 'ò' | 'ö' => 'o',
        'ú' | 'ù' | 'ü' => 'u',
        'ñ' => 'n',
        'Á' | 'À' | 'Ä' => 'A',
        'É' | 'È' | 'Ë' => 'E',
        'Í' | 'Ì' | 'Ï' => 'I',
        'Ó' | 'Ò' | 'Ö' => 'O',
        'Ú' | 'Ù' | 'Ü' => 'U',
        'Ñ' => 'N',
        other => other,
    }
}

/// A name as it may appear in an email address: lower-case ASCII letters only.
fn ascii_lower(name: &str) -> String {
    name.chars()
        .map(fold_accent)
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The letters of one word as a CURP reads them: upper case, no accents, and Ñ written X as
/// RENAPO does, since Ñ has no place in the code's character set.
fn curp_letters(word: &str) -> Vec<char> {
    word.chars()
        .flat_map(char::to_uppercase)
        .map(|c| if c == 'Ñ' { 'X' } else { fold_accent(c) })
        .filter(char::is_ascii_uppercase)
        .collect()
}

/// The given name a CURP is built from. María and José are so often the first half of a
/// compound name that RENAPO uses the second half instead, to tell people apart.
fn curp_given_name(nombre: &str) -> Vec<char> {
    let words: Vec<Vec<char>> = nombre.split_whitespace().map(curp_letters).collect();
    let skipped = |w: &Vec<char>| {
        matches!(w.iter().collect::<String>().as_str(), "MARIA" | "MA" | "JOSE" | "J")
    };
    match words.as_slice() {
        [first, second, ..] if skipped(first) => second.clone(),
        [first, ..] => first.clone(),
        [] => Vec::new(),
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'A' | 'E' | 'I' | 'O' | 'U')
}

fn initial(word: &[char]) -> char {
    word.first().copied().unwrap_or('X')
}

/// The first vowel after the first letter; X when there is none.
fn internal_vowel(word: &[char]) -> char {
    word.iter().skip(1).copied().find(|&c| is_vowel(c)).unwrap_or('X')
}

/// The first consonant after the first letter; X when there is none.
fn internal_consonant(word: &[char]) -> char {
    word.iter().skip(1).copied().find(|&c| !is_vowel(c)).unwrap_or('X')
}

/// RENAPO's list of four-letter words a CURP must not spell; their second letter becomes X.
const INCONVENIENT_WORDS: &[&str] = &[
    "BACA", "BAKA", "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "CAKO", "COGE", "COGI",
    "COJA", "COJE", "COJI", "COJO", "COLA", "CULO", "FALO", "FETO", "GETA", "GUEI", "GUEY", "JETA",
    "JOTO", "KACA", "KACO", "KAGA", "KAGO", "KAKA", "KAKO", "KOGE", "KOGI", "KOJA", "KOJE", "KOJI",
    "KOJO", "KOLA", "KULO", "LILO", "LOCA", "LOCO", "LOKA", "LOKO", "MAME", "MAMO", "MEAR", "MEAS",
    "MEON", "MIAR", "MION", "MOCO", "MOKO", "MULA", "MULO", "NACA", "NACO", "PEDA", "PEDO", "PENE",
    "PIPI", "PITO", "POPO", "PUTA", "PUTO", "QULO", "RATA", "ROBA", "ROBE", "ROBO", "RUIN", "SENO",
    "TETA", "VACA", "VAGA", "VAGO", "VAKA", "VUEI", "VUEY", "WUEI", "WUEY",
];

/// A CURP built by the standard rules from the patient's names, birth date, sex and their
/// clinic's state, with `homoclave` as the 17th character and RENAPO's check digit last.
fn curp(p: &Patient, homoclave: char) -> String {
    let paterno = curp_letters(p.paterno);
    let materno = curp_letters(p.materno);
    let nombre = curp_given_name(p.nombre);
    let mut letters = String::from_iter([
        initial(&paterno),
        internal_vowel(&paterno),
        initial(&materno),
        initial(&nombre),
    ]);
    if INCONVENIENT_WORDS.contains(&letters.as_str()) {
        letters.replace_range(1..2, "X");
    }
    let mut key = format!(
        "{letters}{}{}{}{}{}{}{homoclave}",
        p.birth.format("%y%m%d"),
        if p.female { 'M' } else { 'H' },
        p.clinic.curp_state,
        internal_consonant(&paterno),
        internal_consonant(&materno),
        internal_consonant(&nombre),
    );
    key.push(curp_check_digit(&key));
    key
}

/// RENAPO's check digit over the first 17 characters: each character's place in the table
/// below, weighted 18 down to 2, summed; the digit brings the sum up to a multiple of ten.
fn curp_check_digit(first17: &str) -> char {
    const VALUES: &str = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
    let sum: usize = first17
        .chars()
        .zip((2..=18).rev())
        .map(|(c, weight)| VALUES.chars().position(|v| v == c).unwrap_or(0) * weight)
        .sum();
    char::from(b'0' + ((10 - sum % 10) % 10) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::types::Value;
    use rusqlite::Connection;

    /// A Wednesday, mid-morning UTC.
    fn now() -> DateTime<Utc> {
        NaiveDate::from_ymd_opt(2025, 6, 11)
            .and_then(|d| d.and_hms_opt(10, 15, 0))
            .expect("valid time")
            .and_utc()
    }

    fn demo_db(now: DateTime<Utc>) -> Connection {
        let mut conn = Connection::open_in_memory().expect("open");
        conn.execute_batch("PRAGMA foreign_keys=ON").expect("pragma");
        conn.execute_batch(include_str!("../../schema.sql")).expect("schema");
        let tx = conn.transaction().expect("begin");
        let summary = fill(&tx, now).expect("fill");
        tx.commit().expect("commit");
        assert_eq!(summary.patients, 56);
        conn
    }

    fn count(conn: &Connection, sql: &str) -> i64 {
        conn.query_row(sql, [], |row| row.get(0)).expect(sql)
    }

    fn strings(conn: &Connection, sql: &str) -> Vec<(i64, Option<String>)> {
        let mut stmt = conn.prepare(sql).expect(sql);
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).expect(sql);
        rows.collect::<rusqlite::Result<_>>().expect(sql)
    }

    /// Every table, so the determinism check cannot miss one; checked against sqlite_master.
    const DUMPS: &[(&str, &str)] = &[
        ("acceso_movil", "SELECT * FROM acceso_movil ORDER BY rowid"),
        ("auditoria", "SELECT * FROM auditoria ORDER BY rowid"),
        ("cita", "SELECT * FROM cita ORDER BY rowid"),
        ("clinica", "SELECT * FROM clinica ORDER BY rowid"),
        ("cuestionario_salud", "SELECT * FROM cuestionario_salud ORDER BY rowid"),
        ("historial_medico", "SELECT * FROM historial_medico ORDER BY rowid"),
        ("intento_desconocido", "SELECT * FROM intento_desconocido ORDER BY rowid"),
        ("paciente", "SELECT * FROM paciente ORDER BY rowid"),
        ("politica_clinica", "SELECT * FROM politica_clinica ORDER BY rowid"),
        ("tratamiento", "SELECT * FROM tratamiento ORDER BY rowid"),
        ("usuario", "SELECT * FROM usuario ORDER BY rowid"),
    ];

    fn dump(conn: &Connection) -> Vec<String> {
        let mut out = Vec::new();
        for (table, sql) in DUMPS {
            let mut stmt = conn.prepare(sql).expect(sql);
            let columns = stmt.column_count();
            let mut rows = stmt.query([]).expect(sql);
            while let Some(row) = rows.next().expect(sql) {
                let values: Vec<Value> = (0..columns).map(|i| row.get(i).expect("value")).collect();
                out.push(format!("{table}: {values:?}"));
            }
        }
        out
    }

    const VISITS_BEFORE: &str = "SELECT count(*) FROM cita
        WHERE (?1 = 0 OR id_paciente = ?1) AND estatus = ?2 AND fecha_hora < ?3";
    const VISITS_AFTER: &str = "SELECT count(*) FROM cita
        WHERE (?1 = 0 OR id_paciente = ?1) AND estatus = ?2 AND fecha_hora > ?3";

    /// Appointments of `patient` (0: of everyone) with `estatus`, before or after `at`.
    fn visits(conn: &Connection, sql: &str, patient: i64, estatus: &str, at: &str) -> i64 {
        conn.query_row(sql, params![patient, estatus, at], |r| r.get(0)).expect(sql)
    }

    fn is_curp_consonant(c: u8) -> bool {
        c.is_ascii_uppercase() && !b"AEIOU".contains(&c)
    }

    /// ^[A-Z]{4}\d{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\d$, by hand.
    fn curp_shape_ok(curp: &str) -> bool {
        let b = curp.as_bytes();
        b.len() == 18
            && b[0..4].iter().all(u8::is_ascii_uppercase)
            && b[4..10].iter().all(u8::is_ascii_digit)
            && matches!(b[10], b'H' | b'M')
            && b[11..13].iter().all(u8::is_ascii_uppercase)
            && b[13..16].iter().all(|&c| is_curp_consonant(c))
            && (b[16].is_ascii_digit() || b[16].is_ascii_uppercase())
            && b[17].is_ascii_digit()
    }

    #[test]
    fn counts_match_the_summary() {
        let conn = demo_db(now());
        assert_eq!(count(&conn, "SELECT count(*) FROM clinica"), 2);
        assert_eq!(count(&conn, "SELECT count(*) FROM politica_clinica"), 2);
        assert!(count(&conn, "SELECT count(*) FROM paciente WHERE id_clinica = 1") >= 40);
        assert_eq!(count(&conn, "SELECT min(id_paciente) FROM paciente WHERE id_clinica = 1"), 1);
        assert_eq!(count(&conn, "SELECT max(id_paciente) FROM paciente WHERE id_clinica = 1"), 44);
        assert_eq!(count(&conn, "SELECT min(id_paciente) FROM paciente WHERE id_clinica = 2"), 45);
        assert_eq!(count(&conn, "SELECT max(id_paciente) FROM paciente WHERE id_clinica = 2"), 56);
        assert_eq!(count(&conn, "SELECT count(*) FROM historial_medico"), 56);
        assert_eq!(count(&conn, "SELECT count(*) FROM acceso_movil"), 0);
        assert_eq!(count(&conn, "SELECT count(*) FROM auditoria"), 0);
        assert!(count(&conn, "SELECT count(*) FROM paciente WHERE email IS NULL") >= 4);
    }

    #[test]
    fn summary_lists_the_staff_as_built() {
        let mut conn = Connection::open_in_memory().expect("open");
        conn.execute_batch(include_str!("../../schema.sql")).expect("schema");
        let tx = conn.transaction().expect("begin");
        let summary = fill(&tx, now()).expect("fill");
        let clinic = |name: &str| Some(name.to_string());
        let sonrisa = clinic("Clínica Dental Sonrisa Norte");
        let valle = clinic("Consultorio Dental del Valle");
        let staff: Vec<_> = summary
            .staff
            .iter()
            .map(|s| (s.username.as_str(), s.role, s.clinic.clone(), s.active))
            .collect();
        assert_eq!(
            staff,
            [
                ("admin", "super_admin", None, true),
                ("dra.garcia", "dentista", sonrisa.clone(), true),
                ("dr.lopez", "dentista", sonrisa.clone(), true),
                ("recepcion", "asistente", sonrisa.clone(), true),
                ("ex.asistente", "asistente", sonrisa.clone(), false),
                ("dr.ramirez", "dentista", valle.clone(), true),
                ("recepcion.valle", "asistente", valle.clone(), true),
            ]
        );
        assert_eq!(
            summary.clinics,
            [
                (1, "Clínica Dental Sonrisa Norte".into()),
                (2, "Consultorio Dental del Valle".into())
            ]
        );
        let inactive: String = tx
            .query_row("SELECT estatus FROM usuario WHERE usuario = 'ex.asistente'", [], |r| {
                r.get(0)
            })
            .expect("ex.asistente");
        assert_eq!(inactive, "inactivo");
    }

    #[test]
    fn a_second_fill_fails_instead_of_mixing_rows() {
        let mut conn = demo_db(now());
        let tx = conn.transaction().expect("begin");
        assert!(fill(&tx, now()).is_err());
    }

    #[test]
    fn every_curp_has_the_official_shape_and_check_digit() {
        let conn = demo_db(now());
        let rows = strings(&conn, "SELECT id_paciente, curp FROM paciente");
        assert_eq!(rows.len(), 56);
        for (id, curp) in rows {
            let curp = curp.expect("every patient has a CURP");
            assert!(curp_shape_ok(&curp), "patient {id}: {curp}");
            assert_eq!(curp_check_digit(&curp[..17]), curp.chars().last().unwrap(), "{curp}");
        }
        // The 17th character is a digit for people born before 2000 and a letter after.
        let mut stmt = conn.prepare("SELECT fecha_nacimiento, curp FROM paciente").unwrap();
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)));
        for row in rows.unwrap() {
            let (birth, curp) = row.unwrap();
            let homoclave = curp.as_bytes()[16];
            assert_eq!(birth.as_str() < "2000", homoclave.is_ascii_digit(), "{birth} {curp}");
        }
    }

    #[test]
    fn curp_follows_renapo_rules() {
        // python-stdnum's example of a valid key.
        assert_eq!(curp_check_digit("BOXW310820HNERXN0"), '9');
        let birth = NaiveDate::from_ymd_opt(1990, 5, 12).unwrap();
        let juan = Patient {
            nombre: "Juan",
            paterno: "Pérez",
            materno: "López",
            female: false,
            birth,
            ..PATIENT_ONE
        };
        assert!(curp(&juan, '0').starts_with("PELJ900512HNLRPN0"));
        // A leading María is skipped; Ñ counts as X.
        let maria = Patient { nombre: "María Ñeli", paterno: "Muñoz", ..juan };
        assert!(curp(&maria, '0').starts_with("MULX900512HNLXPL0"), "{}", curp(&maria, '0'));
        // Four letters that spell a rude word get an X in second place.
        let baca = Patient { nombre: "Ana", paterno: "Bañuelos", materno: "Castro", ..juan };
        assert!(curp(&baca, '0').starts_with("BXCA"), "{}", curp(&baca, '0'));
        assert!(curp(&PATIENT_ONE, '3').starts_with("HETF840315MNLRRR3"));
    }

    #[test]
    fn patients_are_plausible() {
        let conn = demo_db(now());
        let mut stmt = conn
            .prepare(
                "SELECT id_paciente, id_clinica, nombre, sexo, telefono, email,
                        fecha_nacimiento FROM paciente",
            )
            .unwrap();
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, String>(6)?,
                ))
            })
            .unwrap();
        for row in rows {
            let (id, clinic, nombre, sexo, telefono, email, birth) = row.unwrap();
            let names = if sexo == "F" { FEMALE_NAMES } else { MALE_NAMES };
            assert!(names.contains(&nombre.as_str()), "{id}: {nombre} is {sexo}");
            let area = if clinic == 1 { "81" } else { "33" };
            assert!(telefono.len() == 10 && telefono.starts_with(area), "{telefono}");
            assert!(telefono.bytes().all(|b| b.is_ascii_digit()));
            assert!(("1940".."2016").contains(&birth.as_str()), "{birth}");
            if let Some(email) = email {
                assert!(
                    email.ends_with("@example.com") || email.ends_with("@example.mx"),
                    "{email}"
                );
                assert!(email.is_ascii() && email == email.to_lowercase(), "{email}");
            }
        }
        let email: Option<String> = conn
            .query_row("SELECT email FROM paciente WHERE id_paciente = 1", [], |r| r.get(0))
            .unwrap();
        assert_eq!(email.as_deref(), Some("maria.hernandez84@example.com"));
    }

    #[test]
    fn every_hidden_column_is_filled_and_names_its_row() {
        let conn = demo_db(now());
        let checks: &[(&str, &str)] = &[
            ("SELECT id_cita, notas_internas FROM cita", "HIDDEN-NOTAS-INTERNAS cita {}: "),
            (
                "SELECT id_tratamiento, notas_clinicas FROM tratamiento",
                "HIDDEN-NOTAS-CLINICAS tratamiento {}: ",
            ),
            (
                "SELECT id_paciente, notas_privadas FROM historial_medico",
                "HIDDEN-NOTAS-PRIVADAS paciente {}: ",
            ),
            (
                "SELECT id_paciente, evaluacion_diagnostica FROM historial_medico",
                "HIDDEN-EVALUACION paciente {}: ",
            ),
            (
                "SELECT id_paciente, interpretacion_rx FROM historial_medico",
                "HIDDEN-RX paciente {}: ",
            ),
            (
                "SELECT id_paciente, recomendaciones FROM historial_medico",
                "RECOMENDACION paciente {}: ",
            ),
        ];
        for (sql, prefix) in checks {
            let rows = strings(&conn, sql);
            assert!(!rows.is_empty(), "{sql}");
            for (id, text) in rows {
                let text = text.unwrap_or_default();
                let prefix = prefix.replace("{}", &id.to_string());
                assert!(text.starts_with(&prefix) && text.len() > prefix.len(), "{text}");
            }
        }
        let codes = strings(&conn, "SELECT id_tratamiento, codigo_diagnostico FROM tratamiento");
        for (id, code) in codes {
            let code = code.unwrap_or_default();
            assert!(
                code.starts_with("HIDDEN-CIE-K0") && code.ends_with(&format!("-{id}")),
                "{code}"
            );
        }
        assert!(HIDDEN_MARKERS.iter().all(|m| "HIDDEN-RX paciente 1: x".contains(m)));
        let shared =
            count(&conn, "SELECT count(*) FROM historial_medico WHERE recomendaciones_compartidas");
        assert!((18..=38).contains(&shared), "{shared} of 56 shared");
    }

    #[test]
    fn foreign_keys_hold() {
        let conn = demo_db(now());
        let mut stmt = conn.prepare("PRAGMA foreign_key_check").unwrap();
        let mut rows = stmt.query([]).unwrap();
        assert!(rows.next().unwrap().is_none());
        // Appointments and treatments belong to a dentist of the patient's own clinic.
        let misplaced = count(
            &conn,
            "SELECT count(*) FROM cita c JOIN paciente p USING (id_paciente)
                 JOIN usuario u ON u.id_usuario = c.id_dentista
             WHERE c.id_clinica != p.id_clinica OR u.id_clinica != p.id_clinica
                OR u.rol != 'dentista' OR u.estatus != 'activo'",
        );
        assert_eq!(misplaced, 0);
        let misplaced = count(
            &conn,
            "SELECT count(*) FROM tratamiento t JOIN paciente p USING (id_paciente)
                 JOIN usuario u ON u.id_usuario = t.id_dentista
             WHERE u.id_clinica != p.id_clinica OR u.rol != 'dentista'",
        );
        assert_eq!(misplaced, 0);
    }

    #[test]
    fn appointments_cover_every_status_past_and_future_in_office_hours() {
        let conn = demo_db(now());
        let before = |estatus: &str| visits(&conn, VISITS_BEFORE, 0, estatus, "2025-06-11");
        let after = |estatus: &str| visits(&conn, VISITS_AFTER, 0, estatus, "2025-06-11");
        assert!(before(COMPLETADA) > 50);
        assert!(before(CANCELADA) > 0);
        assert!(after(PROGRAMADA) > 10);
        assert!(after(CANCELADA) > 0);
        assert_eq!(after(COMPLETADA) + before(PROGRAMADA), 0);
        assert_eq!(
            count(&conn, "SELECT count(*) FROM cita WHERE date(fecha_hora) = '2025-06-11'"),
            0
        );
        let off_hours = count(
            &conn,
            "SELECT count(*) FROM cita
             WHERE strftime('%w', fecha_hora) = '0'
                OR time(fecha_hora) NOT BETWEEN '09:00:00' AND '18:30:00'
                OR strftime('%M', fecha_hora) NOT IN ('00', '30')
                OR strftime('%S', fecha_hora) != '00'
                OR fecha_hora < date('2025-06-11', '-560 days')
                OR fecha_hora > date('2025-06-11', '+125 days')",
        );
        assert_eq!(off_hours, 0);
        let double_booked = count(
            &conn,
            "SELECT count(*) FROM (SELECT 1 FROM cita GROUP BY id_dentista, fecha_hora
                                   HAVING count(*) > 1)",
        );
        assert_eq!(double_booked, 0);
    }

    #[test]
    fn treatments_and_questionnaires_are_consistent() {
        let conn = demo_db(now());
        for status in ["activo", "completado", "cancelado"] {
            let n: i64 = conn
                .query_row("SELECT count(*) FROM tratamiento WHERE estatus = ?1", [status], |r| {
                    r.get(0)
                })
                .unwrap();
            assert!(n > 0, "{status}");
        }
        let bad = count(
            &conn,
            "SELECT count(*) FROM tratamiento
             WHERE (estatus = 'activo' AND (avance NOT BETWEEN 10 AND 90 OR fecha_fin IS NOT NULL))
                OR (estatus = 'completado' AND (avance != 100 OR fecha_fin IS NULL))
                OR fecha_inicio > '2025-06-11' OR fecha_fin > '2025-06-11'
                OR fecha_fin < fecha_inicio
                OR fecha_inicio < date('2025-06-11', '-545 days')
                OR costo NOT BETWEEN 450 AND 38000",
        );
        assert_eq!(bad, 0);
        // Nobody is treated or seen before they were registered.
        let early = count(
            &conn,
            "SELECT (SELECT count(*) FROM tratamiento t JOIN paciente p USING (id_paciente)
                     WHERE t.fecha_inicio < date(p.created_at))
                  + (SELECT count(*) FROM cita c JOIN paciente p USING (id_paciente)
                     WHERE c.fecha_hora < p.created_at)",
        );
        assert_eq!(early, 0);
        let per_patient = count(
            &conn,
            "SELECT count(*) FROM (SELECT id_paciente, count(*) AS n, min(orden) AS lo,
                                          max(orden) AS hi
                                   FROM cuestionario_salud GROUP BY id_paciente)
             WHERE n BETWEEN 4 AND 6 AND lo = 1 AND hi = n",
        );
        assert_eq!(per_patient, 56);
        let pregnant_men = count(
            &conn,
            "SELECT count(*) FROM cuestionario_salud JOIN paciente USING (id_paciente)
             WHERE pregunta = '¿Está embarazada?' AND sexo != 'F'",
        );
        assert_eq!(pregnant_men, 0);
        let answers = count(
            &conn,
            "SELECT count(*) FROM cuestionario_salud WHERE respuesta NOT IN ('Sí', 'No')",
        );
        assert_eq!(answers, 0);
    }

    #[test]
    fn patient_one_has_something_in_every_view_whatever_the_day() {
        // A whole week (so every weekday is `today` once), a leap day and a year's last second.
        let mut moments: Vec<DateTime<Utc>> = (-3..4).map(|d| now() + Duration::days(d)).collect();
        moments.push(
            NaiveDate::from_ymd_opt(2028, 2, 29).unwrap().and_hms_opt(0, 0, 0).unwrap().and_utc(),
        );
        moments.push(
            NaiveDate::from_ymd_opt(2026, 12, 31)
                .unwrap()
                .and_hms_opt(23, 59, 59)
                .unwrap()
                .and_utc(),
        );
        for moment in moments {
            let conn = demo_db(moment);
            let at = moment.format("%Y-%m-%d %H:%M:%S").to_string();
            let before = |estatus: &str| visits(&conn, VISITS_BEFORE, 1, estatus, &at);
            let after = |estatus: &str| visits(&conn, VISITS_AFTER, 1, estatus, &at);
            assert!(after(PROGRAMADA) >= 2, "{at}");
            assert!(before(COMPLETADA) >= 2, "{at}");
            assert!(before(CANCELADA) >= 1, "{at}");
            assert_eq!(before(PROGRAMADA) + after(COMPLETADA), 0, "{at}");
            let started = |estatus: &str| -> i64 {
                let sql = "SELECT count(*) FROM tratamiento
                           WHERE id_paciente = 1 AND estatus = ?1 AND fecha_inicio < ?2";
                conn.query_row(sql, [estatus, &at], |r| r.get(0)).unwrap()
            };
            assert!(started("activo") >= 1, "{at}");
            assert!(started("completado") >= 1, "{at}");
            let shared = |patient: i64| -> i64 {
                let sql = "SELECT recomendaciones_compartidas FROM historial_medico
                           WHERE id_paciente = ?1";
                conn.query_row(sql, [patient], |r| r.get(0)).unwrap()
            };
            assert_eq!((shared(1), shared(2)), (1, 0));
            assert_eq!(count(&conn, "SELECT id_clinica FROM paciente WHERE id_paciente = 2"), 1);
            let mut stmt = conn.prepare("PRAGMA foreign_key_check").unwrap();
            assert!(stmt.query([]).unwrap().next().unwrap().is_none(), "{at}");
        }
    }

    #[test]
    fn the_same_now_gives_identical_databases() {
        let tables: Vec<String> = {
            let conn = demo_db(now());
            let mut stmt = conn
                .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .unwrap();
            let names = stmt.query_map([], |r| r.get(0)).unwrap();
            names.collect::<rusqlite::Result<_>>().unwrap()
        };
        let listed: Vec<&str> = DUMPS.iter().map(|(table, _)| *table).collect();
        assert_eq!(tables, listed);

        let first = dump(&demo_db(now()));
        let second = dump(&demo_db(now()));
        assert!(first.len() > 500);
        assert_eq!(first, second);
        // The same day at another hour is the same demo; another day moves the dates.
        assert_eq!(first, dump(&demo_db(now() + Duration::hours(9))));
        assert_ne!(first, dump(&demo_db(now() + Duration::days(1))));
    }
}

//! Staff commands for the whole life of a patient's mobile access: create, show, list, expiry,
//! deactivate and activate, rotate-token, reset-password, unlock; who may run them, what the
//! audit trail records, what never reaches the screen; and the policy that shapes new accesses.

use std::os::unix::fs::PermissionsExt;

use acceso::domain::credentials::{token_digest, verify_password};
use serde_json::Value;

use crate::common::{Env, Run};

/// A receptionist of clinic 1 (patients 1..=44).
const DESK: &str = "recepcion";
/// A dentist of clinic 1: may also change the clinic's policy.
const DENTIST: &str = "dra.garcia";
/// A receptionist of clinic 2 (patients 45..=56).
const OTHER_DESK: &str = "recepcion.valle";
/// The super admin, of no clinic.
const ADMIN: &str = "admin";

const FORMATS: [&str; 3] = ["table", "json", "csv"];

/// The start of every hash made with the default costs.
const DEFAULT_PHC_PREFIX: &str = "$argon2id$v=19$m=19456,t=2,p=1$";

/// A password that passes the patients' password rules.
const CHOSEN_PASSWORD: &str = "correct horse battery staple 42";

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn args<'a>(words: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    words.iter().chain(extra).copied().collect()
}

/// `access create PATIENT EXTRA... --format json` as the desk; returns the printed credential.
fn issue(env: &Env, patient: &str, extra: &[&str]) -> Value {
    let command = args(&["access", "create", patient, "--format", "json"], extra);
    let credential = env.staff(DESK, &command).ok().json();
    assert_temporary_password(text(&credential["temporary_password"]));
    credential
}

/// Issues access for `patient` and returns the temporary password.
fn issue_password(env: &Env, patient: &str) -> String {
    text(&issue(env, patient, &[])["temporary_password"]).to_string()
}

fn text(value: &Value) -> &str {
    value.as_str().unwrap_or_else(|| panic!("expected a string, got {value}"))
}

/// Four groups of four from an alphabet without look-alikes.
#[track_caller]
fn assert_temporary_password(password: &str) {
    let groups: Vec<&str> = password.split('-').collect();
    assert_eq!(groups.len(), 4, "{password}");
    for group in groups {
        assert_eq!(group.chars().count(), 4, "{password}");
        for c in group.chars() {
            assert!(c.is_ascii_lowercase() || c.is_ascii_digit(), "{password}");
            assert!(!"0O1lIoi".contains(c), "look-alike {c:?} in {password}");
        }
    }
}

/// One column of a patient's `acceso_movil` row.
fn column<T: rusqlite::types::FromSql>(env: &Env, patient: i64, column: &str) -> T {
    env.query(&format!("SELECT {column} FROM acceso_movil WHERE id_paciente = {patient}"))
}

fn stored_hash(env: &Env, patient: i64) -> String {
    column(env, patient, "password")
}

fn access_count(env: &Env) -> i64 {
    env.query("SELECT count(*) FROM acceso_movil")
}

/// Runs SQL directly, to set up states the commands cannot reach quickly.
fn execute(env: &Env, sql: &str) {
    let conn = rusqlite::Connection::open(&env.db).expect("open the test database");
    conn.execute_batch(sql).expect(sql);
}

/// The digest of a made-up session token for `patient`: what a real sign-in stores.
fn planted_digest(patient: i64) -> String {
    token_digest(&format!("session-token-of-patient-{patient}"))
}

/// Gives `patient` a session issued at `issued`, as a sign-in would.
fn plant_session(env: &Env, patient: i64, issued: &str) -> String {
    let digest = planted_digest(patient);
    execute(
        env,
        &format!(
            "UPDATE acceso_movil SET token = '{digest}', token_emitido = '{issued}',
                 ultimo_acceso = '{issued}', ultima_actividad = '{issued}'
             WHERE id_paciente = {patient}"
        ),
    );
    digest
}

/// Locks `patient`'s access as five failed sign-ins would.
fn plant_lock(env: &Env, patient: i64, until: &str) {
    execute(
        env,
        &format!(
            "UPDATE acceso_movil SET intentos_fallidos = 5, bloqueado_hasta = '{until}'
             WHERE id_paciente = {patient}"
        ),
    );
}

/// The patient's first sign-in: replaces the temporary password, accepts the terms, and
/// returns the session token.
fn first_sign_in(env: &Env, username: &str, temporary: &str) -> String {
    let stdin = format!("{temporary}\n{CHOSEN_PASSWORD}\n");
    let command =
        ["password", "change", username, "--password-stdin", "--accept-terms", "--format", "json"];
    let run = env.run_with_stdin(&command, &stdin);
    text(&run.ok().json()["token"]).to_string()
}

/// Signs in `count` times with a wrong password; the fifth failure locks the access.
fn wrong_sign_ins(env: &Env, username: &str, count: usize) {
    for _ in 0..count {
        let run = env.run_with_stdin(&["login", username, "--password-stdin"], "wrong\n");
        assert!(run.code == 7 || run.code == 11, "{run:?}");
    }
}

/// The patient ids `access list FILTER...` prints in one format.
fn listed_in(env: &Env, staff: &str, filter: &[&str], format: &str) -> Vec<i64> {
    let run = env.staff(staff, &args(&["access", "list", "--format", format], filter));
    run.ok();
    match format {
        "json" => run
            .json()
            .as_array()
            .expect("a JSON array")
            .iter()
            .map(|access| access["patient_id"].as_i64().expect("patient_id"))
            .collect(),
        "csv" => {
            let mut lines = run.stdout.lines();
            assert_eq!(lines.next().map(|h| h.starts_with("Patient,")), Some(true), "{run:?}");
            lines.map(|line| line.split(',').next().unwrap().parse().expect(line)).collect()
        }
        // The first cell of a table row is the patient id; wrapped lines leave it empty.
        _ => run
            .stdout
            .lines()
            .filter_map(|line| line.strip_prefix('│')?.split('┆').next()?.trim().parse().ok())
            .collect(),
    }
}

/// The patient ids `access list FILTER...` prints, the same in every format.
fn listed(env: &Env, staff: &str, filter: &[&str]) -> Vec<i64> {
    let ids = listed_in(env, staff, filter, "json");
    for format in ["table", "csv"] {
        assert_eq!(listed_in(env, staff, filter, format), ids, "{format} {filter:?}");
    }
    ids
}

/// `access reset-password PATIENT --format json` as the desk; returns the new credential.
fn reset_password(env: &Env, patient: &str) -> Value {
    env.staff(DESK, &["access", "reset-password", patient, "--format", "json"]).ok().json()
}

/// `access show PATIENT --format json` as the desk.
fn shown(env: &Env, patient: &str) -> Value {
    env.staff(DESK, &["access", "show", patient, "--format", "json"]).ok().json()
}

/// The newest audit row.
#[derive(Debug, PartialEq)]
struct Audited {
    staff: Option<String>,
    action: String,
    patient: Option<i64>,
    outcome: String,
    detail: Option<String>,
}

fn last_audit(env: &Env) -> Audited {
    let conn = rusqlite::Connection::open(&env.db).expect("open the test database");
    conn.query_row(
        "SELECT usuario_staff, accion, id_paciente, resultado, detalle FROM auditoria
         ORDER BY id_auditoria DESC LIMIT 1",
        [],
        |row| {
            Ok(Audited {
                staff: row.get(0)?,
                action: row.get(1)?,
                patient: row.get(2)?,
                outcome: row.get(3)?,
                detail: row.get(4)?,
            })
        },
    )
    .expect("an audit row")
}

/// Every audit row as one text.
fn audit_text(env: &Env) -> String {
    env.query(
        "SELECT group_concat(concat_ws('|', fecha, actor, id_usuario, usuario_staff,
                usuario_movil, id_paciente, id_clinica, accion, resultado, detalle), char(10))
         FROM auditoria",
    )
}

/// Runs a command that must be refused, and checks that it changed nothing but the audit
/// trail, which grew by exactly one row with the refusal.
#[track_caller]
fn assert_refused(
    env: &Env,
    staff: &str,
    command: &[&str],
    (code, exit): (&str, i32),
    action: &str,
) -> Run {
    let before = env.dump(true);
    let audited = env.audit_count();
    let run = env.staff(staff, command);
    run.fails(code, exit);
    assert_eq!(env.dump(true), before, "{command:?} changed the database");
    assert_eq!(env.audit_count(), audited + 1, "{command:?} must be audited once");
    let row = last_audit(env);
    assert_eq!((row.staff.as_deref(), row.action.as_str()), (Some(staff), action), "{command:?}");
    assert_eq!(row.outcome, code, "{command:?}");
    run
}

/// Runs a command that must be refused with invalid input before changing anything.
#[track_caller]
fn assert_invalid_and_unchanged(env: &Env, staff: &str, command: &[&str]) {
    let before = env.dump(true);
    env.staff(staff, command).fails("invalid_input", 3);
    assert_eq!(env.dump(true), before, "{command:?} changed the database");
}

// ---------------------------------------------------------------------------------------------
// access create
// ---------------------------------------------------------------------------------------------

#[test]
fn create_prints_username_temporary_password_and_both_expiries_as_json() {
    let env = Env::demo();
    let credential = issue(&env, "1", &[]);
    for key in [
        "patient_id",
        "username",
        "temporary_password",
        "expires_at",
        "temporary_password_expires_at",
    ] {
        assert!(credential.get(key).is_some(), "{key} missing: {credential}");
    }
    assert_eq!(credential["patient_id"], 1);
    assert_eq!(credential["username"], "paciente_1");
    // 90 days and 7 days from the fixed clock (2026-12-03 12:00:00).
    assert_eq!(credential["expires_at"], "2027-03-03T12:00:00Z");
    assert_eq!(credential["temporary_password_expires_at"], "2026-12-10T12:00:00Z");
}

#[test]
fn create_stores_an_argon2id_hash_that_verifies_only_the_printed_password() {
    let env = Env::demo();
    let password = issue_password(&env, "1");
    let hash = stored_hash(&env, 1);
    assert!(hash.starts_with(DEFAULT_PHC_PREFIX), "{hash}");
    assert!(verify_password(&password, &hash));
    for wrong in [
        password.to_uppercase(),
        password.replace('-', ""),
        format!("{password} "),
        password[..password.len() - 1].to_string(),
        String::new(),
    ] {
        assert!(!verify_password(&wrong, &hash), "{wrong:?} must not verify");
    }

    assert_eq!(column::<String>(&env, 1, "usuario_movil"), "paciente_1");
    assert_eq!(column::<String>(&env, 1, "estatus"), "activo");
    assert_eq!(column::<i64>(&env, 1, "debe_cambiar_password"), 1);
    assert_eq!(column::<Option<String>>(&env, 1, "token"), None);
    assert_eq!(column::<String>(&env, 1, "fecha_expiracion"), "2027-03-03 12:00:00");
    assert_eq!(column::<String>(&env, 1, "password_temporal_expira"), "2026-12-10 12:00:00");
}

#[test]
fn every_temporary_password_is_new_and_free_of_look_alikes() {
    let env = Env::demo();
    let passwords: Vec<String> = (1..=6).map(|p| issue_password(&env, &p.to_string())).collect();
    let mut distinct = passwords.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), passwords.len(), "{passwords:?}");
}

#[test]
fn username_styles_fill_from_the_patients_email_phone_or_id() {
    let env = Env::demo();
    let email = issue(&env, "1", &["--username-style", "email"]);
    assert_eq!(email["username"], "maria.hernandez84@example.com");

    let phone = issue(&env, "2", &["--username-style", "phone"]);
    let digits = text(&phone["username"]);
    assert_eq!(digits.len(), 10, "{digits}");
    assert!(digits.chars().all(|c| c.is_ascii_digit()), "{digits}");
    let on_file: String = env.query("SELECT telefono FROM paciente WHERE id_paciente = 2");
    assert!(on_file.chars().filter(char::is_ascii_digit).collect::<String>().ends_with(digits));

    assert_eq!(issue(&env, "3", &["--username-style", "id"])["username"], "paciente_3");
    assert_eq!(column::<String>(&env, 1, "usuario_movil"), "maria.hernandez84@example.com");
}

#[test]
fn email_style_for_a_patient_without_email_is_invalid_input_and_writes_nothing() {
    let env = Env::demo();
    let email: Option<String> = env.query("SELECT email FROM paciente WHERE id_paciente = 5");
    assert_eq!(email, None, "patient 5 of the demo has no email");
    let run = assert_refused(
        &env,
        DESK,
        &["access", "create", "5", "--username-style", "email"],
        ("invalid_input", 3),
        "access.create",
    );
    assert!(run.stderr.contains("no email"), "{}", run.stderr);
    assert_eq!(access_count(&env), 0);
}

#[test]
fn an_explicit_username_is_stored_in_lower_case() {
    let env = Env::demo();
    assert_eq!(issue(&env, "1", &["--username", "Foo.Bar"])["username"], "foo.bar");
    assert_eq!(column::<String>(&env, 1, "usuario_movil"), "foo.bar");
}

#[test]
fn an_explicit_username_that_is_taken_in_any_case_is_a_conflict() {
    let env = Env::demo();
    issue(&env, "1", &["--username", "foo.bar"]);
    for taken in ["foo.bar", "FOO.BAR", "Foo.Bar"] {
        assert_refused(
            &env,
            DESK,
            &["access", "create", "2", "--username", taken],
            ("conflict", 6),
            "access.create",
        );
    }
    assert_eq!(access_count(&env), 1);
}

#[test]
fn a_generated_username_that_is_taken_gets_a_numbered_suffix() {
    let env = Env::demo();
    issue(&env, "2", &["--username", "paciente_3"]);
    assert_eq!(issue(&env, "3", &[])["username"], "paciente_3_2");
    assert_eq!(column::<String>(&env, 3, "usuario_movil"), "paciente_3_2");
}

#[test]
fn expires_never_stores_no_end_and_spans_and_dates_store_theirs() {
    let env = Env::demo();
    assert_eq!(issue(&env, "1", &["--expires", "never"])["expires_at"], Value::Null);
    assert_eq!(column::<Option<String>>(&env, 1, "fecha_expiracion"), None);

    assert_eq!(issue(&env, "2", &["--expires", "1y"])["expires_at"], "2027-12-03T12:00:00Z");
    assert_eq!(column::<String>(&env, 2, "fecha_expiracion"), "2027-12-03 12:00:00");

    // A date grants access through the whole of that day.
    let dated = issue(&env, "3", &["--expires", "2027-01-31"]);
    assert_eq!(dated["expires_at"], "2027-01-31T23:59:59Z");
    assert_eq!(column::<String>(&env, 3, "fecha_expiracion"), "2027-01-31 23:59:59");
}

#[test]
fn create_refuses_zero_negative_unknown_past_and_absurd_expiries_writing_nothing() {
    let env = Env::demo();
    for expires in ["--expires=0d", "--expires=-5d", "--expires=5x", "--expires=2020-01-01"] {
        assert_invalid_and_unchanged(&env, DESK, &["access", "create", "1", expires]);
    }
    assert_invalid_and_unchanged(&env, DESK, &["access", "create", "1", "--expires", "50y"]);
    assert_eq!(access_count(&env), 0);
}

#[test]
fn create_for_a_patient_who_has_access_is_a_conflict_that_points_to_reset_password() {
    let env = Env::demo();
    let password = issue_password(&env, "1");
    let hash = stored_hash(&env, 1);
    let run =
        assert_refused(&env, DESK, &["access", "create", "1"], ("conflict", 6), "access.create");
    assert!(run.stderr.contains("reset-password"), "{}", run.stderr);
    assert_eq!(stored_hash(&env, 1), hash);
    assert!(verify_password(&password, &hash));
}

#[test]
fn create_for_another_clinics_patient_is_forbidden_and_for_an_unknown_one_not_found() {
    let env = Env::demo();
    assert_refused(&env, DESK, &["access", "create", "45"], ("forbidden", 5), "access.create");
    assert_refused(&env, DESK, &["access", "create", "999"], ("not_found", 4), "access.create");
    assert_eq!(access_count(&env), 0);
}

#[test]
fn create_out_writes_a_private_file_and_never_shows_the_password() {
    let env = Env::demo();
    for (patient, format) in [("1", "json"), ("2", "table")] {
        let path = env.dir().join(format!("credential-{patient}.txt"));
        let out = path.to_str().unwrap();
        let run = env.staff(DESK, &["access", "create", patient, "--out", out, "--format", format]);
        run.ok();

        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{out}");
        let written = std::fs::read_to_string(&path).unwrap();
        let password = if format == "json" {
            let credential: Value = serde_json::from_str(&written).unwrap();
            text(&credential["temporary_password"]).to_string()
        } else {
            let line = written.lines().find(|l| l.starts_with("Temporary password:")).unwrap();
            line.trim_start_matches("Temporary password:").trim().to_string()
        };
        assert_temporary_password(&password);
        assert!(verify_password(&password, &stored_hash(&env, patient.parse().unwrap())));

        assert_eq!(run.stdout, "", "nothing on stdout with --out");
        assert!(!run.all().contains(&password), "the password was shown: {run:?}");
        assert!(!run.all().contains(&password.replace('-', "")), "{run:?}");
    }
}

#[test]
fn create_out_to_an_existing_file_is_a_conflict_and_issues_nothing() {
    let env = Env::demo();
    let path = env.dir().join("credential.txt");
    std::fs::write(&path, "keep me").unwrap();
    let before = env.dump(true);
    let out = path.to_str().unwrap();
    env.staff(DESK, &["access", "create", "1", "--out", out]).fails("conflict", 6);
    assert_eq!(env.dump(true), before);
    assert_eq!(access_count(&env), 0);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
}

#[test]
fn create_out_into_a_missing_folder_fails_before_issuing_anything() {
    let env = Env::demo();
    let path = env.dir().join("no-such-folder").join("credential.txt");
    let before = env.dump(true);
    let run = env.staff(DESK, &["access", "create", "1", "--out", path.to_str().unwrap()]);
    run.fails("io", 16);
    assert_eq!(env.dump(true), before, "an access whose password nobody saw was created");
    assert_eq!(access_count(&env), 0);
}

#[test]
fn a_refused_create_leaves_no_out_file_behind() {
    let env = Env::demo();
    let path = env.dir().join("credential.txt");
    let out = path.to_str().unwrap();
    env.staff(DESK, &["access", "create", "45", "--out", out]).fails("forbidden", 5);
    assert!(!path.exists(), "a refused create left {out}");
    // The name is free again for the next attempt.
    env.staff(DESK, &["access", "create", "1", "--out", out]).ok();
    assert!(path.exists());
}

// ---------------------------------------------------------------------------------------------
// access show and access list
// ---------------------------------------------------------------------------------------------

#[test]
fn show_prints_the_access_in_table_json_and_csv() {
    let env = Env::demo();
    issue(&env, "1", &[]);

    let json = shown(&env, "1");
    assert_eq!(json["patient_id"], 1);
    assert_eq!(json["username"], "paciente_1");
    assert_eq!(json["status"], "activo");
    assert_eq!(json["expires_at"], "2027-03-03T12:00:00Z");
    assert_eq!(json["expired"], false);
    assert_eq!(json["must_change_password"], true);
    assert_eq!(json["has_session"], false);
    assert_eq!(json["last_sign_in_at"], Value::Null);
    assert_eq!(json["locked_until"], Value::Null);

    let table = env.staff(DESK, &["access", "show", "1"]);
    for expected in ["paciente_1", "activo", "2027-03-03 12:00 UTC", "Must change password"] {
        assert!(table.ok().stdout.contains(expected), "{expected}: {}", table.stdout);
    }

    let csv = env.staff(DESK, &["access", "show", "1", "--format", "csv"]);
    let lines: Vec<&str> = csv.ok().stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", csv.stdout);
    assert!(lines[0].starts_with("Patient,Name,Username,Status"), "{}", lines[0]);
    assert!(lines[1].starts_with("1,María Fernanda Hernández Treviño,paciente_1,activo,"));
}

#[test]
fn show_of_a_patient_without_access_is_not_found_with_a_hint_to_create() {
    let env = Env::demo();
    let run = assert_refused(&env, DESK, &["access", "show", "1"], ("not_found", 4), "access.show");
    assert!(run.stderr.contains("access create 1"), "{}", run.stderr);
}

/// Patients 1..=4 of clinic 1 and 45 of clinic 2, in different states:
/// 1 signed in; 2 deactivated; 3 ends in 20 days; 4 locked; 45 another clinic's.
fn varied_accesses() -> Env {
    let env = Env::demo();
    let first = issue_password(&env, "1");
    first_sign_in(&env, "paciente_1", &first);
    issue(&env, "2", &[]);
    env.staff(DESK, &["access", "deactivate", "2", "--yes"]).ok();
    issue(&env, "3", &["--expires", "20d"]);
    issue(&env, "4", &[]);
    plant_lock(&env, 4, "2026-12-03 12:15:00");
    env.staff(OTHER_DESK, &["access", "create", "45"]).ok();
    env
}

#[test]
fn list_shows_the_clinics_accesses_in_every_format() {
    let env = varied_accesses();
    assert_eq!(listed(&env, DESK, &[]), [1, 2, 3, 4]);
    assert_eq!(listed(&env, OTHER_DESK, &[]), [45]);
    assert_eq!(listed(&env, ADMIN, &[]), [1, 2, 3, 4, 45]);
}

#[test]
fn list_filters_by_status() {
    let env = varied_accesses();
    assert_eq!(listed(&env, DESK, &["--status", "inactivo"]), [2]);
    assert_eq!(listed(&env, DESK, &["--status", "activo"]), [1, 3, 4]);
}

#[test]
fn list_filters_accesses_expiring_within_a_span() {
    let env = varied_accesses();
    assert_eq!(listed(&env, DESK, &["--expiring-within", "30d"]), [3]);
    assert_eq!(listed(&env, DESK, &["--expiring-within", "19d"]), Vec::<i64>::new());
    assert_eq!(listed(&env, DESK, &["--expiring-within", "1y"]), [1, 2, 3, 4]);
    assert_invalid_and_unchanged(&env, DESK, &["access", "list", "--expiring-within", "never"]);
    assert_invalid_and_unchanged(&env, DESK, &["access", "list", "--expiring-within", "0d"]);
}

#[test]
fn list_filters_locked_accesses() {
    let env = varied_accesses();
    assert_eq!(listed(&env, DESK, &["--locked"]), [4]);
}

#[test]
fn list_filters_accesses_never_used_to_sign_in() {
    let env = varied_accesses();
    assert_eq!(listed(&env, DESK, &["--never-signed-in"]), [2, 3, 4]);
    assert_eq!(listed(&env, DESK, &["--never-signed-in", "--status", "activo"]), [3, 4]);
}

#[test]
fn list_expired_shows_accesses_once_the_clock_passes_their_end() {
    let mut env = Env::demo();
    issue(&env, "1", &[]); // ends 2027-03-03 12:00
    issue(&env, "2", &["--expires", "never"]);
    issue(&env, "3", &["--expires", "1y"]);
    assert_eq!(listed(&env, DESK, &["--expired"]), Vec::<i64>::new());

    env.at("2027-03-03 12:00:01");
    assert_eq!(listed(&env, DESK, &["--expired"]), [1]);
    assert_eq!(listed(&env, DESK, &["--expiring-within", "1y"]), [3]);
    assert_eq!(shown(&env, "1")["expired"], true);
    let table = env.staff(DESK, &["access", "show", "1"]);
    assert!(table.ok().stdout.contains("ended 2027-03-03"), "{}", table.stdout);
}

#[test]
fn five_wrong_sign_ins_lock_the_access_and_list_locked_shows_it_until_the_lock_ends() {
    let mut env = Env::demo();
    issue(&env, "1", &[]);
    issue(&env, "2", &[]);
    wrong_sign_ins(&env, "paciente_1", 5);
    assert_eq!(column::<i64>(&env, 1, "intentos_fallidos"), 5);
    assert_eq!(listed(&env, DESK, &["--locked"]), [1]);
    assert_eq!(shown(&env, "1")["locked_until"], "2026-12-03T12:15:00Z");

    env.at("2026-12-03 12:15:01");
    assert_eq!(listed(&env, DESK, &["--locked"]), Vec::<i64>::new());
}

// ---------------------------------------------------------------------------------------------
// Secrets never reach the screen
// ---------------------------------------------------------------------------------------------

/// Every access command, successful or refused, with the token and hashes in place.
const EVERY_COMMAND: &[&[&str]] = &[
    &["access", "create", "{new}"],
    &["access", "create", "1"],
    &["access", "create", "45"],
    &["access", "show", "1"],
    &["access", "show", "2"],
    &["access", "list"],
    &["access", "list", "--status", "activo"],
    &["access", "list", "--expiring-within", "1y"],
    &["access", "list", "--expired"],
    &["access", "list", "--locked"],
    &["access", "list", "--never-signed-in"],
    &["access", "expiry", "1", "1y"],
    &["access", "expiry", "1", "2020-01-01"],
    &["access", "deactivate", "1", "--yes", "--reason", "left"],
    &["access", "activate", "1"],
    &["access", "rotate-token", "1"],
    &["access", "rotate-token", "--all"],
    &["access", "rotate-token", "--all", "--older-than", "1d"],
    &["access", "unlock", "1"],
    &["access", "reset-two-factor", "1"],
    &["access", "reset-password", "1"],
    &["access", "show", "45"],
];

#[test]
fn no_access_command_in_any_format_shows_a_password_hash_or_token_digest() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    issue(&env, "2", &[]);
    // Each format creates access for a patient of its own: 10, 11, 12.
    for (new_patient, format) in (10..).zip(FORMATS) {
        for command in EVERY_COMMAND {
            // Before every command: a session and a lock, so there is something to leak.
            let digest = plant_session(&env, 1, "2026-12-01 09:00:00");
            plant_session(&env, 2, "2026-12-02 09:00:00");
            plant_lock(&env, 1, "2026-12-03 12:10:00");
            let hashes_before = [stored_hash(&env, 1), stored_hash(&env, 2)];

            let patient = new_patient.to_string();
            let command: Vec<&str> = command
                .iter()
                .map(|word| if *word == "{new}" { patient.as_str() } else { *word })
                .collect();
            // --verbose too: diagnostics must not leak either.
            let run = env.staff(DESK, &args(&command, &["--format", format, "--verbose"]));
            assert!(run.code == 0 || run.code >= 3, "{command:?}: {run:?}");

            let all = run.all();
            let mut secrets = vec!["$argon2".to_string(), digest.clone(), planted_digest(2)];
            secrets.extend(hashes_before);
            secrets.extend([stored_hash(&env, 1), stored_hash(&env, 2)]);
            if command.get(2) == Some(&patient.as_str()) {
                secrets.push(stored_hash(&env, new_patient));
            }
            for secret in &secrets {
                assert!(!all.contains(secret.as_str()), "{command:?} --format {format}: {all}");
                // Not even the salt and output, the part after the costs.
                if let Some(tail) = secret.rsplit('$').next().filter(|t| t.len() > 20) {
                    assert!(!all.contains(tail), "{command:?} --format {format}: {all}");
                }
            }
            assert!(!all.contains("argon2"), "{command:?} --format {format}: {all}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// access expiry
// ---------------------------------------------------------------------------------------------

#[test]
fn expiry_moves_the_end_to_a_span_never_or_the_end_of_a_date() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    let expiry = |when: &str| -> Value {
        env.staff(DESK, &["access", "expiry", "1", when, "--format", "json"]).ok().json()
    };

    let changed = expiry("1y");
    assert_eq!(changed["changed"], true);
    assert_eq!(changed["access"]["expires_at"], "2027-12-03T12:00:00Z");
    assert_eq!(column::<String>(&env, 1, "fecha_expiracion"), "2027-12-03 12:00:00");

    assert_eq!(expiry("never")["access"]["expires_at"], Value::Null);
    assert_eq!(column::<Option<String>>(&env, 1, "fecha_expiracion"), None);

    assert_eq!(expiry("2027-01-31")["access"]["expires_at"], "2027-01-31T23:59:59Z");
    assert_eq!(column::<String>(&env, 1, "fecha_expiracion"), "2027-01-31 23:59:59");

    assert_eq!(expiry("2027-01-31")["changed"], false);
    let again = env.staff(DESK, &["access", "expiry", "1", "2027-01-31"]);
    assert!(again.ok().stderr.contains("nothing changed"), "{}", again.stderr);
}

#[test]
fn expiry_refuses_invalid_values_and_changes_nothing() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    for when in ["0d", "5x", "2020-01-01", "50y", "", "2027-02-30", "1.5y"] {
        assert_invalid_and_unchanged(&env, DESK, &["access", "expiry", "1", when]);
    }
    assert_invalid_and_unchanged(&env, DESK, &["access", "expiry", "1", "--", "-5d"]);
    assert_eq!(column::<String>(&env, 1, "fecha_expiracion"), "2027-03-03 12:00:00");
}

#[test]
fn expiry_of_a_patient_without_access_is_not_found() {
    let env = Env::demo();
    assert_refused(&env, DESK, &["access", "expiry", "1", "1y"], ("not_found", 4), "access.expiry");
}

// ---------------------------------------------------------------------------------------------
// access deactivate and activate
// ---------------------------------------------------------------------------------------------

#[test]
fn deactivate_ends_the_session_at_once_and_audits_the_reason() {
    let env = Env::demo();
    let temporary = issue_password(&env, "1");
    let token = first_sign_in(&env, "paciente_1", &temporary);
    assert_eq!(column::<Option<String>>(&env, 1, "token"), Some(token_digest(&token)));

    let run = env.staff(DESK, &["access", "deactivate", "1", "--yes", "--reason", "left"]);
    assert!(run.ok().stderr.contains("Deactivated"), "{}", run.stderr);
    assert_eq!(column::<String>(&env, 1, "estatus"), "inactivo");
    assert_eq!(column::<Option<String>>(&env, 1, "token"), None);
    assert_eq!(column::<Option<String>>(&env, 1, "token_emitido"), None);
    assert_eq!(column::<Option<String>>(&env, 1, "motivo_estatus").as_deref(), Some("left"));

    let row = last_audit(&env);
    assert_eq!((row.action.as_str(), row.outcome.as_str()), ("access.deactivate", "ok"));
    assert!(row.detail.as_deref().unwrap_or_default().contains("left"), "{row:?}");

    // The old token no longer works, and the patient cannot sign in again.
    env.run_with_stdin(&["logout", "--token-stdin"], &token).fails("session_expired", 8);
    let stdin = format!("{CHOSEN_PASSWORD}\n");
    env.run_with_stdin(&["login", "paciente_1", "--password-stdin"], &stdin)
        .fails("account_inactive", 10);
}

#[test]
fn deactivating_twice_says_nothing_changed_and_succeeds() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    env.staff(DESK, &["access", "deactivate", "1", "--yes", "--reason", "left"]).ok();
    let before = env.dump(true);

    let again = env.staff(DESK, &["access", "deactivate", "1", "--yes", "--reason", "other"]);
    assert!(again.ok().stderr.contains("nothing changed"), "{}", again.stderr);
    assert_eq!(env.dump(true), before);
    let json = env.staff(DESK, &["access", "deactivate", "1", "--yes", "--format", "json"]);
    assert_eq!(json.ok().json()["changed"], false);
    assert_eq!(json.json()["access"]["status"], "inactivo");
    assert_eq!(env.dump(true), before);
}

#[test]
fn deactivate_without_yes_and_without_a_terminal_changes_nothing() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    assert_invalid_and_unchanged(&env, DESK, &["access", "deactivate", "1"]);
    assert_eq!(column::<String>(&env, 1, "estatus"), "activo");
}

#[test]
fn activate_lets_a_deactivated_patient_sign_in_again_and_twice_changes_nothing() {
    let env = Env::demo();
    let temporary = issue_password(&env, "1");
    env.staff(DESK, &["access", "deactivate", "1", "--yes"]).ok();

    let run = env.staff(DESK, &["access", "activate", "1", "--format", "json"]);
    assert_eq!(run.ok().json()["changed"], true);
    assert_eq!(run.json()["access"]["status"], "activo");
    assert_eq!(column::<String>(&env, 1, "estatus"), "activo");
    assert_eq!(last_audit(&env).action, "access.activate");

    let before = env.dump(true);
    let again = env.staff(DESK, &["access", "activate", "1"]);
    assert!(again.ok().stderr.contains("nothing changed"), "{}", again.stderr);
    assert_eq!(env.dump(true), before);

    first_sign_in(&env, "paciente_1", &temporary);
}

// ---------------------------------------------------------------------------------------------
// access rotate-token
// ---------------------------------------------------------------------------------------------

#[test]
fn rotate_token_ends_the_patients_session() {
    let env = Env::demo();
    let temporary = issue_password(&env, "1");
    let token = first_sign_in(&env, "paciente_1", &temporary);

    let run = env.staff(DESK, &["access", "rotate-token", "1", "--format", "json"]);
    assert_eq!(run.ok().json()["changed"], true);
    assert_eq!(run.json()["access"]["has_session"], false);
    assert_eq!(column::<Option<String>>(&env, 1, "token"), None);
    env.run_with_stdin(&["logout", "--token-stdin"], &token).fails("session_expired", 8);

    let again = env.staff(DESK, &["access", "rotate-token", "1"]);
    assert!(again.ok().stderr.contains("nothing changed"), "{}", again.stderr);
}

#[test]
fn rotate_all_counts_the_sessions_it_ends_and_stays_in_the_staff_members_clinic() {
    let env = Env::demo();
    for patient in ["1", "2", "3"] {
        issue(&env, patient, &[]);
    }
    env.staff(OTHER_DESK, &["access", "create", "45"]).ok();
    plant_session(&env, 1, "2026-12-01 09:00:00");
    plant_session(&env, 2, "2026-12-02 09:00:00");
    let other = plant_session(&env, 45, "2026-12-02 09:00:00");

    let run = env.staff(DESK, &["access", "rotate-token", "--all", "--format", "json"]);
    assert_eq!(run.ok().json(), serde_json::json!({ "rotated": 2 }));
    assert_eq!(column::<Option<String>>(&env, 1, "token"), None);
    assert_eq!(column::<Option<String>>(&env, 2, "token"), None);
    assert_eq!(column::<Option<String>>(&env, 45, "token"), Some(other));

    let none_left = env.staff(DESK, &["access", "rotate-token", "--all", "--format", "json"]);
    assert_eq!(none_left.ok().json(), serde_json::json!({ "rotated": 0 }));
    let table = env.staff(DESK, &["access", "rotate-token", "--all"]);
    assert!(table.ok().stderr.contains("Ended 0 session(s)"), "{}", table.stderr);
    assert_eq!(last_audit(&env).action, "access.rotate_token_all");
}

#[test]
fn rotate_all_older_than_ends_only_sessions_issued_before_then() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    issue(&env, "2", &[]);
    plant_session(&env, 1, "2026-08-01 09:00:00");
    let recent = plant_session(&env, 2, "2026-11-30 09:00:00");

    let command = ["access", "rotate-token", "--all", "--older-than", "90d", "--format", "json"];
    assert_eq!(env.staff(DESK, &command).ok().json(), serde_json::json!({ "rotated": 1 }));
    assert_eq!(column::<Option<String>>(&env, 1, "token"), None);
    assert_eq!(column::<Option<String>>(&env, 2, "token"), Some(recent));
}

// ---------------------------------------------------------------------------------------------
// access reset-password and unlock
// ---------------------------------------------------------------------------------------------

#[test]
fn reset_password_issues_a_new_temporary_password_and_clears_session_and_lock() {
    let env = Env::demo();
    let first = issue_password(&env, "1");
    let token = first_sign_in(&env, "paciente_1", &first);
    wrong_sign_ins(&env, "paciente_1", 5);
    assert!(column::<Option<String>>(&env, 1, "bloqueado_hasta").is_some());
    assert_eq!(column::<i64>(&env, 1, "debe_cambiar_password"), 0);

    let run = env.staff(DESK, &["access", "reset-password", "1", "--format", "json"]);
    let credential = run.ok().json();
    assert_eq!(credential["username"], "paciente_1");
    assert_eq!(credential["temporary_password_expires_at"], "2026-12-10T12:00:00Z");
    assert_eq!(credential["expires_at"], "2027-03-03T12:00:00Z");
    let password = text(&credential["temporary_password"]);
    assert_temporary_password(password);
    assert_ne!(password, first);

    let hash = stored_hash(&env, 1);
    assert!(hash.starts_with(DEFAULT_PHC_PREFIX), "{hash}");
    assert!(verify_password(password, &hash));
    assert!(!verify_password(&first, &hash));
    assert!(!verify_password(CHOSEN_PASSWORD, &hash));
    assert_eq!(column::<i64>(&env, 1, "debe_cambiar_password"), 1);
    assert_eq!(column::<Option<String>>(&env, 1, "token"), None);
    assert_eq!(column::<i64>(&env, 1, "intentos_fallidos"), 0);
    assert_eq!(column::<Option<String>>(&env, 1, "bloqueado_hasta"), None);
    assert_eq!(column::<String>(&env, 1, "password_temporal_expira"), "2026-12-10 12:00:00");
    env.run_with_stdin(&["logout", "--token-stdin"], &token).fails("session_expired", 8);

    // The lock is gone: the patient signs in with the new password at once.
    first_sign_in(&env, "paciente_1", password);
}

#[test]
fn reset_password_into_a_missing_folder_keeps_the_old_password() {
    let env = Env::demo();
    let first = issue_password(&env, "1");
    let path = env.dir().join("no-such-folder").join("credential.txt");
    let before = env.dump(true);
    let out = path.to_str().unwrap();
    env.staff(DESK, &["access", "reset-password", "1", "--out", out]).fails("io", 16);
    assert_eq!(env.dump(true), before, "the password was replaced by one nobody saw");
    assert!(verify_password(&first, &stored_hash(&env, 1)));
}

#[test]
fn reset_password_out_writes_a_private_file_and_refuses_an_existing_one() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    let path = env.dir().join("reset.json");
    let out = path.to_str().unwrap();
    let run = env.staff(DESK, &["access", "reset-password", "1", "--out", out, "--format", "json"]);
    assert_eq!(run.ok().stdout, "");
    assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    let credential: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let password = text(&credential["temporary_password"]);
    assert!(verify_password(password, &stored_hash(&env, 1)));
    assert!(!run.all().contains(password));

    let before = env.dump(true);
    env.staff(DESK, &["access", "reset-password", "1", "--out", out]).fails("conflict", 6);
    assert_eq!(env.dump(true), before);
    assert!(verify_password(password, &stored_hash(&env, 1)));
}

#[test]
fn unlock_clears_failed_sign_ins_and_the_lock_and_twice_changes_nothing() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    wrong_sign_ins(&env, "paciente_1", 5);
    assert_eq!(listed(&env, DESK, &["--locked"]), [1]);

    let run = env.staff(DESK, &["access", "unlock", "1", "--format", "json"]);
    assert_eq!(run.ok().json()["changed"], true);
    assert_eq!(run.json()["access"]["locked_until"], Value::Null);
    assert_eq!(column::<i64>(&env, 1, "intentos_fallidos"), 0);
    assert_eq!(column::<Option<String>>(&env, 1, "bloqueado_hasta"), None);
    assert_eq!(listed(&env, DESK, &["--locked"]), Vec::<i64>::new());

    let before = env.dump(true);
    let again = env.staff(DESK, &["access", "unlock", "1"]);
    assert!(again.ok().stderr.contains("nothing changed"), "{}", again.stderr);
    assert_eq!(env.dump(true), before);
}

#[test]
fn unlock_clears_failed_sign_ins_below_the_lock_too() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    wrong_sign_ins(&env, "paciente_1", 2);
    let run = env.staff(DESK, &["access", "unlock", "1", "--format", "json"]);
    assert_eq!(run.ok().json()["changed"], true);
    assert_eq!(column::<i64>(&env, 1, "intentos_fallidos"), 0);
}

// ---------------------------------------------------------------------------------------------
// Another clinic's staff
// ---------------------------------------------------------------------------------------------

#[test]
fn another_clinics_staff_is_forbidden_every_command_and_changes_only_the_audit_trail() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    plant_session(&env, 1, "2026-12-01 09:00:00");
    plant_lock(&env, 1, "2026-12-03 12:10:00");
    let commands: [(&[&str], &str); 9] = [
        (&["access", "create", "1"], "access.create"),
        (&["access", "create", "2"], "access.create"),
        (&["access", "show", "1"], "access.show"),
        (&["access", "expiry", "1", "1y"], "access.expiry"),
        (&["access", "deactivate", "1", "--yes", "--reason", "x"], "access.deactivate"),
        (&["access", "activate", "1"], "access.activate"),
        (&["access", "rotate-token", "1"], "access.rotate_token"),
        (&["access", "reset-password", "1"], "access.reset_password"),
        (&["access", "unlock", "1"], "access.unlock"),
    ];
    for (command, action) in commands {
        for format in FORMATS {
            let command = args(command, &["--format", format]);
            let run = assert_refused(&env, OTHER_DESK, &command, ("forbidden", 5), action);
            assert_eq!(run.stdout, "", "{command:?}");
            assert!(!run.stderr.contains("paciente_1"), "{command:?}: {}", run.stderr);
            let row = last_audit(&env);
            assert_eq!(row.patient, Some(command[2].parse().unwrap()), "{row:?}");
        }
    }
}

#[test]
fn another_clinics_staff_cannot_tell_whether_a_patient_has_access() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    for patient in ["1", "2"] {
        for command in [["access", "show", patient], ["access", "unlock", patient]] {
            let run = env.staff(OTHER_DESK, &command);
            run.fails("forbidden", 5);
            assert!(!run.stderr.contains("no mobile access"), "{}", run.stderr);
        }
    }
}

#[test]
fn another_clinics_list_and_rotate_all_never_touch_clinic_1() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    issue(&env, "2", &[]);
    let digest = plant_session(&env, 1, "2026-12-01 09:00:00");
    for format in FORMATS {
        let run = env.staff(OTHER_DESK, &["access", "list", "--format", format]);
        assert!(!run.ok().stdout.contains("paciente_"), "{format}: {}", run.stdout);
        assert!(!run.stdout.contains("María"), "{format}: {}", run.stdout);
    }
    assert_eq!(listed(&env, OTHER_DESK, &[]), Vec::<i64>::new());

    let rotate = env.staff(OTHER_DESK, &["access", "rotate-token", "--all", "--format", "json"]);
    assert_eq!(rotate.ok().json(), serde_json::json!({ "rotated": 0 }));
    assert_eq!(column::<Option<String>>(&env, 1, "token"), Some(digest));
}

#[test]
fn unknown_inactive_or_missing_staff_is_refused_and_audited() {
    let env = Env::demo();
    issue(&env, "1", &[]);
    for staff in ["nobody", "ex.asistente"] {
        assert_refused(&env, staff, &["access", "show", "1"], ("forbidden", 5), "access.show");
        let command = ["access", "rotate-token", "--all"];
        assert_refused(&env, staff, &command, ("forbidden", 5), "access.rotate_token_all");
    }
    let before = env.dump(true);
    env.run(&["access", "show", "1"]).fails("invalid_input", 3);
    assert_eq!(env.dump(true), before);
}

// ---------------------------------------------------------------------------------------------
// The audit trail
// ---------------------------------------------------------------------------------------------

/// Who runs which command, and the action, patient and outcome its audit row must record.
type AuditCase<'a> = (&'a str, &'a [&'a str], &'a str, Option<i64>, &'a str);

/// Runs `command` as `staff` and checks the one audit row it appended.
#[track_caller]
fn assert_audited(
    env: &Env,
    staff: &str,
    command: &[&str],
    action: &str,
    patient: Option<i64>,
    outcome: &str,
) {
    let count = env.audit_count();
    env.staff(staff, command);
    assert_eq!(env.audit_count(), count + 1, "{command:?}");
    let row = last_audit(env);
    let got = (row.staff.as_deref(), row.action.as_str(), row.patient, row.outcome.as_str());
    assert_eq!(got, (Some(staff), action, patient, outcome), "{command:?}");
}

#[test]
fn every_access_command_appends_one_audit_row_with_staff_action_patient_and_outcome() {
    let env = Env::demo();
    let cases: &[AuditCase] = &[
        (DESK, &["access", "create", "1"], "access.create", Some(1), "ok"),
        (DESK, &["access", "create", "1"], "access.create", Some(1), "conflict"),
        (DESK, &["access", "create", "45"], "access.create", Some(45), "forbidden"),
        (DESK, &["access", "create", "999"], "access.create", Some(999), "not_found"),
        (DESK, &["access", "show", "1"], "access.show", Some(1), "ok"),
        (DESK, &["access", "show", "2"], "access.show", Some(2), "not_found"),
        (DESK, &["access", "list"], "access.list", None, "ok"),
        (DESK, &["access", "expiry", "1", "1y"], "access.expiry", Some(1), "ok"),
        (DESK, &["access", "expiry", "1", "2020-01-01"], "access.expiry", Some(1), "invalid_input"),
        (DESK, &["access", "deactivate", "1", "--yes"], "access.deactivate", Some(1), "ok"),
        (DESK, &["access", "deactivate", "1", "--yes"], "access.deactivate", Some(1), "ok"),
        (DESK, &["access", "activate", "1"], "access.activate", Some(1), "ok"),
        (DESK, &["access", "rotate-token", "1"], "access.rotate_token", Some(1), "ok"),
        (DESK, &["access", "rotate-token", "--all"], "access.rotate_token_all", None, "ok"),
        (DESK, &["access", "reset-password", "1"], "access.reset_password", Some(1), "ok"),
        (DESK, &["access", "unlock", "1"], "access.unlock", Some(1), "ok"),
        (OTHER_DESK, &["access", "show", "1"], "access.show", Some(1), "forbidden"),
        (OTHER_DESK, &["access", "unlock", "1"], "access.unlock", Some(1), "forbidden"),
        (DENTIST, &["policy", "set", "idle-timeout", "15min"], "policy.set", None, "ok"),
        (DESK, &["policy", "set", "idle-timeout", "20min"], "policy.set", None, "forbidden"),
    ];
    for &(staff, command, action, patient, outcome) in cases {
        assert_audited(&env, staff, command, action, patient, outcome);
    }
}

#[test]
fn the_audit_trail_never_holds_a_temporary_password_or_a_hash() {
    let env = Env::demo();
    let mut passwords = vec![issue_password(&env, "1"), issue_password(&env, "2")];
    passwords.push(text(&reset_password(&env, "1")["temporary_password"]).to_string());
    let path = env.dir().join("credential.txt");
    env.staff(DESK, &["access", "create", "3", "--out", path.to_str().unwrap()]).ok();
    let written = std::fs::read_to_string(&path).unwrap();
    let line = written.lines().find(|l| l.starts_with("Temporary password:")).unwrap();
    passwords.push(line.trim_start_matches("Temporary password:").trim().to_string());
    env.staff(DESK, &["access", "create", "4", "--username", "x"]).fails("invalid_input", 3);
    wrong_sign_ins(&env, "paciente_2", 2);
    first_sign_in(&env, "paciente_1", &passwords[2]);

    let audit = audit_text(&env);
    assert!(audit.contains("access.create"), "{audit}");
    for password in &passwords {
        assert_temporary_password(password);
        assert!(!audit.contains(password.as_str()), "{password} in the audit trail");
    }
    assert!(!audit.contains(CHOSEN_PASSWORD));
    assert!(!audit.contains("argon2"), "{audit}");
    for patient in 1..=3 {
        assert!(!audit.contains(&stored_hash(&env, patient)));
    }
    let digest: String = column(&env, 1, "token");
    assert!(!audit.contains(&digest));
}

// ---------------------------------------------------------------------------------------------
// Policy
// ---------------------------------------------------------------------------------------------

const POLICY_KEYS: [&str; 14] = [
    "access-expiry",
    "temporary-password-lifetime",
    "session-lifetime",
    "idle-timeout",
    "max-failed-sign-ins",
    "lock-duration",
    "min-password-length",
    "argon2-memory-kib",
    "argon2-iterations",
    "argon2-parallelism",
    "show-prices",
    "terms-text",
    "terms-version",
    "require-two-factor",
];

fn policy(env: &Env, staff: &str, extra: &[&str]) -> Value {
    env.staff(staff, &args(&["policy", "show", "--format", "json"], extra)).ok().json()
}

#[test]
fn policy_show_lists_every_key_whole_in_every_format() {
    let env = Env::demo();
    let json = policy(&env, DESK, &[]);
    assert_eq!(json["clinic_id"], 1);
    for key in POLICY_KEYS {
        assert!(json.get(key).is_some(), "{key} missing: {json}");
    }
    assert_eq!(json.as_object().unwrap().len(), POLICY_KEYS.len() + 1, "{json}");
    assert_eq!(json["access-expiry"], "90d");
    assert_eq!(json["argon2-memory-kib"], "19456");
    assert_eq!(json["argon2-iterations"], "2");
    // Whole, even in an 80-column table: they are what `policy set` takes.
    for format in ["table", "csv"] {
        let run = env.staff(DESK, &["policy", "show", "--format", format]);
        for key in POLICY_KEYS {
            assert!(run.ok().stdout.contains(key), "{key} missing in {format}: {}", run.stdout);
        }
    }
}

#[test]
fn a_dentist_sets_the_idle_timeout() {
    let env = Env::demo();
    env.staff(DENTIST, &["policy", "set", "idle-timeout", "15min"]).ok();
    assert_eq!(policy(&env, DENTIST, &[])["idle-timeout"], "15min");
    assert_eq!(
        env.query::<i64>("SELECT inactividad_min FROM politica_clinica WHERE id_clinica = 1"),
        15
    );
    // The other clinic keeps its own.
    assert_eq!(policy(&env, OTHER_DESK, &[])["idle-timeout"], "30min");
}

#[test]
fn an_assistant_may_not_change_the_policy() {
    let env = Env::demo();
    let command = ["policy", "set", "idle-timeout", "15min"];
    assert_refused(&env, DESK, &command, ("forbidden", 5), "policy.set");
    assert_eq!(policy(&env, DESK, &[])["idle-timeout"], "30min");
}

#[test]
fn a_dentist_may_not_change_another_clinics_policy() {
    let env = Env::demo();
    let command = ["policy", "set", "idle-timeout", "15min", "--clinic", "2"];
    assert_refused(&env, DENTIST, &command, ("forbidden", 5), "policy.set");
    assert_refused(
        &env,
        DENTIST,
        &["policy", "show", "--clinic", "2"],
        ("forbidden", 5),
        "policy.show",
    );
}

#[test]
fn argon2_memory_below_the_owasp_minimum_is_refused() {
    let env = Env::demo();
    let command = ["policy", "set", "argon2-memory-kib", "8192"];
    assert_refused(&env, DENTIST, &command, ("invalid_input", 3), "policy.set");
    assert_refused(
        &env,
        DENTIST,
        &["policy", "set", "argon2-iterations", "1"],
        ("invalid_input", 3),
        "policy.set",
    );
    assert_eq!(policy(&env, DENTIST, &[])["argon2-memory-kib"], "19456");
}

#[test]
fn more_argon2_iterations_allow_the_owasp_equivalent_lower_memory_for_new_hashes() {
    let env = Env::demo();
    env.staff(DENTIST, &["policy", "set", "argon2-iterations", "3"]).ok();
    let password = issue_password(&env, "1");
    let hash = stored_hash(&env, 1);
    assert!(hash.starts_with("$argon2id$v=19$m=19456,t=3,p=1$"), "{hash}");
    assert!(verify_password(&password, &hash));

    env.staff(DENTIST, &["policy", "set", "argon2-memory-kib", "12288"]).ok();
    let reset = text(&reset_password(&env, "1")["temporary_password"]).to_string();
    let hash = stored_hash(&env, 1);
    assert!(hash.starts_with("$argon2id$v=19$m=12288,t=3,p=1$"), "{hash}");
    assert!(verify_password(&reset, &hash));

    // Back to 2 iterations would leave 12288 KiB below the minimum.
    let command = ["policy", "set", "argon2-iterations", "2"];
    assert_refused(&env, DENTIST, &command, ("invalid_input", 3), "policy.set");
}

#[test]
fn the_access_expiry_policy_sets_the_default_end_of_new_accesses() {
    let env = Env::demo();
    env.staff(DENTIST, &["policy", "set", "access-expiry", "1y"]).ok();
    assert_eq!(issue(&env, "1", &[])["expires_at"], "2027-12-03T12:00:00Z");
    // An explicit --expires still wins.
    assert_eq!(issue(&env, "2", &["--expires", "30d"])["expires_at"], "2027-01-02T12:00:00Z");
    // The other clinic keeps 90 days.
    let other = env.staff(OTHER_DESK, &["access", "create", "45", "--format", "json"]);
    assert_eq!(other.ok().json()["expires_at"], "2027-03-03T12:00:00Z");

    env.staff(DENTIST, &["policy", "set", "access-expiry", "never"]).ok();
    assert_eq!(issue(&env, "3", &[])["expires_at"], Value::Null);
    let command = ["policy", "set", "access-expiry", "2027-01-01"];
    assert_refused(&env, DENTIST, &command, ("invalid_input", 3), "policy.set");
}

#[test]
fn a_super_admin_must_name_the_clinic() {
    let env = Env::demo();
    assert_refused(&env, ADMIN, &["policy", "show"], ("invalid_input", 3), "policy.show");
    let command = ["policy", "set", "idle-timeout", "15min"];
    assert_refused(&env, ADMIN, &command, ("invalid_input", 3), "policy.set");

    assert_eq!(policy(&env, ADMIN, &["--clinic", "2"])["clinic_id"], 2);
    env.staff(ADMIN, &["policy", "set", "idle-timeout", "15min", "--clinic", "2"]).ok();
    assert_eq!(policy(&env, ADMIN, &["--clinic", "2"])["idle-timeout"], "15min");
    assert_eq!(policy(&env, ADMIN, &["--clinic", "1"])["idle-timeout"], "30min");
}

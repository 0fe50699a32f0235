//! Two-factor sign-in: setting it up (the secret shown once and nowhere else), confirming it,
//! signing in with a code (missing, wrong, replayed, drifted), turning it off, staff clearing
//! it for a lost phone, and a clinic policy that requires it.
//!
//! Codes are computed here with `acceso::domain::totp` at the test's fixed clock, exactly as
//! the patient's phone would.

use acceso::domain::totp;
use chrono::{DateTime, NaiveDateTime, Utc};
use serde_json::Value;

use crate::common::{Env, Run};
use crate::session::{change_password, front_desk, issue, login, signed_in, token, PASSWORD};

const CODE_REQUIRED: &str = "Enter the code from your authenticator app.";
const INVALID_CREDENTIALS: &str = "Invalid username or password";
const NEW_PASSWORD: &str = "marigold canoe velvet thunder";

// ---------------------------------------------------------------------------------------------
// Helpers

fn moment(text: &str) -> DateTime<Utc> {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap().and_utc()
}

/// The code the phone shows at the environment's clock, moved by `steps` time steps.
fn code(env: &Env, secret: &str, steps: i64) -> String {
    let at = moment(&env.now) + chrono::Duration::seconds(steps * totp::STEP_SECONDS);
    totp::code_at(secret, at).unwrap()
}

/// A six-digit code that is not the one the phone shows now, nor one step either side.
fn wrong_code(env: &Env, secret: &str) -> String {
    let near: Vec<String> = (-1..=1).map(|steps| code(env, secret, steps)).collect();
    (0..)
        .map(|n: u32| format!("{:06}", (n * 137_911) % 1_000_000))
        .find(|candidate| !near.contains(candidate))
        .unwrap()
}

fn setup(env: &Env, username: &str, format: &str) -> Run {
    let args = ["two-factor", "setup", username, "--password-stdin", "--format", format];
    env.run_with_stdin(&args, &format!("{PASSWORD}\n"))
}

fn confirm(env: &Env, username: &str, code: &str) -> Run {
    let args = ["two-factor", "confirm", username, "--password-stdin", "--format", "json"];
    env.run_with_stdin(&args, &format!("{PASSWORD}\n{code}\n"))
}

fn disable(env: &Env, username: &str, code: Option<&str>) -> Run {
    let args = ["two-factor", "disable", username, "--password-stdin", "--format", "json"];
    let stdin = match code {
        Some(code) => format!("{PASSWORD}\n{code}\n"),
        None => format!("{PASSWORD}\n"),
    };
    env.run_with_stdin(&args, &stdin)
}

fn login_with_code(env: &Env, username: &str, code: &str) -> Run {
    let args = ["login", username, "--password-stdin", "--format", "json"];
    env.run_with_stdin(&args, &format!("{PASSWORD}\n{code}\n"))
}

/// A signed-in patient with two-factor sign-in confirmed at the environment's clock; returns
/// (username, secret).
fn with_two_factor(env: &Env, patient: i64) -> (String, String) {
    let (username, _, _) = signed_in(env, patient);
    let secret = text(&setup(env, &username, "json").ok().json()["secret"]);
    confirm(env, &username, &code(env, &secret, 0)).ok();
    (username, secret)
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_else(|| panic!("not a string: {value}")).to_string()
}

fn message(run: &Run) -> String {
    text(&run.error_json()["message"])
}

fn column(env: &Env, patient: i64, column: &str) -> String {
    env.query(&format!(
        "SELECT coalesce(CAST({column} AS TEXT), 'NULL') FROM acceso_movil \
         WHERE id_paciente = {patient}"
    ))
}

fn failures(env: &Env, patient: i64) -> String {
    column(env, patient, "intentos_fallidos")
}

fn show(env: &Env, patient: i64, format: &str) -> Run {
    let id = patient.to_string();
    env.staff(front_desk(patient), &["access", "show", &id, "--format", format])
}

// ---------------------------------------------------------------------------------------------
// Setting up and confirming

#[test]
fn setup_shows_the_secret_once_and_it_stays_pending_until_confirmed() {
    let env = Env::demo();
    let (username, _, _) = signed_in(&env, 1);

    let handed = setup(&env, &username, "json").ok().json();
    let secret = text(&handed["secret"]);
    assert_eq!(secret.len(), 32, "20 bytes in base32: {secret}");
    assert!(secret.bytes().all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)));
    assert_eq!(
        text(&handed["otpauth_uri"]),
        format!(
            "otpauth://totp/acceso:{username}?secret={secret}\
             &issuer=Cl%C3%ADnica%20Dental%20Sonrisa%20Norte&algorithm=SHA1&digits=6&period=30"
        )
    );
    assert_eq!(handed.as_object().unwrap().len(), 2);
    assert_eq!(column(&env, 1, "totp_activo"), "0");
    assert_eq!(column(&env, 1, "totp_secreto"), secret);

    // Still off: the password alone signs in.
    login(&env, &username, PASSWORD).ok();

    // The table for people shows it too, once more only because this is a new secret.
    let table = setup(&env, &username, "table");
    table.ok();
    let second = column(&env, 1, "totp_secreto");
    assert_ne!(second, secret);
    assert!(table.stdout.contains(&second), "{}", table.stdout);
    assert!(table.stderr.contains("not shown again"), "{}", table.stderr);

    // Nowhere else: not in what staff see, in any format, nor in the audit trail.
    for format in ["table", "json", "csv"] {
        let run = show(&env, 1, format);
        run.ok();
        for secret in [&secret, &second] {
            assert!(!run.all().contains(secret.as_str()), "{format}: {}", run.all());
        }
        let list = env.staff("recepcion", &["access", "list", "--format", format]);
        list.ok();
        assert!(!list.all().contains(&second));
        let audit = env.staff("dra.garcia", &["audit", "--format", format]);
        audit.ok();
        assert!(!audit.all().contains(&second) && !audit.all().contains(&secret));
    }
    assert_eq!(show(&env, 1, "json").json()["two_factor"], false);
    let dump = env.dump(false);
    let audit_rows: Vec<&str> = dump.lines().filter(|l| l.starts_with("auditoria")).collect();
    assert!(audit_rows.iter().all(|row| !row.contains(&second) && !row.contains(&secret)));
    let setups: i64 = env.query(
        "SELECT count(*) FROM auditoria WHERE accion = 'two_factor.setup' AND resultado = 'ok'",
    );
    assert_eq!(setups, 2);
}

#[test]
fn confirm_turns_it_on_with_the_right_code_and_changes_nothing_with_a_wrong_one() {
    let env = Env::demo();
    let (username, _, _) = signed_in(&env, 1);
    let secret = text(&setup(&env, &username, "json").ok().json()["secret"]);

    let before = env.dump(true);
    let wrong = confirm(&env, &username, &wrong_code(&env, &secret));
    wrong.fails("invalid_input", 3);
    assert_eq!(message(&wrong), "the code is not right");
    assert_eq!(env.dump(true), before, "a wrong code changes nothing, counts nothing");
    assert_eq!(failures(&env, 1), "0");

    let code = code(&env, &secret, 0);
    assert_eq!(confirm(&env, &username, &code).ok().json()["two_factor"], true);
    assert_eq!(column(&env, 1, "totp_activo"), "1");
    assert_eq!(show(&env, 1, "json").json()["two_factor"], true);
    assert!(show(&env, 1, "table").stdout.contains("Two-factor"));

    // The code that confirmed cannot sign in: it has been used.
    login_with_code(&env, &username, &code).fails("invalid_credentials", 7);

    // Already on: setting up or confirming again is a conflict, and the secret stays.
    setup(&env, &username, "json").fails("conflict", 6);
    confirm(&env, &username, &code).fails("conflict", 6);
    assert_eq!(column(&env, 1, "totp_secreto"), secret);

    // The audit trail holds neither the secret nor the code.
    let details: String = env.query(
        "SELECT group_concat(coalesce(detalle, '') || ' ' || coalesce(usuario_movil, ''), '|') \
         FROM auditoria WHERE accion LIKE 'two_factor.%' OR accion = 'login'",
    );
    assert!(!details.contains(&secret) && !details.contains(&code), "{details}");
    let confirms: i64 = env.query(
        "SELECT count(*) FROM auditoria WHERE accion = 'two_factor.confirm' AND resultado = 'ok'",
    );
    assert_eq!(confirms, 1);
}

#[test]
fn confirm_without_a_setup_is_refused() {
    let env = Env::demo();
    let (username, _, _) = signed_in(&env, 1);
    confirm(&env, &username, "123456").fails("invalid_input", 3);
    disable(&env, &username, Some("123456")).fails("conflict", 6);
}

// ---------------------------------------------------------------------------------------------
// Signing in with a code

#[test]
fn login_needs_the_code_once_it_is_on() {
    let mut env = Env::demo();
    let (username, secret) = with_two_factor(&env, 1);
    env.at("2026-12-03 12:01:00");

    // No code: exit 17, nothing counted, nothing issued.
    let missing = login(&env, &username, PASSWORD);
    missing.fails("two_factor_required", 17);
    assert_eq!(message(&missing), CODE_REQUIRED);
    assert_eq!(missing.error_json()["status"], 401);
    assert!(missing.stdout.is_empty());
    assert_eq!(failures(&env, 1), "0");
    let table = env.run_with_stdin(&["login", &username, "--password-stdin"], "x\n");
    table.fails("invalid_credentials", 7);
    assert_eq!(failures(&env, 1), "1");

    // The right code signs in, and clears the count.
    let code = code(&env, &secret, 0);
    let session = token(&login_with_code(&env, &username, &code));
    assert_eq!(session.len(), 64);
    assert_eq!(failures(&env, 1), "0");

    // The same code again is a replay: refused like a wrong password, and counted.
    let replay = login_with_code(&env, &username, &code);
    replay.fails("invalid_credentials", 7);
    assert_eq!(message(&replay), INVALID_CREDENTIALS);
    assert_eq!(failures(&env, 1), "1");

    // A wrong code reads exactly like a wrong password.
    let wrong = login_with_code(&env, &username, &wrong_code(&env, &secret));
    let wrong_password = login_with_code(&env, &username, "x");
    let args = ["login", &username, "--password-stdin", "--format", "json"];
    let bad_password = env.run_with_stdin(&args, "not the password\n");
    assert_eq!(wrong.stderr, bad_password.stderr);
    assert_eq!(wrong_password.stderr, bad_password.stderr);
}

#[test]
fn wrong_codes_count_toward_the_lock_and_the_password_alone_does_not_clear_them() {
    let env = Env::demo();
    let (username, secret) = with_two_factor(&env, 1);

    for attempt in 1..=4 {
        login_with_code(&env, &username, &wrong_code(&env, &secret))
            .fails("invalid_credentials", 7);
        assert_eq!(failures(&env, 1), attempt.to_string());
        // A right password without a code, or reading the terms, never resets the count.
        login(&env, &username, PASSWORD).fails("two_factor_required", 17);
        let terms = ["terms", "show", &username, "--password-stdin"];
        env.run_with_stdin(&terms, &format!("{PASSWORD}\n")).ok();
        assert_eq!(failures(&env, 1), attempt.to_string());
    }
    let locked = login_with_code(&env, &username, &wrong_code(&env, &secret));
    locked.fails("account_locked", 11);
    assert!(column(&env, 1, "bloqueado_hasta").starts_with("2026-12-03 12:15"));

    // Locked: even the right password and code are refused.
    login_with_code(&env, &username, &code(&env, &secret, 1)).fails("account_locked", 11);
}

#[test]
fn one_step_of_clock_drift_is_accepted_and_two_are_not() {
    let mut env = Env::demo();
    let (username, secret) = with_two_factor(&env, 1);

    // A phone 30 seconds behind, then one 30 seconds ahead.
    env.at("2026-12-03 12:02:00");
    login_with_code(&env, &username, &code(&env, &secret, -1)).ok();
    env.at("2026-12-03 12:04:00");
    login_with_code(&env, &username, &code(&env, &secret, 1)).ok();

    // A minute off either way is refused.
    env.at("2026-12-03 12:08:00");
    login_with_code(&env, &username, &code(&env, &secret, -2)).fails("invalid_credentials", 7);
    login_with_code(&env, &username, &code(&env, &secret, 2)).fails("invalid_credentials", 7);
    assert_eq!(failures(&env, 1), "2");
    login_with_code(&env, &username, &code(&env, &secret, 0)).ok();
}

#[test]
fn a_code_older_than_the_last_accepted_one_is_refused() {
    let mut env = Env::demo();
    let (username, secret) = with_two_factor(&env, 1);
    env.at("2026-12-03 12:05:00");
    login_with_code(&env, &username, &code(&env, &secret, 1)).ok();
    // The current step's code comes before the one just used.
    login_with_code(&env, &username, &code(&env, &secret, 0)).fails("invalid_credentials", 7);
}

#[test]
fn password_change_asks_for_the_code_on_the_third_line() {
    let mut env = Env::demo();
    let (username, secret) = with_two_factor(&env, 1);
    env.at("2026-12-03 12:01:00");

    change_password(&env, &username, PASSWORD, NEW_PASSWORD).fails("two_factor_required", 17);
    let args = ["password", "change", &username, "--password-stdin", "--format", "json"];
    let wrong = format!("{PASSWORD}\n{NEW_PASSWORD}\n{}\n", wrong_code(&env, &secret));
    env.run_with_stdin(&args, &wrong).fails("invalid_credentials", 7);
    let right = format!("{PASSWORD}\n{NEW_PASSWORD}\n{}\n", code(&env, &secret, 0));
    token(&env.run_with_stdin(&args, &right));

    let old = column(&env, 1, "password");
    assert!(old.starts_with("$argon2id$"));
    login_with_code(&env, &username, &code(&env, &secret, 1)).fails("invalid_credentials", 7);
    let args = ["login", &username, "--password-stdin", "--format", "json"];
    let stdin = format!("{NEW_PASSWORD}\n{}\n", code(&env, &secret, 1));
    token(&env.run_with_stdin(&args, &stdin));
}

// ---------------------------------------------------------------------------------------------
// Turning it off

#[test]
fn disable_needs_a_current_code_and_counts_a_wrong_one() {
    let mut env = Env::demo();
    let (username, secret) = with_two_factor(&env, 1);
    env.at("2026-12-03 12:01:00");

    disable(&env, &username, None).fails("two_factor_required", 17);
    disable(&env, &username, Some(&wrong_code(&env, &secret))).fails("invalid_credentials", 7);
    assert_eq!(failures(&env, 1), "1");
    assert_eq!(column(&env, 1, "totp_activo"), "1");

    assert_eq!(
        disable(&env, &username, Some(&code(&env, &secret, 0))).ok().json()["two_factor"],
        false
    );
    assert_eq!(column(&env, 1, "totp_activo"), "0");
    assert_eq!(column(&env, 1, "totp_secreto"), "NULL");
    assert_eq!(column(&env, 1, "totp_ultimo_paso"), "NULL");
    assert_eq!(failures(&env, 1), "0");
    token(&login(&env, &username, PASSWORD));

    disable(&env, &username, Some("123456")).fails("conflict", 6);
    let disables: i64 = env.query(
        "SELECT count(*) FROM auditoria WHERE accion = 'two_factor.disable' AND resultado = 'ok'",
    );
    assert_eq!(disables, 1);
}

#[test]
fn staff_clear_a_lost_phone_for_their_own_clinic_only() {
    let env = Env::demo();
    let (username, secret) = with_two_factor(&env, 1);
    let session = token(&login_with_code(&env, &username, &code(&env, &secret, 1)));

    let before = env.dump(true);
    env.staff("recepcion.valle", &["access", "reset-two-factor", "1"]).fails("forbidden", 5);
    assert_eq!(env.dump(true), before);

    let change = env.staff("recepcion", &["access", "reset-two-factor", "1", "--format", "json"]);
    let change = change.ok().json();
    assert_eq!(change["changed"], true);
    assert_eq!(change["access"]["two_factor"], false);
    assert!(!change.to_string().contains(&secret));
    assert_eq!(column(&env, 1, "totp_secreto"), "NULL");
    assert_eq!(column(&env, 1, "token"), "NULL");

    // The session ended; the password alone signs in again.
    let args = ["patient", "view", "--token-stdin", "--format", "json"];
    env.run_with_stdin(&args, &format!("{session}\n")).fails("session_expired", 8);
    token(&login(&env, &username, PASSWORD));

    let again = env.staff("recepcion", &["access", "reset-two-factor", "1"]);

    again.ok();
    assert!(again.stderr.contains("nothing changed"), "{}", again.stderr);
    let audited: i64 = env.query(
        "SELECT count(*) FROM auditoria WHERE accion = 'access.reset_two_factor' \
         AND id_paciente = 1 AND resultado = 'ok'",
    );
    assert_eq!(audited, 2);
    let refused: i64 = env.query(
        "SELECT count(*) FROM auditoria WHERE accion = 'access.reset_two_factor' \
         AND resultado = 'forbidden'",
    );
    assert_eq!(refused, 1);
}

// ---------------------------------------------------------------------------------------------
// The clinic's policy

#[test]
fn a_clinic_that_requires_it_makes_patients_set_it_up_before_signing_in() {
    let env = Env::demo();
    let (username, _, _) = signed_in(&env, 1);
    env.staff("dra.garcia", &["policy", "set", "require-two-factor", "true"]).ok();
    let policy = env.staff("dra.garcia", &["policy", "show", "--format", "json"]).ok().json();
    assert_eq!(policy["require-two-factor"], "true");

    let refused = login(&env, &username, PASSWORD);
    refused.fails("two_factor_required", 17);
    let hint = text(&refused.error_json()["hint"]);
    assert!(hint.contains(&format!("acceso two-factor setup {username}")), "{hint}");
    assert_eq!(failures(&env, 1), "0");

    // Set-up and confirmation still work for them, and then the code signs in.
    let secret = text(&setup(&env, &username, "json").ok().json()["secret"]);
    confirm(&env, &username, &code(&env, &secret, 0)).ok();
    token(&login_with_code(&env, &username, &code(&env, &secret, 1)));

    // Another clinic's patients are not affected.
    let (other, _, _) = signed_in(&env, 45);
    token(&login(&env, &other, PASSWORD));
}

#[test]
fn a_new_patient_of_such_a_clinic_changes_the_password_then_sets_it_up() {
    let env = Env::demo();
    env.staff("dra.garcia", &["policy", "set", "require-two-factor", "true"]).ok();
    let (username, temporary) = issue(&env, "recepcion", 3, &[]);
    login(&env, &username, &temporary).fails("password_change_required", 12);

    // The password is changed, but no session is issued until two-factor sign-in is on.
    let changed = change_password(&env, &username, &temporary, PASSWORD);
    changed.fails("two_factor_required", 17);
    assert!(changed.stdout.is_empty());
    assert_eq!(column(&env, 3, "debe_cambiar_password"), "0");
    assert_eq!(column(&env, 3, "token"), "NULL");
    login(&env, &username, PASSWORD).fails("two_factor_required", 17);

    let secret = text(&setup(&env, &username, "json").ok().json()["secret"]);
    confirm(&env, &username, &code(&env, &secret, 0)).ok();
    token(&login_with_code(&env, &username, &code(&env, &secret, 1)));
}

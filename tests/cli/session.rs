//! Patient sign-in and the read-only patient view: every sign-in outcome, the lockout, the
//! password rules, the life of a session, each section of the view, what it never shows, the
//! staff preview and the audit trail.

use serde_json::Value;

use crate::common::{run, Env, Run};

/// The password the patients of these tests choose: long, and unrelated to any record.
pub const PASSWORD: &str = "lunar tortilla quantum rowboat";
const WRONG: &str = "wrong tortilla quantum rowboat";

const INVALID_CREDENTIALS: &str = "Invalid username or password";
const SESSION_EXPIRED: &str = "Your session has expired. Please log in again.";
const ACCOUNT_INACTIVE: &str = "Your account has been deactivated. Please contact the clinic.";
const ACCESS_EXPIRED: &str =
    "Your mobile access has expired. Please contact the clinic to renew it.";
const PASSWORD_CHANGE_REQUIRED: &str = "You must choose a new password before your first access.";
const LOCKED_UNTIL_12_15: &str =
    "Too many failed sign-in attempts. Try again after 2026-12-03 12:15 UTC.";

/// The keys of every JSON view, whatever the section.
const VIEW_KEYS: [&str; 7] = [
    "section",
    "patient",
    "clinic",
    "next_appointment",
    "appointments",
    "treatments",
    "medical_history",
];

// ---------------------------------------------------------------------------------------------
// Helpers

/// The demo's front desk for a patient: clinic 1 is patients 1 to 44, clinic 2 the rest.
pub fn front_desk(patient: i64) -> &'static str {
    if patient <= 44 {
        "recepcion"
    } else {
        "recepcion.valle"
    }
}

/// Issues mobile access to `patient` as `staff`; returns the username and temporary password.
pub fn issue(env: &Env, staff: &str, patient: i64, extra: &[&str]) -> (String, String) {
    let id = patient.to_string();
    let mut args = vec!["access", "create", id.as_str(), "--format", "json"];
    args.extend_from_slice(extra);
    let credential = env.staff(staff, &args).ok().json();
    (text(&credential["username"]), text(&credential["temporary_password"]))
}

pub fn login(env: &Env, username: &str, password: &str) -> Run {
    let args = ["login", username, "--password-stdin", "--format", "json"];
    env.run_with_stdin(&args, &format!("{password}\n"))
}

fn login_accepting_terms(env: &Env, username: &str, password: &str) -> Run {
    let args = ["login", username, "--password-stdin", "--accept-terms", "--format", "json"];
    env.run_with_stdin(&args, &format!("{password}\n"))
}

pub fn change_password(env: &Env, username: &str, current: &str, new: &str) -> Run {
    let args =
        ["password", "change", username, "--password-stdin", "--accept-terms", "--format", "json"];
    env.run_with_stdin(&args, &format!("{current}\n{new}\n"))
}

/// The session token a successful sign-in handed over.
pub fn token(run: &Run) -> String {
    text(&run.ok().json()["token"])
}

/// Issues access as `staff`, signs in with the temporary password (which asks for a change),
/// chooses [`PASSWORD`] accepting the terms; returns (username, password, token).
pub fn signed_in_as(env: &Env, staff: &str, patient: i64) -> (String, String, String) {
    let (username, temporary) = issue(env, staff, patient, &[]);
    login(env, &username, &temporary).fails("password_change_required", 12);
    let token = token(&change_password(env, &username, &temporary, PASSWORD));
    (username, PASSWORD.to_string(), token)
}

/// [`signed_in_as`] with the patient's own front desk.
pub fn signed_in(env: &Env, patient: i64) -> (String, String, String) {
    signed_in_as(env, front_desk(patient), patient)
}

/// `patient view SECTION... --token-stdin --format FORMAT`.
pub fn view(env: &Env, token: &str, section: &[&str], format: &str) -> Run {
    let mut args = vec!["patient", "view"];
    args.extend_from_slice(section);
    args.extend_from_slice(&["--token-stdin", "--format", format]);
    env.run_with_stdin(&args, &format!("{token}\n"))
}

fn view_json(env: &Env, token: &str, section: &[&str]) -> Value {
    view(env, token, section, "json").ok().json()
}

pub fn preview(env: &Env, staff: &str, patient: i64, section: &[&str], format: &str) -> Run {
    let id = patient.to_string();
    let mut args = vec!["patient", "preview", id.as_str()];
    args.extend_from_slice(section);
    args.extend_from_slice(&["--format", format]);
    env.staff(staff, &args)
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_else(|| panic!("not a string: {value}")).to_string()
}

/// The message of a JSON error (the run had `--format json`).
fn message(run: &Run) -> String {
    text(&run.error_json()["message"])
}

#[track_caller]
fn assert_refused(run: &Run, code: &str, exit: i32, expected_message: &str) {
    run.fails(code, exit);
    assert_eq!(message(run), expected_message);
}

#[track_caller]
fn assert_session_expired(run: &Run) {
    assert_refused(run, "session_expired", 8, SESSION_EXPIRED);
}

fn count(env: &Env, sql: &str) -> i64 {
    env.query(sql)
}

/// One row of the patient's access, as text (NULL as "NULL").
fn access_column(env: &Env, patient: i64, column: &str) -> String {
    env.query(&format!(
        "SELECT coalesce(CAST({column} AS TEXT), 'NULL') FROM acceso_movil \
         WHERE id_paciente = {patient}"
    ))
}

/// Every section, as `patient view` takes it, with an appointment and a treatment of the
/// patient's own.
fn sections(env: &Env, patient: i64) -> Vec<Vec<String>> {
    let appointment: i64 =
        env.query(&format!("SELECT min(id_cita) FROM cita WHERE id_paciente = {patient}"));
    let treatment: i64 = env.query(&format!(
        "SELECT min(id_tratamiento) FROM tratamiento \
         WHERE id_paciente = {patient} AND estatus <> 'cancelado'"
    ));
    let words = |list: &[&str]| list.iter().map(|w| w.to_string()).collect::<Vec<_>>();
    vec![
        words(&[]),
        words(&["dashboard"]),
        words(&["profile"]),
        words(&["appointments"]),
        words(&["appointment", &appointment.to_string()]),
        words(&["treatments"]),
        words(&["treatment", &treatment.to_string()]),
        words(&["history"]),
    ]
}

fn as_strs(words: &[String]) -> Vec<&str> {
    words.iter().map(String::as_str).collect()
}

// ---------------------------------------------------------------------------------------------
// Sign-in outcomes

#[test]
fn unknown_username_and_wrong_password_get_the_identical_invalid_credentials_error() {
    let env = Env::demo();
    let (username, _, _) = signed_in(&env, 1);

    let wrong = login(&env, &username, WRONG);
    let unknown = login(&env, "paciente_9999", WRONG);
    assert_refused(&wrong, "invalid_credentials", 7, INVALID_CREDENTIALS);
    assert_refused(&unknown, "invalid_credentials", 7, INVALID_CREDENTIALS);
    assert_eq!(wrong.stderr, unknown.stderr);
    assert!(wrong.stdout.is_empty() && unknown.stdout.is_empty());

    let table = |name: &str| env.run_with_stdin(&["login", name, "--password-stdin"], "x\n");
    let (wrong, unknown) = (table(&username), table("paciente_9999"));
    wrong.fails("invalid_credentials", 7);
    assert_eq!(wrong.stderr, unknown.stderr);

    // The other commands that take a password answer the same way.
    let terms = |name: &str| {
        env.run_with_stdin(&["terms", "show", name, "--password-stdin"], &format!("{WRONG}\n"))
    };
    let (wrong, unknown) = (terms(&username), terms("paciente_9999"));
    wrong.fails("invalid_credentials", 7);
    assert_eq!(wrong.stderr, unknown.stderr);
    let (wrong, unknown) = (
        change_password(&env, &username, WRONG, "another lunar tortilla rowboat"),
        change_password(&env, "paciente_9999", WRONG, "another lunar tortilla rowboat"),
    );
    assert_refused(&wrong, "invalid_credentials", 7, INVALID_CREDENTIALS);
    assert_eq!(wrong.stderr, unknown.stderr);
}

#[test]
fn temporary_password_signs_in_only_to_change_it() {
    let env = Env::demo();
    let (username, temporary) = issue(&env, "recepcion", 1, &[]);
    let run = login(&env, &username, &temporary);
    assert_refused(&run, "password_change_required", 12, PASSWORD_CHANGE_REQUIRED);
    assert!(run.stdout.is_empty(), "no token before the change: {}", run.stdout);
    assert_eq!(access_column(&env, 1, "token"), "NULL");
}

#[test]
fn temporary_password_stops_working_after_seven_days() {
    let mut env = Env::demo();
    let (username, temporary) = issue(&env, "recepcion", 1, &[]);

    env.at("2026-12-10 11:59:59");
    login(&env, &username, &temporary).fails("password_change_required", 12);

    env.at("2026-12-10 12:01:00");
    let lapsed = login(&env, &username, &temporary);
    assert_refused(&lapsed, "invalid_credentials", 7, INVALID_CREDENTIALS);
    assert_eq!(lapsed.stderr, login(&env, &username, WRONG).stderr);
    let change = change_password(&env, &username, &temporary, PASSWORD);
    assert_refused(&change, "invalid_credentials", 7, INVALID_CREDENTIALS);
    assert_eq!(access_column(&env, 1, "debe_cambiar_password"), "1");
}

#[test]
fn deactivated_account_is_refused_with_account_inactive_after_a_correct_password() {
    let env = Env::demo();
    let (username, password, _) = signed_in(&env, 1);
    env.staff("recepcion", &["access", "deactivate", "1", "--yes"]).ok();

    let run = login(&env, &username, &password);
    assert_refused(&run, "account_inactive", 10, ACCOUNT_INACTIVE);
    // Only the right password learns that the account is inactive.
    let wrong = login(&env, &username, WRONG);
    assert_refused(&wrong, "invalid_credentials", 7, INVALID_CREDENTIALS);

    env.staff("recepcion", &["access", "activate", "1"]).ok();
    token(&login(&env, &username, &password));
}

#[test]
fn expired_access_is_refused_with_access_expired() {
    let mut env = Env::demo();
    let (username, temporary) = issue(&env, "recepcion", 1, &["--expires", "30d"]);
    token(&change_password(&env, &username, &temporary, PASSWORD));

    env.at("2027-01-02 11:59:00");
    token(&login(&env, &username, PASSWORD));

    env.at("2027-01-03 12:00:00");
    let run = login(&env, &username, PASSWORD);
    assert_refused(&run, "access_expired", 9, ACCESS_EXPIRED);
    let wrong = login(&env, &username, WRONG);
    assert_refused(&wrong, "invalid_credentials", 7, INVALID_CREDENTIALS);
}

#[test]
fn a_session_ends_no_later_than_the_access_does() {
    let env = Env::demo();
    let (username, temporary) = issue(&env, "recepcion", 1, &["--expires", "2026-12-03"]);
    let session = change_password(&env, &username, &temporary, PASSWORD).ok().json();
    assert_eq!(session["expires_at"], "2026-12-03T23:59:59Z");
}

#[test]
fn terms_must_be_accepted_and_a_new_version_asks_again() {
    let env = Env::demo();
    let (username, temporary) = issue(&env, "recepcion", 1, &[]);

    // Choosing a password without accepting the terms changes nothing.
    let before = env.dump(true);
    let args = ["password", "change", username.as_str(), "--password-stdin", "--format", "json"];
    let run = env.run_with_stdin(&args, &format!("{temporary}\n{PASSWORD}\n"));
    let version_1 = "You must accept the clinic's terms of service (version 1) before access.";
    assert_refused(&run, "terms_not_accepted", 13, version_1);
    assert_eq!(env.dump(true), before);

    token(&change_password(&env, &username, &temporary, PASSWORD));
    assert_eq!(access_column(&env, 1, "terminos_version"), "1");
    token(&login(&env, &username, PASSWORD));

    env.staff("dra.garcia", &["policy", "set", "terms-version", "2"]).ok();
    let run = login(&env, &username, PASSWORD);
    let version_2 = "You must accept the clinic's terms of service (version 2) before access.";
    assert_refused(&run, "terms_not_accepted", 13, version_2);

    let args = ["terms", "show", username.as_str(), "--password-stdin", "--format", "json"];
    let terms = env.run_with_stdin(&args, &format!("{PASSWORD}\n")).ok().json();
    assert_eq!((terms["version"].as_str(), terms["accepted"].as_bool()), (Some("2"), Some(false)));

    token(&login_accepting_terms(&env, &username, PASSWORD));
    assert_eq!(access_column(&env, 1, "terminos_version"), "2");
    assert_eq!(access_column(&env, 1, "terminos_aceptados"), crate::common::NOW);
    token(&login(&env, &username, PASSWORD));
}

// ---------------------------------------------------------------------------------------------
// Lockout

/// Fails `times` sign-ins of `username` and returns each run.
fn fail_sign_ins(env: &Env, username: &str, times: usize) -> Vec<Run> {
    (0..times).map(|_| login(env, username, WRONG)).collect()
}

#[test]
fn three_failed_sign_ins_do_not_lock() {
    let env = Env::demo();
    let (username, password, _) = signed_in(&env, 1);
    for run in fail_sign_ins(&env, &username, 3) {
        assert_refused(&run, "invalid_credentials", 7, INVALID_CREDENTIALS);
    }
    assert_eq!(access_column(&env, 1, "intentos_fallidos"), "3");
    token(&login(&env, &username, &password));
    assert_eq!(access_column(&env, 1, "intentos_fallidos"), "0");
}

#[test]
fn fifth_failed_sign_in_locks_for_fifteen_minutes_even_against_the_right_password() {
    let mut env = Env::demo();
    let (username, password, _) = signed_in(&env, 1);
    let runs = fail_sign_ins(&env, &username, 5);
    for run in &runs[..4] {
        assert_refused(run, "invalid_credentials", 7, INVALID_CREDENTIALS);
    }
    assert_refused(&runs[4], "account_locked", 11, LOCKED_UNTIL_12_15);

    let during = login(&env, &username, &password);
    assert_refused(&during, "account_locked", 11, LOCKED_UNTIL_12_15);
    env.at("2026-12-03 12:14:59");
    login(&env, &username, &password).fails("account_locked", 11);

    env.at("2026-12-03 12:15:00");
    token(&login(&env, &username, &password));
    assert_eq!(access_column(&env, 1, "bloqueado_hasta"), "NULL");
}

#[test]
fn access_unlock_clears_a_lock_at_once() {
    let env = Env::demo();
    let (username, password, _) = signed_in(&env, 1);
    fail_sign_ins(&env, &username, 5);
    login(&env, &username, &password).fails("account_locked", 11);

    env.staff("recepcion", &["access", "unlock", "1"]).ok();
    token(&login(&env, &username, &password));
}

#[test]
fn max_failed_sign_ins_policy_of_three_locks_at_the_third_known_or_unknown() {
    let env = Env::demo();
    let (username, _, _) = signed_in(&env, 1);
    env.staff("dra.garcia", &["policy", "set", "max-failed-sign-ins", "3"]).ok();

    for name in [username.as_str(), "nadie.sabe"] {
        let runs = fail_sign_ins(&env, name, 3);
        runs[1].fails("invalid_credentials", 7);
        assert_refused(&runs[2], "account_locked", 11, LOCKED_UNTIL_12_15);
    }
}

#[test]
fn unknown_username_gets_the_same_sequence_of_codes_and_messages_as_a_known_one() {
    let mut env = Env::demo();
    let (username, _, _) = signed_in(&env, 1);
    let outcomes = |runs: Vec<Run>| -> Vec<(i32, String)> {
        runs.into_iter().map(|run| (run.code, run.stderr)).collect()
    };

    let known = outcomes(fail_sign_ins(&env, &username, 7));
    let unknown = outcomes(fail_sign_ins(&env, "paciente_9999", 7));
    assert_eq!(known, unknown);
    let codes: Vec<i32> = known.iter().map(|(code, _)| *code).collect();
    assert_eq!(codes, [7, 7, 7, 7, 11, 11, 11]);

    env.at("2026-12-03 12:15:00");
    let known = outcomes(fail_sign_ins(&env, &username, 5));
    let unknown = outcomes(fail_sign_ins(&env, "paciente_9999", 5));
    assert_eq!(known, unknown);
    assert_eq!(known[4].0, 11);
}

// ---------------------------------------------------------------------------------------------
// Password rules

#[test]
fn new_password_breaking_a_rule_is_refused_and_changes_nothing() {
    let env = Env::demo();
    let (username, temporary) = issue(&env, "recepcion", 1, &[]);
    // Patient 1 is María Fernanda Hernández Treviño, born 1984-03-15, CURP HETF840315MNLRRR00.
    let cases = [
        ("lunar rowboat", "at least 15 characters"),
        ("lunar paciente_1 quantum", "your username"),
        ("lunar hernandez quantum rowboat", "your name"),
        ("lunar Treviño quantum rowboat", "your name"),
        ("lunar hetf840315 quantum", "your CURP"),
        ("lunar 15031984 quantum rowboat", "your date of birth"),
        ("lunar 1984-03-15 quantum rowboat", "your date of birth"),
        ("password123456789", "too easy to guess"),
    ];
    let before = env.dump(true);
    for (new, reason) in cases {
        let run = change_password(&env, &username, &temporary, new);
        run.fails("invalid_input", 3);
        assert!(message(&run).contains(reason), "{new:?}: {}", message(&run));
        assert!(!run.stderr.contains(new), "the refusal repeats the password: {}", run.stderr);
        assert_eq!(env.dump(true), before, "{new:?} changed something");
    }
    assert_eq!(access_column(&env, 1, "debe_cambiar_password"), "1");
}

#[test]
fn new_password_equal_to_the_current_one_is_refused() {
    let env = Env::demo();
    let (username, password, _) = signed_in(&env, 1);
    let before = env.dump(true);
    let run = change_password(&env, &username, &password, &password);
    run.fails("invalid_input", 3);
    assert!(message(&run).contains("differ"), "{}", message(&run));
    assert_eq!(env.dump(true), before);
}

#[test]
fn min_password_length_policy_of_eight_allows_shorter_passwords() {
    let env = Env::demo();
    let (username, temporary) = issue(&env, "recepcion", 1, &[]);
    let short = "Vq7#zK2!pX";
    let run = change_password(&env, &username, &temporary, short);
    run.fails("invalid_input", 3);
    assert!(message(&run).contains("at least 15"), "{}", message(&run));

    env.staff("dra.garcia", &["policy", "set", "min-password-length", "8"]).ok();
    let seven = change_password(&env, &username, &temporary, "Vq7#zK2");
    assert!(message(&seven).contains("at least 8"), "{}", message(&seven));
    // Eight characters are enough once the clinic allows them, if they are hard to guess.
    let weak = change_password(&env, &username, &temporary, "qwertyui");
    assert!(message(&weak).contains("too easy to guess"), "{}", message(&weak));
    token(&change_password(&env, &username, &temporary, "Vq7#zK2!"));
    token(&login(&env, &username, "Vq7#zK2!"));
}

#[test]
fn password_change_clears_must_change_and_returns_a_working_token() {
    let env = Env::demo();
    let (username, temporary) = issue(&env, "recepcion", 1, &[]);
    assert_eq!(access_column(&env, 1, "debe_cambiar_password"), "1");

    let session = change_password(&env, &username, &temporary, PASSWORD).ok().json();
    let mut keys: Vec<&str> = session.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["expires_at", "idle_timeout_seconds", "token"]);
    assert_eq!(access_column(&env, 1, "debe_cambiar_password"), "0");
    assert_eq!(access_column(&env, 1, "password_temporal_expira"), "NULL");
    assert_eq!(view_json(&env, &text(&session["token"]), &[])["section"], "dashboard");

    login(&env, &username, &temporary).fails("invalid_credentials", 7);
    token(&login(&env, &username, PASSWORD));
}

// ---------------------------------------------------------------------------------------------
// Sessions

#[test]
fn a_new_sign_in_ends_the_previous_session() {
    let env = Env::demo();
    let (username, password, first) = signed_in(&env, 1);
    let second = token(&login(&env, &username, &password));
    assert_ne!(first, second);
    assert_session_expired(&view(&env, &first, &[], "json"));
    view(&env, &second, &[], "json").ok();
}

#[test]
fn a_session_lasts_twenty_four_hours_however_active() {
    let mut env = Env::demo();
    let (username, password, _) = signed_in(&env, 1);
    let session = login(&env, &username, &password).ok().json();
    assert_eq!(session["expires_at"], "2026-12-04T12:00:00Z");
    assert_eq!(session["idle_timeout_seconds"], 1800);
    let token = text(&session["token"]);

    // With an idle timeout as long as the session, only the lifetime can end it.
    env.staff("dra.garcia", &["policy", "set", "idle-timeout", "24h"]).ok();
    env.at("2026-12-04 11:00:00");
    view(&env, &token, &[], "json").ok();
    env.at("2026-12-04 11:59:59");
    view(&env, &token, &[], "json").ok();
    env.at("2026-12-04 12:00:00");
    assert_session_expired(&view(&env, &token, &[], "json"));
}

#[test]
fn a_session_ends_after_thirty_idle_minutes_and_each_view_refreshes_it() {
    let mut env = Env::demo();
    let (username, password, token) = signed_in(&env, 1);

    env.at("2026-12-03 12:20:00");
    view(&env, &token, &[], "json").ok();
    assert_eq!(access_column(&env, 1, "ultima_actividad"), "2026-12-03 12:20:00");
    env.at("2026-12-03 12:40:00");
    view(&env, &token, &["profile"], "json").ok();
    env.at("2026-12-03 13:11:00");
    assert_session_expired(&view(&env, &token, &[], "json"));

    let fresh = self::token(&login(&env, &username, &password));
    env.at("2026-12-03 13:42:00");
    assert_session_expired(&view(&env, &fresh, &[], "json"));
}

#[test]
fn logout_ends_the_session() {
    let env = Env::demo();
    let (_, _, token) = signed_in(&env, 1);
    let out = env.run_with_stdin(&["logout", "--token-stdin", "--format", "json"], &token);
    assert_eq!(out.ok().json()["signed_out"], true);
    assert_session_expired(&view(&env, &token, &[], "json"));
    assert_eq!(access_column(&env, 1, "token"), "NULL");
    let again = env.run_with_stdin(&["logout", "--token-stdin", "--format", "json"], &token);
    assert_session_expired(&again);
}

#[test]
fn staff_rotate_token_ends_the_session() {
    let env = Env::demo();
    let (username, password, token) = signed_in(&env, 1);
    env.staff("recepcion", &["access", "rotate-token", "1"]).ok();
    assert_session_expired(&view(&env, &token, &[], "json"));
    let new = self::token(&login(&env, &username, &password));
    view(&env, &new, &[], "json").ok();
}

#[test]
fn deactivation_ends_the_session_for_good() {
    let env = Env::demo();
    let (_, _, token) = signed_in(&env, 1);
    env.staff("recepcion", &["access", "deactivate", "1", "--yes"]).ok();
    assert_session_expired(&view(&env, &token, &[], "json"));
    env.staff("recepcion", &["access", "activate", "1"]).ok();
    assert_session_expired(&view(&env, &token, &[], "json"));
}

#[test]
fn token_from_the_acceso_token_variable_works() {
    let env = Env::demo();
    let (_, _, token) = signed_in(&env, 1);
    let mut command = env.command();
    command.env("ACCESO_TOKEN", &token);
    command.arg("--db").arg(&env.db).args(["patient", "view", "profile", "--format", "json"]);
    let view = run(command, "").ok().json();
    assert_eq!(view["patient"]["first_name"], "María Fernanda");

    let mut command = env.command();
    command.env("ACCESO_TOKEN", &token).arg("--db").arg(&env.db).args(["logout"]);
    run(command, "").ok();
    assert_session_expired(&self::view(&env, &token, &[], "json"));
}

#[test]
fn view_without_a_token_is_invalid_input_naming_token_stdin() {
    let env = Env::demo();
    signed_in(&env, 1);
    for (args, stdin) in [
        (vec!["patient", "view"], ""),
        (vec!["patient", "view", "--token-stdin"], ""),
        (vec!["patient", "view", "--token-stdin"], "\n"),
        (vec!["logout"], ""),
    ] {
        let run = env.run_with_stdin(&args, stdin);
        run.fails("invalid_input", 3);
        assert!(run.stderr.contains("--token-stdin"), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn a_token_that_was_never_issued_is_an_expired_session() {
    let env = Env::demo();
    signed_in(&env, 1);
    assert_session_expired(&view(&env, &"0".repeat(64), &[], "json"));
    let table = view(&env, "not-a-token", &[], "table");
    table.fails("session_expired", 8);
    assert!(table.stderr.contains("Your session has expired. Please log in again"));
}

// ---------------------------------------------------------------------------------------------
// The view

#[test]
fn every_section_prints_as_a_table_and_as_json_with_the_same_top_level_keys() {
    let env = Env::demo();
    let (_, _, token) = signed_in(&env, 1);
    for section in sections(&env, 1) {
        let words = as_strs(&section);
        let json = view_json(&env, &token, &words);
        let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        let mut expected = VIEW_KEYS.to_vec();
        expected.sort_unstable();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, expected, "{words:?}");
        assert_eq!(json["section"], words.first().copied().unwrap_or("dashboard"));
        for (key, inner) in
            [("appointments", ["history", "upcoming"]), ("treatments", ["active", "completed"])]
        {
            if let Some(object) = json[key].as_object() {
                let mut found: Vec<&str> = object.keys().map(String::as_str).collect();
                found.sort_unstable();
                assert_eq!(found, inner, "{words:?} {key}");
            }
        }

        let table = view(&env, &token, &words, "table");
        table.ok();
        assert!(table.stdout.contains("This view is read-only."), "{words:?}");
        let heading = match words.first().copied().unwrap_or("dashboard") {
            "dashboard" => "Hola, María Fernanda Hernández Treviño",
            "profile" => "Your details",
            "appointments" => "Upcoming appointments",
            "appointment" => "Appointment\n",
            "treatments" => "Active treatments",
            "treatment" => "Treatment\n",
            _ => "Medical history",
        };
        assert!(table.stdout.contains(heading), "{words:?}: {}", table.stdout);
    }
}

#[test]
fn each_section_fills_the_parts_it_shows_and_leaves_the_rest_null() {
    let env = Env::demo();
    let (_, _, token) = signed_in(&env, 1);
    let filled = |json: &Value| -> Vec<&str> {
        VIEW_KEYS[1..].iter().copied().filter(|key| !json[*key].is_null()).collect()
    };

    let dashboard = view_json(&env, &token, &[]);
    assert_eq!(
        filled(&dashboard),
        ["patient", "clinic", "next_appointment", "appointments", "treatments"]
    );
    assert_eq!(dashboard["next_appointment"]["id"], 5);
    assert_eq!(dashboard["appointments"]["history"].as_array().unwrap().len(), 3);
    assert_eq!(dashboard["treatments"]["completed"], serde_json::json!([]));

    let profile = view_json(&env, &token, &["profile"]);
    assert_eq!(filled(&profile), ["patient", "clinic", "medical_history"]);
    assert_eq!(profile["patient"]["curp"], "HETF840315MNLRRR00");

    let appointments = view_json(&env, &token, &["appointments"]);
    assert_eq!(filled(&appointments), ["clinic", "next_appointment", "appointments"]);
    let ids = |list: &Value| -> Vec<i64> {
        list.as_array().unwrap().iter().map(|a| a["id"].as_i64().unwrap()).collect()
    };
    assert_eq!(ids(&appointments["appointments"]["upcoming"]), [5, 6]);
    assert_eq!(ids(&appointments["appointments"]["history"]), [4, 3, 2, 1]);

    let one = view_json(&env, &token, &["appointment", "3"]);
    assert_eq!(ids(&one["appointments"]["history"]), [3]);
    assert_eq!(one["appointments"]["history"][0]["status"], "cancelled");

    let treatments = view_json(&env, &token, &["treatments"]);
    assert_eq!(filled(&treatments), ["treatments"]);
    assert_eq!(ids(&treatments["treatments"]["active"]), [2]);
    assert_eq!(ids(&treatments["treatments"]["completed"]), [1]);

    let treatment = view_json(&env, &token, &["treatment", "2"]);
    assert_eq!(treatment["treatments"]["active"][0]["progress_percent"], 80);

    let history = view_json(&env, &token, &["history"]);
    assert_eq!(filled(&history), ["medical_history"]);
    assert!(!history["medical_history"]["questionnaire"].as_array().unwrap().is_empty());
}

#[test]
fn another_patients_appointment_or_treatment_is_as_absent_as_a_missing_one() {
    let env = Env::demo();
    let (_, _, token) = signed_in(&env, 1);
    let others = [
        ("appointment", count(&env, "SELECT min(id_cita) FROM cita WHERE id_paciente = 45")),
        ("appointment", count(&env, "SELECT min(id_cita) FROM cita WHERE id_paciente = 2")),
        (
            "treatment",
            count(
                &env,
                "SELECT min(id_tratamiento) FROM tratamiento \
                 WHERE id_paciente = 45 AND estatus <> 'cancelado'",
            ),
        ),
        ("treatment", 3), // patient 1's own, but cancelled: not the patient's to see
    ];
    for (what, id) in others {
        let id = id.to_string();
        for format in ["json", "table"] {
            let theirs = view(&env, &token, &[what, &id], format);
            let missing = view(&env, &token, &[what, "99999"], format);
            theirs.fails("not_found", 4);
            missing.fails("not_found", 4);
            assert_eq!(theirs.stderr.replace(&id, "ID"), missing.stderr.replace("99999", "ID"));
            assert!(theirs.stdout.is_empty());
        }
    }
}

#[test]
fn cost_is_shown_only_when_the_clinic_shows_prices() {
    let env = Env::demo();
    let (_, _, token) = signed_in(&env, 1);
    let cost_of_one: f64 = env.query("SELECT costo FROM tratamiento WHERE id_tratamiento = 1");
    let price = format!("{cost_of_one:.2}");
    for section in sections(&env, 1) {
        let words = as_strs(&section);
        let json = view(&env, &token, &words, "json");
        assert!(!json.ok().stdout.contains("\"cost\""), "{words:?}: {}", json.stdout);
        assert!(!json.stdout.contains(&format!("{cost_of_one}")), "{words:?}");
        let table = view(&env, &token, &words, "table");
        assert!(!table.ok().stdout.contains("Cost"), "{words:?}");
        assert!(!table.stdout.contains(&price), "{words:?}");
    }

    env.staff("dra.garcia", &["policy", "set", "show-prices", "true"]).ok();
    let treatments = view_json(&env, &token, &["treatments"]);
    assert_eq!(treatments["treatments"]["completed"][0]["cost"].as_f64(), Some(cost_of_one));
    assert!(treatments["treatments"]["active"][0]["cost"].is_number());
    let one = view_json(&env, &token, &["treatment", "1"]);
    assert_eq!(one["treatments"]["completed"][0]["cost"].as_f64(), Some(cost_of_one));
    let table = view(&env, &token, &["treatments"], "table");
    assert!(table.ok().stdout.contains(&price), "{}", table.stdout);
}

#[test]
fn shared_recommendations_are_shown_and_unshared_never_are() {
    let env = Env::demo();
    let (_, _, shared) = signed_in(&env, 1);
    let history = view_json(&env, &shared, &["history"]);
    let recommendation = text(&history["medical_history"]["recommendations"]);
    assert!(recommendation.starts_with("RECOMENDACION paciente 1"), "{recommendation}");
    assert!(view(&env, &shared, &["profile"], "table").stdout.contains("RECOMENDACION"));

    let (_, _, unshared) = signed_in(&env, 2);
    for section in sections(&env, 2) {
        let words = as_strs(&section);
        let json = view_json(&env, &unshared, &words);
        if !json["medical_history"].is_null() {
            assert!(json["medical_history"]["recommendations"].is_null(), "{words:?}");
        }
        for format in ["json", "table"] {
            let run = view(&env, &unshared, &words, format);
            assert!(!run.ok().stdout.contains("RECOMENDACION"), "{words:?} {format}");
        }
    }
}

#[test]
fn each_view_is_audited_and_refreshes_last_activity() {
    let mut env = Env::demo();
    let (username, _, token) = signed_in(&env, 1);
    let views = "SELECT count(*) FROM auditoria WHERE accion = 'patient.view' \
                 AND resultado = 'ok' AND id_paciente = 1 AND actor = 'patient'";
    assert_eq!(count(&env, views), 0);

    for (minute, section) in [("05", "profile"), ("10", "history"), ("15", "appointments")] {
        let now = format!("2026-12-03 12:{minute}:00");
        env.at(&now);
        view(&env, &token, &[section], "json").ok();
        assert_eq!(access_column(&env, 1, "ultima_actividad"), now);
    }
    assert_eq!(count(&env, views), 3);
    let detail: String = env.query(
        "SELECT detalle || ' ' || usuario_movil FROM auditoria \
         WHERE accion = 'patient.view' ORDER BY id_auditoria DESC LIMIT 1",
    );
    assert_eq!(detail, format!("appointments {username}"));

    // A refused view is audited too, and refreshes nothing.
    env.at("2026-12-03 13:00:00");
    view(&env, &token, &[], "json").fails("session_expired", 8);
    assert_eq!(access_column(&env, 1, "ultima_actividad"), "2026-12-03 12:15:00");
    let refused = "SELECT count(*) FROM auditoria WHERE accion = 'patient.view' \
                   AND resultado = 'session_expired'";
    assert_eq!(count(&env, refused), 1);
}

/// Every text a patient's output must never hold.
fn never_shown(env: &Env, patient: i64) -> Vec<String> {
    let mut forbidden = vec!["HIDDEN-".to_string(), "$argon2".to_string()];
    forbidden.push(access_column(env, patient, "password"));
    forbidden.push(access_column(env, patient, "token"));
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let own: String = env.query(&format!(
        "SELECT nombre || ' ' || apellido_paterno FROM paciente WHERE id_paciente = {patient}"
    ));
    let mut statement = conn
        .prepare(
            "SELECT nombre || ' ' || apellido_paterno || coalesce(' ' || apellido_materno, ''),
                    curp, coalesce(email, '')
             FROM paciente WHERE id_paciente <> ?1",
        )
        .unwrap();
    let rows = statement
        .query_map([patient], |row| Ok([row.get(0)?, row.get(1)?, row.get::<_, String>(2)?]))
        .unwrap();
    for row in rows {
        let [name, curp, email] = row.unwrap();
        assert!(!name.contains(&own), "{name} shares patient {patient}'s name");
        forbidden.extend([name, curp]);
        if !email.is_empty() {
            forbidden.push(email);
        }
    }
    forbidden
}

#[track_caller]
fn assert_shows_none(run: &Run, forbidden: &[String], what: &str) {
    let all = run.all();
    for text in forbidden {
        assert!(!all.contains(text.as_str()), "{what} shows {text:?}:\n{all}");
    }
}

#[test]
fn no_section_in_any_format_shows_hidden_columns_secrets_or_other_patients() {
    let env = Env::demo();
    for patient in [1, 2, 45] {
        let (_, _, token) = signed_in(&env, patient);
        let forbidden = never_shown(&env, patient);
        assert!(forbidden.len() > 50, "{forbidden:?}");
        let mut all_sections = sections(&env, patient);
        all_sections.push(vec!["appointment".into(), "99999".into()]);
        all_sections.push(vec!["treatment".into(), "1".into()]);
        for section in all_sections {
            let words = as_strs(&section);
            for format in ["json", "table"] {
                let run = view(&env, &token, &words, format);
                assert_shows_none(&run, &forbidden, &format!("patient {patient} {words:?}"));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Staff preview

#[test]
fn staff_preview_shows_exactly_what_the_patient_sees() {
    let env = Env::demo();
    let (_, _, token) = signed_in(&env, 1);
    for section in sections(&env, 1) {
        let words = as_strs(&section);
        for format in ["json", "table"] {
            let theirs = view(&env, &token, &words, format);
            let staff = preview(&env, "recepcion", 1, &words, format);
            assert_eq!(staff.ok().stdout, theirs.ok().stdout, "{words:?} {format}");
        }
        let theirs = view(&env, &token, &words, "json").json();
        assert_eq!(preview(&env, "dra.garcia", 1, &words, "json").json(), theirs);
    }
}

#[test]
fn preview_of_another_clinics_patient_is_forbidden() {
    let env = Env::demo();
    let before = count(&env, "SELECT count(*) FROM auditoria");
    let run = preview(&env, "recepcion", 45, &[], "json");
    run.fails("forbidden", 5);
    assert!(run.stdout.is_empty());
    preview(&env, "recepcion.valle", 1, &["history"], "table").fails("forbidden", 5);
    preview(&env, "recepcion.valle", 45, &["history"], "table").ok();
    let refused = "SELECT count(*) FROM auditoria WHERE accion = 'patient.preview' \
                   AND resultado = 'forbidden' AND actor = 'staff'";
    assert_eq!(count(&env, refused), 2);
    assert_eq!(count(&env, "SELECT count(*) FROM auditoria"), before + 3);
}

#[test]
fn preview_is_audited_as_a_staff_action_and_not_as_the_patients_view() {
    let env = Env::demo();
    issue(&env, "recepcion", 1, &[]);
    preview(&env, "recepcion", 1, &["treatments"], "json").ok();
    let row: String = env.query(
        "SELECT actor || '|' || usuario_staff || '|' || id_paciente || '|' || id_clinica || '|' \
         || resultado || '|' || detalle FROM auditoria WHERE accion = 'patient.preview'",
    );
    assert_eq!(row, "staff|recepcion|1|1|ok|treatments");
    assert_eq!(count(&env, "SELECT count(*) FROM auditoria WHERE accion = 'patient.view'"), 0);
    assert_eq!(access_column(&env, 1, "ultima_actividad"), "NULL");
}

// ---------------------------------------------------------------------------------------------
// Audit

#[test]
fn every_sign_in_step_is_audited_and_no_password_is() {
    let mut env = Env::demo();
    let (username, temporary) = issue(&env, "recepcion", 1, &[]);
    let audited = |env: &Env, action: &str, outcome: &str| -> i64 {
        count(
            env,
            &format!(
                "SELECT count(*) FROM auditoria WHERE actor = 'patient' AND accion = '{action}' \
                 AND resultado = '{outcome}' AND usuario_movil = '{username}' \
                 AND id_paciente = 1 AND id_clinica = 1"
            ),
        )
    };

    login(&env, &username, &temporary).fails("password_change_required", 12);
    assert_eq!(audited(&env, "login", "password_change_required"), 1);
    let token = token(&change_password(&env, &username, &temporary, PASSWORD));
    assert_eq!(audited(&env, "password.change", "ok"), 1);
    view(&env, &token, &[], "json").ok();
    assert_eq!(audited(&env, "patient.view", "ok"), 1);
    env.run_with_stdin(&["logout", "--token-stdin"], &token).ok();
    assert_eq!(audited(&env, "logout", "ok"), 1);
    self::token(&login(&env, &username, PASSWORD));
    assert_eq!(audited(&env, "login", "ok"), 1);

    let wrong_passwords: Vec<String> =
        (1..=5).map(|n| format!("guess number {n} of five")).collect();
    for wrong in &wrong_passwords {
        login(&env, &username, wrong);
    }
    assert_eq!(audited(&env, "login", "invalid_credentials"), 4);
    assert_eq!(audited(&env, "login", "account_locked"), 1);
    let lock: String = env.query(
        "SELECT detalle FROM auditoria WHERE resultado = 'account_locked' AND accion = 'login'",
    );
    assert_eq!(lock, "locked after 5 failures");

    login(&env, "nadie.existe", "stranger danger password").fails("invalid_credentials", 7);
    let tried: String = env.query(
        "SELECT usuario_movil || '|' || coalesce(id_paciente, 'none') FROM auditoria \
         WHERE accion = 'login' ORDER BY id_auditoria DESC LIMIT 1",
    );
    assert_eq!(tried, "nadie.existe|none");

    env.at("2026-12-03 13:00:00");
    let trail: Vec<String> = env
        .dump(false)
        .lines()
        .filter(|line| line.starts_with("auditoria:"))
        .map(str::to_string)
        .collect();
    assert!(trail.len() >= 12, "{trail:?}");
    let mut secrets = wrong_passwords;
    secrets.extend([temporary, PASSWORD.to_string(), "stranger danger".to_string(), token]);
    for secret in &secrets {
        for line in &trail {
            assert!(!line.contains(secret.as_str()), "the audit trail holds {secret:?}: {line}");
        }
    }
}

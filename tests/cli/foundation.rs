//! Issue "Foundation": the database file, staff identity and clinic scope, input checking,
//! errors for people and scripts, the audit trail, prompts, the demo tour and the help.

use std::fs::{self, OpenOptions};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use clap::CommandFactory;
use serde_json::Value;

use crate::common::{self, assert_clean_error, Env, Run};

/// Runs `acceso --db DB ARGS...` with extra environment variables.
fn run_with_env(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> Run {
    let mut command = env.command();
    command.envs(vars.iter().copied()).arg("--db").arg(&env.db).args(args);
    common::run(command, "")
}

/// The patients a staff member's `patient list --format json` shows.
fn listed(env: &Env, staff: &str, extra: &[&str]) -> Vec<Value> {
    let mut args = vec!["patient", "list", "--format", "json"];
    args.extend_from_slice(extra);
    let run = env.staff(staff, &args);
    run.ok();
    run.json().as_array().expect("a JSON array").clone()
}

fn ids(patients: &[Value]) -> Vec<i64> {
    patients.iter().map(|p| p["id"].as_i64().expect("an id")).collect()
}

fn tables(env: &Env) -> Vec<String> {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mut statement = conn.prepare("SELECT name FROM sqlite_schema ORDER BY name").unwrap();
    let names = statement.query_map([], |row| row.get(0)).unwrap();
    names.collect::<Result<_, _>>().unwrap()
}

/// Asserts that a refused run left every table but the audit trail as it was.
#[track_caller]
fn assert_unchanged(env: &Env, before: &str) {
    assert_eq!(env.dump(true), before, "a refused command changed the database");
}

// ---------------------------------------------------------------------------------------------
// init

#[test]
fn init_creates_a_private_wal_database_at_schema_version_1() {
    let env = Env::new();
    let run = env.run(&["init"]);
    run.ok();
    assert!(run.stderr.contains("Created"), "status: {}", run.stderr);

    let mode = fs::metadata(&env.db).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "mode {:o}", mode & 0o777);
    assert_eq!(env.query::<i64>("PRAGMA user_version"), 1);
    assert_eq!(env.query::<String>("PRAGMA journal_mode"), "wal");
}

#[test]
fn init_twice_is_harmless_and_says_the_database_is_up_to_date() {
    let env = Env::new();
    env.run(&["init"]).ok();
    let before = env.dump(true);

    let again = env.run(&["init"]);
    again.ok();
    assert!(again.stderr.contains("up to date"), "status: {}", again.stderr);
    assert_eq!(env.dump(true), before);

    let json = env.run(&["init", "--format", "json"]);
    json.ok();
    let report = json.json();
    assert_eq!(report["created"], false);
    assert_eq!(report["schema_version"], 1);
    assert_eq!(report["upgraded_from"], Value::Null);
    assert_eq!(env.query::<i64>("PRAGMA user_version"), 1);
}

#[test]
fn init_with_clinic_and_admin_twice_creates_each_once() {
    let env = Env::new();
    let args =
        ["init", "--clinic", "Clínica Dental Sonrisa", "--admin", "jefa", "--format", "json"];
    let first = env.run(&args);
    first.ok();
    assert_eq!(first.json()["clinic"]["created"], true);
    assert_eq!(first.json()["admin"]["created"], true);

    let second = env.run(&args);
    second.ok();
    assert_eq!(second.json()["clinic"]["created"], false);
    assert_eq!(second.json()["admin"]["created"], false);
    assert_eq!(second.json()["clinic"]["id"], first.json()["clinic"]["id"]);

    let clinics: i64 =
        env.query("SELECT count(*) FROM clinica WHERE nombre = 'Clínica Dental Sonrisa'");
    let admins: i64 =
        env.query("SELECT count(*) FROM usuario WHERE usuario = 'jefa' AND rol = 'super_admin'");
    assert_eq!((clinics, admins), (1, 1));
}

#[test]
fn init_demo_on_an_existing_file_is_a_conflict_and_changes_nothing() {
    let env = Env::demo();
    let before = env.dump(false);
    let bytes = fs::read(&env.db).unwrap();

    env.run(&["init", "--demo"]).fails("conflict", 6);

    assert_eq!(env.dump(false), before);
    assert_eq!(fs::read(&env.db).unwrap(), bytes);
}

#[test]
fn migrate_is_idempotent_and_never_duplicates_tables() {
    let env = Env::new();
    env.run(&["init"]).ok();
    let schema = tables(&env);
    let sql: Vec<String> = {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        let mut statement =
            conn.prepare("SELECT ifnull(sql, '') FROM sqlite_schema ORDER BY name").unwrap();
        let rows = statement.query_map([], |row| row.get(0)).unwrap();
        rows.collect::<Result<_, _>>().unwrap()
    };

    // Every command opens (and so migrates) the file; open it twice more.
    env.run(&["init"]).ok();
    env.run(&["init", "--format", "json"]).ok();

    assert_eq!(env.query::<i64>("PRAGMA user_version"), 1);
    assert_eq!(tables(&env), schema);
    let count: i64 = env.query("SELECT count(*) FROM sqlite_schema");
    assert_eq!(count as usize, sql.len());
}

// ---------------------------------------------------------------------------------------------
// Clinic scope and output formats

#[test]
fn a_receptionist_lists_only_the_patients_of_her_clinic() {
    let env = Env::demo();
    let patients = listed(&env, "recepcion", &[]);
    assert!(patients.len() >= 40, "only {} patients", patients.len());
    assert!(patients.iter().all(|p| p["clinic_id"] == 1), "{patients:?}");
    assert!(ids(&patients).iter().all(|id| (1..=44).contains(id)));
}

#[test]
fn the_other_clinics_receptionist_lists_only_clinic_2() {
    let env = Env::demo();
    let patients = listed(&env, "recepcion.valle", &[]);
    assert!(!patients.is_empty());
    assert!(patients.iter().all(|p| p["clinic_id"] == 2), "{patients:?}");
    let mut ids = ids(&patients);
    ids.sort();
    assert_eq!(ids, (45..=56).collect::<Vec<_>>());
}

#[test]
fn a_super_admin_lists_the_patients_of_every_clinic() {
    let env = Env::demo();
    let mut ids = ids(&listed(&env, "admin", &[]));
    ids.sort();
    assert_eq!(ids, (1..=56).collect::<Vec<_>>());
}

#[test]
fn csv_list_has_a_header_line_and_one_line_per_patient() {
    let env = Env::demo();
    let count = listed(&env, "recepcion", &[]).len();
    let run = env.staff("recepcion", &["patient", "list", "--format", "csv"]);
    run.ok();

    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), count + 1, "{}", run.stdout);
    assert!(lines[0].starts_with("ID,Name,"), "header: {}", lines[0]);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    assert_eq!(reader.records().map(Result::unwrap).count(), count);
}

#[test]
fn tables_go_to_stdout_and_status_messages_to_stderr() {
    let env = Env::demo();
    let run = env.staff("recepcion", &["patient", "verify", "1"]);
    run.ok();
    assert!(run.stdout.contains("Hernández"), "stdout: {}", run.stdout);
    assert!(!run.stdout.contains("verified"), "status on stdout: {}", run.stdout);
    assert!(run.stderr.contains("verified"), "stderr: {}", run.stderr);
    assert!(!run.stderr.contains("Hernández"), "data on stderr: {}", run.stderr);

    let init = Env::new().run(&["init"]);
    init.ok();
    assert_eq!(init.stdout, "", "init printed data");
    assert!(!init.stderr.is_empty());
}

#[test]
fn patient_search_ignores_accents_and_case() {
    let env = Env::demo();
    for search in ["hernandez", "HERNÁNDEZ", "Hernandez"] {
        let found = listed(&env, "recepcion", &["--search", search]);
        assert!(ids(&found).contains(&1), "{search:?} missed patient 1: {found:?}");
        assert!(
            found.iter().all(|p| p["name"].as_str().unwrap().contains("Hernández")),
            "{search:?} found others: {found:?}"
        );
    }
    assert!(listed(&env, "recepcion", &["--search", "zzzz-nadie"]).is_empty());
}

#[test]
fn without_access_leaves_out_patients_who_have_access() {
    let env = Env::demo();
    let all = listed(&env, "recepcion", &[]).len();
    env.staff("recepcion", &["access", "create", "1"]).ok();

    let without = listed(&env, "recepcion", &["--without-access"]);
    assert_eq!(without.len(), all - 1);
    assert!(!ids(&without).contains(&1));
    assert!(without.iter().all(|p| p["access"].is_null()), "{without:?}");
}

// ---------------------------------------------------------------------------------------------
// patient verify

#[test]
fn verify_of_a_patient_of_ones_clinic_succeeds_and_shows_the_name() {
    let env = Env::demo();
    let run = env.staff("recepcion", &["patient", "verify", "1"]);
    run.ok();
    assert!(run.stdout.contains("María Fernanda Hernández Treviño"), "{}", run.stdout);
}

#[test]
fn verify_of_another_clinics_patient_is_forbidden() {
    let env = Env::demo();
    let before = env.dump(true);
    env.staff("recepcion", &["patient", "verify", "45"]).fails("forbidden", 5);
    assert_unchanged(&env, &before);
}

#[test]
fn verify_of_an_unknown_patient_is_not_found() {
    let env = Env::demo();
    env.staff("recepcion", &["patient", "verify", "9999"]).fails("not_found", 4);
}

#[test]
fn verify_rejects_ids_that_are_not_positive_numbers() {
    let env = Env::demo();
    let before = env.dump(true);
    for id in ["abc", "-3", "0", "1.5", ""] {
        let run = env.staff("recepcion", &["patient", "verify", id]);
        run.fails("invalid_input", 3);
        assert!(run.stderr.contains("positive number"), "{id:?}: {}", run.stderr);
    }
    assert_unchanged(&env, &before);
}

#[test]
fn a_command_line_clap_cannot_parse_exits_2() {
    let env = Env::demo();
    let missing = env.staff("recepcion", &["patient", "verify"]);
    assert_eq!(missing.code, 2, "{}", missing.stderr);
    let unknown = env.run(&["no-such-command"]);
    assert_eq!(unknown.code, 2, "{}", unknown.stderr);
    assert_clean_error(&unknown.stderr);
}

// ---------------------------------------------------------------------------------------------
// Staff identity

#[test]
fn a_staff_command_without_staff_is_invalid_input_naming_the_option() {
    let env = Env::demo();
    let before = env.dump(true);
    let run = env.run(&["patient", "verify", "1"]);
    run.fails("invalid_input", 3);
    assert!(run.stderr.contains("--staff"), "no mention of --staff: {}", run.stderr);
    assert_unchanged(&env, &before);
}

#[test]
fn an_unknown_staff_member_is_forbidden() {
    let env = Env::demo();
    let before = env.dump(true);
    env.staff("nadie", &["patient", "verify", "1"]).fails("forbidden", 5);
    assert_unchanged(&env, &before);
}

#[test]
fn an_inactive_staff_member_is_forbidden() {
    let env = Env::demo();
    let before = env.dump(true);
    let run = env.staff("ex.asistente", &["patient", "list"]);
    run.fails("forbidden", 5);
    assert!(run.stderr.contains("inactive"), "{}", run.stderr);
    assert_eq!(run.stdout, "");
    assert_unchanged(&env, &before);
}

#[test]
fn the_acceso_staff_variable_works_like_the_staff_option() {
    let env = Env::demo();
    let run = run_with_env(&env, &[("ACCESO_STAFF", "recepcion")], &["patient", "verify", "1"]);
    run.ok();
    assert!(run.stdout.contains("Hernández"), "{}", run.stdout);

    let elsewhere =
        run_with_env(&env, &[("ACCESO_STAFF", "recepcion.valle")], &["patient", "verify", "1"]);
    elsewhere.fails("forbidden", 5);

    let staff: String =
        env.query("SELECT usuario_staff FROM auditoria ORDER BY id_auditoria DESC LIMIT 1");
    assert_eq!(staff, "recepcion.valle");
}

// ---------------------------------------------------------------------------------------------
// The database file

#[test]
fn a_db_path_that_is_a_directory_is_invalid_input() {
    let env = Env::new();
    let dir = env.dir().join("folder");
    fs::create_dir(&dir).unwrap();
    let mut command = env.command();
    command.arg("--db").arg(&dir).args(["--staff", "recepcion", "patient", "list"]);
    let run = common::run(command, "");
    run.fails("invalid_input", 3);
    assert!(run.stderr.contains("directory"), "{}", run.stderr);
}

#[test]
fn a_missing_db_file_is_not_found_with_a_hint_to_run_init() {
    let env = Env::new();
    let run = env.staff("recepcion", &["patient", "list"]);
    run.fails("not_found", 4);
    assert!(run.stderr.contains("acceso init"), "{}", run.stderr);
    assert!(!env.db.exists(), "a command other than init created the database");
}

/// Every file in the test's directory, with its bytes: to show that nothing was written,
/// not even a `-wal` or `-journal` file next to the database.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .map(|path| (path.file_name().unwrap().to_string_lossy().into(), fs::read(path).unwrap()))
        .collect();
    files.sort();
    files
}

#[test]
fn a_file_that_is_not_sqlite_is_a_database_error_and_stays_unchanged() {
    let env = Env::new();
    let garbage: Vec<u8> =
        (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    fs::write(&env.db, &garbage).unwrap();
    let before = files(env.dir());

    for args in [&["init"][..], &["--staff", "recepcion", "patient", "list"]] {
        let run = env.run(args);
        run.fails("database", 15);
        assert!(run.stderr.contains("not an SQLite database"), "{}", run.stderr);
    }
    assert_eq!(files(env.dir()), before);
}

#[test]
fn another_programs_sqlite_file_is_refused_and_not_migrated() {
    let env = Env::new();
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch("CREATE TABLE facturas (id INTEGER PRIMARY KEY, total REAL);").unwrap();
        conn.execute("INSERT INTO facturas (total) VALUES (12.5)", []).unwrap();
    }
    let before = files(env.dir());

    for args in [&["init"][..], &["--staff", "recepcion", "patient", "list"]] {
        let run = env.run(args);
        run.fails("database", 15);
        assert!(run.stderr.contains("not an acceso database"), "{}", run.stderr);
    }
    assert_eq!(files(env.dir()), before, "the file was written to");
    assert_eq!(env.query::<i64>("PRAGMA user_version"), 0);
    assert_eq!(tables(&env), vec!["facturas".to_string()]);
    assert_eq!(env.query::<String>("PRAGMA journal_mode"), "delete");
}

#[test]
fn a_database_from_a_newer_acceso_is_refused_and_stays_unchanged() {
    let env = Env::new();
    env.run(&["init", "--demo"]).ok();
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        // Back to one self-contained file, so that its bytes tell whether anything wrote.
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = files(env.dir());

    for args in [&["init"][..], &["--staff", "admin", "patient", "list"]] {
        let run = env.run(args);
        run.fails("database", 15);
        assert!(run.stderr.contains("newer"), "{}", run.stderr);
        assert_eq!(run.stdout, "");
    }
    assert_eq!(files(env.dir()), before, "the file was written to");
    assert_eq!(env.query::<i64>("PRAGMA user_version"), 99);
}

#[test]
fn a_read_only_database_file_is_a_database_error() {
    let env = Env::demo();
    let before = env.dump(false);
    fs::set_permissions(&env.db, fs::Permissions::from_mode(0o400)).unwrap();

    let run = env.staff("recepcion", &["patient", "list"]);
    // Root may write to any file whatever its mode (the tests often run as root in
    // containers): then the file is not read-only to us either, and there is no refusal to
    // check. Only a process that really cannot write must get the database error.
    let writable = OpenOptions::new().write(true).open(&env.db).is_ok();
    if !writable {
        run.fails("database", 15);
        assert!(run.stderr.contains("cannot be written"), "{}", run.stderr);
    }
    assert_clean_error(&run.stderr);

    fs::set_permissions(&env.db, fs::Permissions::from_mode(0o600)).unwrap();
    if !writable {
        assert_eq!(env.dump(false), before);
    }
}

// ---------------------------------------------------------------------------------------------
// Errors for scripts

#[test]
fn with_format_json_every_error_is_one_object_on_stderr_and_stdout_is_empty() {
    let env = Env::demo();
    let garbage = Env::new();
    fs::write(&garbage.db, b"this is not a database, just some text").unwrap();
    let missing = Env::new();

    let cases: Vec<(&Env, Vec<&str>, &str, u64)> = vec![
        (&env, vec!["--staff", "recepcion", "patient", "verify", "9999"], "not_found", 404),
        (&env, vec!["--staff", "recepcion", "patient", "verify", "45"], "forbidden", 403),
        (&env, vec!["--staff", "recepcion", "patient", "verify", "abc"], "invalid_input", 422),
        (&env, vec!["patient", "list"], "invalid_input", 422),
        (&env, vec!["--staff", "nadie", "patient", "list"], "forbidden", 403),
        (&env, vec!["init", "--demo"], "conflict", 409),
        (&garbage, vec!["--staff", "recepcion", "patient", "list"], "database", 500),
        (&missing, vec!["--staff", "recepcion", "patient", "list"], "not_found", 404),
    ];
    for (env, mut args, code, status) in cases {
        args.extend(["--format", "json"]);
        let run = env.run(&args);
        assert_ne!(run.code, 0, "{args:?} succeeded");
        assert_eq!(run.stdout, "", "{args:?} printed on stdout");
        assert_eq!(run.stderr.trim().lines().count(), 1, "{args:?}: {}", run.stderr);
        assert_clean_error(&run.stderr);

        let error = run.error_json();
        assert_eq!(error["code"], code, "{args:?}: {}", run.stderr);
        assert_eq!(error["status"], status, "{args:?}: {}", run.stderr);
        let message = error["message"].as_str().unwrap_or_default();
        assert!(!message.is_empty(), "{args:?}: no message");
        let whole: Value = serde_json::from_str(run.stderr.trim()).unwrap();
        assert_eq!(whole.as_object().unwrap().len(), 1, "more than the error: {}", run.stderr);
    }
}

// ---------------------------------------------------------------------------------------------
// The audit trail

#[test]
fn every_command_allowed_or_refused_appends_one_audit_row() {
    let env = Env::demo();
    let last_result = || -> String {
        env.query("SELECT resultado FROM auditoria ORDER BY id_auditoria DESC LIMIT 1")
    };

    let start = env.audit_count();
    env.staff("recepcion", &["patient", "verify", "1"]).ok();
    assert_eq!(env.audit_count(), start + 1);
    assert_eq!(last_result(), "ok");

    env.staff("recepcion", &["patient", "verify", "45"]).fails("forbidden", 5);
    assert_eq!(env.audit_count(), start + 2);
    assert_eq!(last_result(), "forbidden");
    let action: String =
        env.query("SELECT accion FROM auditoria ORDER BY id_auditoria DESC LIMIT 1");
    assert_eq!(action, "patient.verify");
}

#[test]
fn a_command_refused_before_it_reaches_the_database_is_audited_once_and_changes_nothing() {
    let env = Env::demo();
    let before = env.dump(true);
    let last = |column: &str| -> String {
        env.query(&format!(
            "SELECT coalesce(CAST({column} AS TEXT), '') FROM auditoria \
             ORDER BY id_auditoria DESC LIMIT 1"
        ))
    };

    let start = env.audit_count();
    env.staff("recepcion", &["access", "create", "7", "--expires", "5x"]).fails("invalid_input", 3);
    assert_eq!(env.audit_count(), start + 1);
    assert_eq!(last("accion"), "access.create");
    assert_eq!(last("resultado"), "invalid_input");
    assert_eq!(last("usuario_staff"), "recepcion");
    assert_eq!(last("id_paciente"), "7");

    env.run(&["login", "paciente_7", "--password-stdin"]).fails("invalid_input", 3);
    assert_eq!(env.audit_count(), start + 2);
    assert_eq!(last("accion"), "login");
    assert_eq!(last("actor"), "patient");
    assert_eq!(last("usuario_movil"), "paciente_7");

    // A refusal the application already recorded is not recorded twice.
    env.staff("recepcion", &["patient", "verify", "45"]).fails("forbidden", 5);
    assert_eq!(env.audit_count(), start + 3);
    assert_eq!(env.dump(true), before);
}

// ---------------------------------------------------------------------------------------------
// Prompts

#[test]
fn a_confirmation_without_a_terminal_needs_yes() {
    let env = Env::demo();
    env.staff("recepcion", &["access", "create", "1"]).ok();
    let before = env.dump(true);

    // The harness's standard input is a pipe, never a terminal.
    let run = env.staff("recepcion", &["access", "deactivate", "1"]);
    run.fails("invalid_input", 3);
    assert!(run.stderr.contains("--yes"), "{}", run.stderr);
    assert_unchanged(&env, &before);

    env.staff("recepcion", &["access", "deactivate", "1", "--yes"]).ok();
    assert_ne!(env.dump(true), before);
}

// ---------------------------------------------------------------------------------------------
// The demo tour

#[test]
fn the_demo_tour_runs_to_the_end_without_input() {
    let env = Env::new();
    let run = env.run(&["demo"]);
    run.ok();

    let all = run.all();
    assert!(all.contains("$ acceso "), "no command lines: {all}");
    let steps: Vec<&str> = run.stdout.split("\n== ").collect();
    let rejected = steps[steps.len() - 2];
    assert!(rejected.contains("Your session has expired"), "rejected view: {rejected}");
    let audit = steps[steps.len() - 1];
    for action in ["access.create", "login", "password.change", "patient.view", "logout"] {
        assert!(audit.contains(action), "the trail lacks {action}: {audit}");
    }
    assert!(!audit.contains("$argon2"), "{audit}");
    assert!(!all.contains("HIDDEN-"), "the tour shows hidden data: {all}");
    assert!(!all.contains("panicked"), "{all}");
}

// ---------------------------------------------------------------------------------------------
// Help and version

/// The command paths of every subcommand, e.g. ["access", "create"].
fn subcommand_paths(command: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
    for sub in command.get_subcommands() {
        let mut path = prefix.to_vec();
        path.push(sub.get_name().to_string());
        out.push(path.clone());
        subcommand_paths(sub, &path, out);
    }
}

#[test]
fn help_works_for_every_subcommand_and_shows_an_example() {
    let env = Env::new();
    env.run(&["--help"]).ok();

    let mut paths = Vec::new();
    subcommand_paths(&acceso::cli::Cli::command(), &[], &mut paths);
    assert!(paths.len() > 20, "only {} subcommands", paths.len());
    for path in paths {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let run = env.run(&args);
        run.ok();
        assert!(run.stdout.contains("Example"), "`acceso {}` has no example", args.join(" "));
    }
}

#[test]
fn version_prints_the_name_and_version() {
    let run = Env::new().run(&["--version"]);
    run.ok();
    assert_eq!(run.stdout.trim(), format!("acceso {}", env!("CARGO_PKG_VERSION")));
}

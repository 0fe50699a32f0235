//! Issue "Batch issuance": `acceso access batch` from CSV, JSON lines or every patient without
//! access; all or nothing unless --continue-on-error; credentials on stdout or a private file,
//! the report on stderr; and a batch killed at any moment leaves the database as it was.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use acceso::domain::credentials::{params_of, verify_password, HashParams};
use serde_json::Value;

use crate::common::{assert_clean_error, Env, Run};

// ---------------------------------------------------------------------------------------------
// Helpers

/// Runs `acceso --staff recepcion access batch ARGS...` with `stdin` as standard input.
fn batch(env: &Env, args: &[&str], stdin: &str) -> Run {
    let mut full = vec!["--staff", "recepcion", "access", "batch"];
    full.extend_from_slice(args);
    env.run_with_stdin(&full, stdin)
}

/// Writes `text` to a new file in the test's directory and returns its path as text.
fn input_file(env: &Env, name: &str, text: &str) -> String {
    let path = env.dir().join(name);
    fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

/// Every mobile access as (patient, username), by patient.
fn accesses(env: &Env) -> Vec<(i64, String)> {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mut statement = conn
        .prepare("SELECT id_paciente, usuario_movil FROM acceso_movil ORDER BY id_paciente")
        .unwrap();
    let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get(1)?))).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

fn accessed_patients(env: &Env) -> Vec<i64> {
    accesses(env).into_iter().map(|(patient, _)| patient).collect()
}

/// Asserts that every table but the audit trail is as it was.
#[track_caller]
fn assert_unchanged(env: &Env, before: &str) {
    assert_eq!(env.dump(true), before, "the batch changed the database");
}

/// One issued credential as printed.
#[derive(Debug, Clone, PartialEq)]
struct Credential {
    patient_id: i64,
    patient_name: String,
    username: String,
    temporary_password: String,
    expires_at: String,
}

/// The credentials a CSV output holds, after checking its header.
fn csv_credentials(text: &str) -> Vec<Credential> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        ["patient_id", "patient_name", "username", "temporary_password", "expires_at"],
        "{text}"
    );
    reader
        .records()
        .map(|record| {
            let record = record.unwrap();
            Credential {
                patient_id: record[0].parse().unwrap(),
                patient_name: record[1].to_string(),
                username: record[2].to_string(),
                temporary_password: record[3].to_string(),
                expires_at: record[4].to_string(),
            }
        })
        .collect()
}

/// The credentials a JSON-lines output holds: one object per line with exactly five keys.
fn json_credentials(text: &str) -> Vec<Credential> {
    text.lines()
        .map(|line| {
            let object: Value = serde_json::from_str(line)
                .unwrap_or_else(|err| panic!("not a JSON line ({err}): {line}"));
            assert_eq!(object.as_object().unwrap().len(), 5, "{line}");
            let text = |key: &str| object[key].as_str().unwrap_or_default().to_string();
            Credential {
                patient_id: object["patient_id"].as_i64().unwrap(),
                patient_name: text("patient_name"),
                username: text("username"),
                temporary_password: text("temporary_password"),
                expires_at: text("expires_at"),
            }
        })
        .collect()
}

fn ids(credentials: &[Credential]) -> Vec<i64> {
    credentials.iter().map(|credential| credential.patient_id).collect()
}

/// The one JSON report object on stderr (with --format json).
fn json_report(stderr: &str) -> Value {
    assert_eq!(stderr.trim().lines().count(), 1, "more than one line: {stderr}");
    serde_json::from_str(stderr.trim())
        .unwrap_or_else(|err| panic!("stderr is not JSON ({err}): {stderr}"))
}

/// A patient's full name as the database has it.
fn patient_name(env: &Env, patient: i64) -> String {
    env.query(&format!(
        "SELECT nombre || ' ' || apellido_paterno
                || coalesce(' ' || nullif(trim(apellido_materno), ''), '')
         FROM paciente WHERE id_paciente = {patient}"
    ))
}

fn stored_hash(env: &Env, patient: i64) -> String {
    env.query(&format!("SELECT password FROM acceso_movil WHERE id_paciente = {patient}"))
}

/// The demo database with patient 10 already holding the username `taken.name`.
fn demo_with_taken_username() -> Env {
    let env = Env::demo();
    env.staff("recepcion", &["access", "create", "10", "--username", "taken.name"]).ok();
    env
}

// ---------------------------------------------------------------------------------------------
// The mixed input: every kind of row, as CSV and as JSON lines

/// What the batch must say about one row.
#[derive(Clone, Copy)]
enum Verdict {
    Issued { patient: i64, username: &'static str, expires_at: &'static str },
    Skipped { patient: &'static str },
    Failed { patient: &'static str, code: &'static str, reason: &'static str },
}

/// One input row, as a CSV line and as a JSON line, and its verdict.
struct Case {
    csv: &'static str,
    json: &'static str,
    verdict: Verdict,
}

/// The policy's default expiry (90 days) from the tests' clock.
const IN_90_DAYS: &str = "2027-03-03T12:00:00Z";

const MIXED: &[Case] = &[
    Case {
        csv: "1,,",
        json: r#"{"id_paciente": 1}"#,
        verdict: Verdict::Issued { patient: 1, username: "paciente_1", expires_at: IN_90_DAYS },
    },
    Case {
        csv: "2,ana.perez,",
        json: r#"{"id_paciente": 2, "usuario_movil": "ana.perez"}"#,
        verdict: Verdict::Issued { patient: 2, username: "ana.perez", expires_at: IN_90_DAYS },
    },
    Case {
        csv: "3,,30d",
        json: r#"{"id_paciente": 3, "expires": "30d"}"#,
        verdict: Verdict::Issued {
            patient: 3,
            username: "paciente_3",
            expires_at: "2027-01-02T12:00:00Z",
        },
    },
    Case {
        csv: "9999,,",
        json: r#"{"id_paciente": 9999}"#,
        verdict: Verdict::Failed { patient: "9999", code: "not_found", reason: "no patient 9999" },
    },
    Case {
        csv: "45,,",
        json: r#"{"id_paciente": 45}"#,
        verdict: Verdict::Failed { patient: "45", code: "forbidden", reason: "another clinic" },
    },
    Case {
        csv: "2,,",
        json: r#"{"id_paciente": "2"}"#,
        verdict: Verdict::Failed { patient: "2", code: "invalid_input", reason: "also on line" },
    },
    Case {
        csv: "4,taken.name,",
        json: r#"{"id_paciente": 4, "usuario_movil": "taken.name"}"#,
        verdict: Verdict::Failed {
            patient: "4",
            code: "conflict",
            reason: "\"taken.name\" is taken",
        },
    },
    Case {
        csv: "6,,5x",
        json: r#"{"id_paciente": 6, "expires": "5x"}"#,
        verdict: Verdict::Failed { patient: "6", code: "invalid_input", reason: "invalid expiry" },
    },
    Case {
        csv: "7,,2020-01-01",
        json: r#"{"id_paciente": 7, "expires": "2020-01-01"}"#,
        verdict: Verdict::Failed { patient: "7", code: "invalid_input", reason: "already over" },
    },
    Case {
        csv: "10,,",
        json: r#"{"id_paciente": 10}"#,
        verdict: Verdict::Skipped { patient: "10" },
    },
    Case {
        csv: "11,,,extra",
        json: r#"{"id_paciente": 11, "extra": "x"}"#,
        verdict: Verdict::Failed { patient: "", code: "invalid_input", reason: "" },
    },
    // Last, because an unterminated quote runs to the end of the input.
    Case {
        csv: "12,\"unterminated",
        json: r#"{"id_paciente": 12, "#,
        verdict: Verdict::Failed { patient: "", code: "invalid_input", reason: "" },
    },
];

const HEADER: &str = "id_paciente,usuario_movil,expires";

/// The mixed input as CSV: a header, then one line per case (case i on line i + 2).
fn mixed_csv() -> String {
    let lines: Vec<&str> = MIXED.iter().map(|case| case.csv).collect();
    format!("{HEADER}\n{}\n", lines.join("\n"))
}

/// The mixed input as JSON lines (case i on line i + 1).
fn mixed_json() -> String {
    let lines: Vec<&str> = MIXED.iter().map(|case| case.json).collect();
    format!("{}\n", lines.join("\n"))
}

/// The line of case `index` in an input whose first row is on `first_line`.
fn line_of(index: usize, first_line: usize) -> usize {
    index + first_line
}

/// Asserts that the text report names every skipped and failed row of MIXED, each once, at
/// its line, with its reason and code; and no other row.
#[track_caller]
fn assert_mixed_report(stderr: &str, first_line: usize) {
    let mut expected = 0;
    for (index, case) in MIXED.iter().enumerate() {
        let line = line_of(index, first_line);
        let (patient, code, reason) = match case.verdict {
            Verdict::Issued { .. } => continue,
            Verdict::Skipped { patient } => (patient, "skipped", "already has mobile access"),
            Verdict::Failed { patient, code, reason } => (patient, code, reason),
        };
        let prefix = if patient.is_empty() {
            format!("line {line}: ")
        } else {
            format!("line {line}, patient {patient}: ")
        };
        let found: Vec<&str> = stderr.lines().filter(|l| l.starts_with(&prefix)).collect();
        assert_eq!(found.len(), 1, "{prefix:?} reported {} times: {stderr}", found.len());
        assert!(found[0].ends_with(&format!("({code})")), "{prefix:?} code: {}", found[0]);
        assert!(found[0].contains(reason), "{prefix:?} reason {reason:?}: {}", found[0]);
        expected += 1;
    }
    let reported = stderr.lines().filter(|line| line.starts_with("line ")).count();
    assert_eq!(reported, expected, "unexpected rows in the report: {stderr}");
    let duplicate = format!("also on line {}", line_of(1, first_line));
    assert!(stderr.contains(&duplicate), "duplicate names its first line: {stderr}");
}

/// Asserts that exactly MIXED's good rows were issued and printed, with their usernames and
/// expiries, next to patient 10's earlier access.
#[track_caller]
fn assert_good_rows_issued(env: &Env, printed: &[Credential]) {
    let good: Vec<(i64, &str, &str)> = MIXED
        .iter()
        .filter_map(|case| match case.verdict {
            Verdict::Issued { patient, username, expires_at } => {
                Some((patient, username, expires_at))
            }
            _ => None,
        })
        .collect();
    let got: Vec<(i64, &str, &str)> = printed
        .iter()
        .map(|c| (c.patient_id, c.username.as_str(), c.expires_at.as_str()))
        .collect();
    assert_eq!(got, good, "printed credentials");
    for credential in printed {
        assert_eq!(credential.patient_name, patient_name(env, credential.patient_id));
        assert_eq!(credential.temporary_password.len(), 19, "{credential:?}");
    }
    let mut expected: Vec<(i64, String)> =
        good.iter().map(|(patient, username, _)| (*patient, username.to_string())).collect();
    expected.push((10, "taken.name".into()));
    expected.sort();
    assert_eq!(accesses(env), expected);
}

// ---------------------------------------------------------------------------------------------
// All or nothing, and --continue-on-error

#[test]
fn a_mixed_csv_issues_nothing_and_names_every_bad_row_with_its_line_and_reason() {
    let env = demo_with_taken_username();
    let before = env.dump(true);
    let input = input_file(&env, "mixed.csv", &mixed_csv());

    let run = batch(&env, &["--input", &input], "");
    assert_eq!(run.code, 3, "stdout: {}\nstderr: {}", run.stdout, run.stderr);
    assert_eq!(run.stdout, "", "credentials printed for a refused batch");
    assert_mixed_report(&run.stderr, 2);
    assert!(run.stderr.contains("nothing was issued"), "{}", run.stderr);
    assert_clean_error(&run.stderr);
    assert_unchanged(&env, &before);
}

#[test]
fn a_mixed_csv_with_continue_on_error_issues_exactly_the_good_rows_and_exits_1() {
    let env = demo_with_taken_username();
    let input = input_file(&env, "mixed.csv", &mixed_csv());

    let run = batch(&env, &["--input", &input, "--continue-on-error"], "");
    assert_eq!(run.code, 1, "stdout: {}\nstderr: {}", run.stdout, run.stderr);
    assert_mixed_report(&run.stderr, 2);
    assert!(run.stderr.contains("Issued 3, skipped 1, failed 8."), "{}", run.stderr);
    assert_good_rows_issued(&env, &csv_credentials(&run.stdout));
}

#[test]
fn running_the_same_good_rows_again_skips_every_row_and_exits_0() {
    let env = Env::demo();
    let input = input_file(&env, "good.csv", &format!("{HEADER}\n1,,\n2,ana.perez,\n3,,30d\n"));
    let first = batch(&env, &["--input", &input], "");
    first.ok();
    assert_eq!(ids(&csv_credentials(&first.stdout)), [1, 2, 3]);
    let after_first = env.dump(true);

    let again = batch(&env, &["--input", &input], "");
    again.ok();
    assert_eq!(again.stdout, "", "credentials printed twice");
    for (line, patient) in [(2, 1), (3, 2), (4, 3)] {
        let report = format!("line {line}, patient {patient}: already has mobile access (skipped)");
        assert!(again.stderr.contains(&report), "{report:?} missing: {}", again.stderr);
    }
    assert!(again.stderr.contains("Issued 0, skipped 3, failed 0."), "{}", again.stderr);
    assert_unchanged(&env, &after_first);
}

#[test]
fn mixed_json_lines_from_stdin_are_refused_row_by_row_like_the_csv() {
    let env = demo_with_taken_username();
    let before = env.dump(true);

    let run = batch(&env, &["--input", "-"], &mixed_json());
    assert_eq!(run.code, 3, "stdout: {}\nstderr: {}", run.stdout, run.stderr);
    assert_eq!(run.stdout, "");
    assert_mixed_report(&run.stderr, 1);
    assert!(run.stderr.contains("unknown field `extra`"), "{}", run.stderr);
    assert_unchanged(&env, &before);
}

#[test]
fn mixed_json_lines_with_continue_on_error_issue_exactly_the_good_rows() {
    let env = demo_with_taken_username();
    let input = input_file(&env, "mixed.jsonl", &mixed_json());

    let run = batch(&env, &["--input", &input, "--continue-on-error"], "");
    assert_eq!(run.code, 1, "stdout: {}\nstderr: {}", run.stdout, run.stderr);
    assert_mixed_report(&run.stderr, 1);
    assert_good_rows_issued(&env, &csv_credentials(&run.stdout));
}

#[test]
fn csv_from_stdin_issues_like_a_file() {
    let env = Env::demo();
    let run = batch(&env, &["--input", "-"], &format!("{HEADER}\n5,,\n6,,\n"));
    run.ok();
    assert_eq!(ids(&csv_credentials(&run.stdout)), [5, 6]);
    assert_eq!(accessed_patients(&env), [5, 6]);
}

#[test]
fn csv_line_numbers_count_blank_lines_and_crlf_line_ends() {
    let env = Env::demo();
    // Unknown patients 9001.. on the lines their last digits say.
    let unix = "id_paciente\n9002\n\n9004\n9005\n\n\n9008\n";
    let windows = unix.replace('\n', "\r\n");
    for text in [unix.to_string(), windows] {
        let run = batch(&env, &["--input", "-", "--dry-run"], &text);
        assert_eq!(run.code, 3, "{}", run.stderr);
        for line in [2, 4, 5, 8] {
            let report = format!("line {line}, patient 900{line}: ");
            assert!(run.stderr.contains(&report), "{report:?} missing:\n{}", run.stderr);
        }
    }
}

#[test]
fn a_failing_json_line_is_reported_at_its_line_counting_blank_lines() {
    let env = Env::demo();
    let text = "{\"id_paciente\": 9001}\n\n{\"id_paciente\": 9003}\n";
    let run = batch(&env, &["--input", "-", "--dry-run"], text);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(run.stderr.contains("line 1, patient 9001: "), "{}", run.stderr);
    assert!(run.stderr.contains("line 3, patient 9003: "), "{}", run.stderr);
}

// ---------------------------------------------------------------------------------------------
// --dry-run

#[test]
fn a_dry_run_writes_nothing_and_reports_what_would_be_issued() {
    let env = demo_with_taken_username();
    let before = env.dump(true);
    let input = input_file(&env, "good.csv", &format!("{HEADER}\n1,,\n2,ana.perez,\n3,,\n10,,\n"));
    let out = env.dir().join("never.csv");

    let run = batch(&env, &["--input", &input, "--dry-run", "--out", out.to_str().unwrap()], "");
    run.ok();
    assert_eq!(run.stdout, "", "a dry run printed credentials");
    assert!(
        run.stderr.contains("Dry run: 3 would be issued, 1 skipped, 0 failed"),
        "{}",
        run.stderr
    );
    assert!(!out.exists(), "a dry run created the output file");
    assert_unchanged(&env, &before);

    let json = batch(&env, &["--input", &input, "--dry-run", "--format", "json"], "");
    json.ok();
    assert_eq!(json.stdout, "");
    let report = json_report(&json.stderr);
    assert_eq!(report["dry_run"], true);
    assert_eq!(report["would_issue"], 3);
    assert_eq!(report["issued"], 0);
    assert_eq!(report["skipped"].as_array().unwrap().len(), 1);
    assert_unchanged(&env, &before);
}

#[test]
fn a_dry_run_with_a_bad_row_would_issue_nothing_in_text_and_in_json() {
    let env = Env::demo();
    let before = env.dump(true);
    let input = input_file(&env, "bad.csv", &format!("{HEADER}\n1,,\n2,,\n9999,,\n"));

    let text = batch(&env, &["--input", &input, "--dry-run"], "");
    assert_eq!(text.code, 3, "{}", text.stderr);
    assert!(text.stderr.contains("Dry run: 0 would be issued"), "{}", text.stderr);

    let json = batch(&env, &["--input", &input, "--dry-run", "--format", "json"], "");
    assert_eq!(json.code, 3, "{}", json.stderr);
    assert_eq!(json_report(&json.stderr)["would_issue"], 0, "{}", json.stderr);

    let go_on = ["--input", &input, "--dry-run", "--continue-on-error", "--format", "json"];
    let json = batch(&env, &go_on, "");
    assert_eq!(json_report(&json.stderr)["would_issue"], 2, "{}", json.stderr);
    assert_eq!(json.code, 1, "a dry run exits as the real run would");
    assert_unchanged(&env, &before);
}

// ---------------------------------------------------------------------------------------------
// --out

#[test]
fn out_writes_a_private_file_and_no_password_reaches_stdout_or_stderr() {
    let env = Env::demo();
    let input = input_file(&env, "good.csv", &format!("{HEADER}\n1,,\n2,,\n"));
    let out = env.dir().join("credentials.csv");

    let run = batch(&env, &["--input", &input, "--out", out.to_str().unwrap()], "");
    run.ok();
    assert_eq!(fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    let credentials = csv_credentials(&fs::read_to_string(&out).unwrap());
    assert_eq!(ids(&credentials), [1, 2]);
    assert_eq!(run.stdout, "", "stdout with --out");
    for credential in &credentials {
        assert!(!run.all().contains(&credential.temporary_password), "{}", run.all());
    }
    assert!(run.stderr.contains("Wrote 2 credential(s)"), "{}", run.stderr);
}

#[test]
fn an_existing_out_file_is_a_conflict_and_nothing_is_issued() {
    let env = Env::demo();
    let before = env.dump(true);
    let input = input_file(&env, "good.csv", &format!("{HEADER}\n1,,\n2,,\n"));
    let out = input_file(&env, "credentials.csv", "keep me\n");

    batch(&env, &["--input", &input, "--out", &out], "").fails("conflict", 6);
    assert_eq!(fs::read_to_string(&out).unwrap(), "keep me\n", "the file was overwritten");
    assert_unchanged(&env, &before);
}

#[test]
fn an_out_file_in_a_missing_folder_is_refused_before_anything_is_issued() {
    let env = Env::demo();
    let before = env.dump(true);
    let input = input_file(&env, "good.csv", &format!("{HEADER}\n1,,\n"));
    let out: PathBuf = env.dir().join("no-such-folder").join("credentials.csv");

    let run = batch(&env, &["--input", &input, "--out", out.to_str().unwrap()], "");
    run.fails("io", 16);
    assert_unchanged(&env, &before);
    assert!(!out.parent().unwrap().exists());
}

// ---------------------------------------------------------------------------------------------
// Passwords and hashes

#[test]
fn every_printed_password_verifies_against_its_stored_default_argon2id_hash() {
    let env = Env::demo();
    let input = input_file(&env, "good.csv", &format!("{HEADER}\n1,,\n2,,\n3,,\n4,,\n"));
    let run = batch(&env, &["--input", &input], "");
    run.ok();

    let credentials = csv_credentials(&run.stdout);
    assert_eq!(ids(&credentials), [1, 2, 3, 4]);
    let hashes: Vec<String> = credentials.iter().map(|c| stored_hash(&env, c.patient_id)).collect();
    for (credential, hash) in credentials.iter().zip(&hashes) {
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
        assert_eq!(params_of(hash), Some(HashParams::DEFAULT));
        assert!(verify_password(&credential.temporary_password, hash), "{credential:?}");
        for other in credentials.iter().filter(|other| other != &credential) {
            assert!(!verify_password(&other.temporary_password, hash), "{other:?}");
        }
    }
    let mut salts: Vec<&str> = hashes.iter().map(|h| h.rsplit('$').nth(1).unwrap()).collect();
    salts.sort();
    salts.dedup();
    assert_eq!(salts.len(), hashes.len(), "salts repeat: {hashes:?}");
}

// ---------------------------------------------------------------------------------------------
// --all-without-access and --username-style

#[test]
fn all_without_access_issues_to_every_clinic_1_patient_without_access_and_none_of_clinic_2() {
    let env = Env::demo();
    env.staff("recepcion", &["access", "create", "1"]).ok();
    env.staff("recepcion", &["access", "create", "2"]).ok();

    let run = batch(&env, &["--all-without-access"], "");
    run.ok();
    let mut printed = ids(&csv_credentials(&run.stdout));
    printed.sort();
    assert_eq!(printed, (3..=44).collect::<Vec<_>>());
    assert_eq!(accessed_patients(&env), (1..=44).collect::<Vec<_>>());
    let clinic_2: i64 = env.query(
        "SELECT count(*) FROM acceso_movil JOIN paciente USING (id_paciente)
         WHERE paciente.id_clinica = 2",
    );
    assert_eq!(clinic_2, 0);

    let again = batch(&env, &["--all-without-access"], "");
    again.ok();
    assert_eq!(again.stdout, "", "nobody is left without access");
}

#[test]
fn username_style_email_fails_the_rows_of_patients_without_email() {
    let env = Env::demo();
    let before = env.dump(true);
    // Patients 5 and 13 have no email; 6 and 14 do.
    let input = input_file(&env, "rows.csv", "id_paciente\n5\n6\n13\n14\n");

    let refused = batch(&env, &["--input", &input, "--username-style", "email"], "");
    assert_eq!(refused.code, 3, "{}", refused.stderr);
    assert_unchanged(&env, &before);

    let args = ["--input", &input, "--username-style", "email", "--continue-on-error"];
    let run = batch(&env, &args, "");
    assert_eq!(run.code, 1, "{}", run.stderr);
    for (line, patient) in [(2, 5), (4, 13)] {
        let report =
            format!("line {line}, patient {patient}: patient {patient} has no email on file");
        assert!(run.stderr.contains(&report), "{report:?} missing: {}", run.stderr);
    }
    assert_eq!(run.stderr.matches("(invalid_input)").count(), 2, "{}", run.stderr);
    let credentials = csv_credentials(&run.stdout);
    assert_eq!(ids(&credentials), [6, 14]);
    for credential in &credentials {
        let email: String = env.query(&format!(
            "SELECT lower(email) FROM paciente WHERE id_paciente = {}",
            credential.patient_id
        ));
        assert_eq!(credential.username, email);
    }
    assert_eq!(accessed_patients(&env), [6, 14]);
}

// ---------------------------------------------------------------------------------------------
// --format json

#[test]
fn format_json_prints_one_object_per_credential_and_one_report_object() {
    let env = demo_with_taken_username();
    let input = input_file(&env, "mixed.csv", &mixed_csv());

    let args = ["--input", &input, "--continue-on-error", "--format", "json"];
    let run = batch(&env, &args, "");
    assert_eq!(run.code, 1, "stdout: {}\nstderr: {}", run.stdout, run.stderr);
    assert_good_rows_issued(&env, &json_credentials(&run.stdout));

    let report = json_report(&run.stderr);
    assert_eq!(report["dry_run"], false);
    assert_eq!(report["issued"], 3);
    assert_eq!(report["would_issue"], Value::Null);
    let skipped = report["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0]["line"], 11);
    assert_eq!(skipped[0]["patient"], "10");
    assert_eq!(skipped[0]["code"], "skipped");

    let failed: BTreeMap<u64, (String, String)> = report["failed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let keys: Vec<&String> = row.as_object().unwrap().keys().collect();
            assert_eq!(keys, ["code", "line", "patient", "reason"], "{row}");
            let text = |key: &str| row[key].as_str().unwrap().to_string();
            (row["line"].as_u64().unwrap(), (text("patient"), text("code")))
        })
        .collect();
    let expected: BTreeMap<u64, (String, String)> = MIXED
        .iter()
        .enumerate()
        .filter_map(|(index, case)| match case.verdict {
            Verdict::Failed { patient, code, .. } => {
                Some((line_of(index, 2) as u64, (patient.to_string(), code.to_string())))
            }
            _ => None,
        })
        .collect();
    assert_eq!(failed, expected);
}

#[test]
fn format_json_with_every_row_issued_has_an_empty_report_and_exits_0() {
    let env = Env::demo();
    let run = batch(&env, &["--input", "-", "--format", "json"], "{\"id_paciente\": 1}\n");
    run.ok();
    assert_eq!(ids(&json_credentials(&run.stdout)), [1]);
    let report = json_report(&run.stderr);
    assert_eq!(report["issued"], 1);
    assert_eq!(report["failed"], serde_json::json!([]));
    assert_eq!(report["skipped"], serde_json::json!([]));
}

// ---------------------------------------------------------------------------------------------
// Audit

/// The audit rows after `after` as (action, result, patient, detail).
fn audit_since(env: &Env, after: i64) -> Vec<(String, String, Option<i64>, Option<String>)> {
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mut statement = conn
        .prepare(
            "SELECT accion, resultado, id_paciente, detalle FROM auditoria
             WHERE id_auditoria > ?1 ORDER BY id_auditoria",
        )
        .unwrap();
    let rows = statement
        .query_map([after], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))
        .unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

fn last_audit_id(env: &Env) -> i64 {
    env.query("SELECT ifnull(max(id_auditoria), 0) FROM auditoria")
}

#[test]
fn the_audit_has_one_batch_row_with_counts_and_one_create_row_per_account_and_no_password() {
    let env = demo_with_taken_username();
    let input = input_file(&env, "mixed.csv", &mixed_csv());

    let start = last_audit_id(&env);
    let refused = batch(&env, &["--input", &input], "");
    assert_eq!(refused.code, 3);
    let rows = audit_since(&env, start);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].0, "access.batch");
    let detail = rows[0].3.clone().unwrap_or_default();
    assert!(detail.contains("issued: 0") && detail.contains("failed: 8"), "{detail}");

    let start = last_audit_id(&env);
    let run = batch(&env, &["--input", &input, "--continue-on-error"], "");
    assert_eq!(run.code, 1);
    let rows = audit_since(&env, start);
    let batches: Vec<_> = rows.iter().filter(|row| row.0 == "access.batch").collect();
    assert_eq!(batches.len(), 1, "{rows:?}");
    let detail = batches[0].3.clone().unwrap_or_default();
    for count in ["issued: 3", "skipped: 1", "failed: 8"] {
        assert!(detail.contains(count), "{count:?} not in {detail:?}");
    }
    let mut created: Vec<i64> =
        rows.iter().filter(|row| row.0 == "access.create").filter_map(|row| row.2).collect();
    created.sort();
    assert_eq!(created, [1, 2, 3], "{rows:?}");
    assert!(rows.iter().all(|row| row.1 == "ok"), "{rows:?}");
    assert_eq!(rows.len(), 4, "{rows:?}");

    let audit: String = env.dump(false).lines().filter(|l| l.starts_with("auditoria:")).collect();
    for credential in csv_credentials(&run.stdout) {
        assert!(!audit.contains(&credential.temporary_password), "password in the audit");
        let compact = credential.temporary_password.replace('-', "");
        assert!(!audit.contains(&compact), "password in the audit");
    }
}

// ---------------------------------------------------------------------------------------------
// Killing a batch

/// The demo database where clinic 1 hashes with 8 argon2 iterations, so that a batch for its
/// 44 patients takes a few seconds.
fn slow_hashing_demo() -> Env {
    let env = Env::demo();
    env.staff("dra.garcia", &["policy", "set", "argon2-iterations", "8"]).ok();
    env
}

/// Starts `access batch --all-without-access` for clinic 1 without waiting for it.
fn spawn_batch_for_everyone(env: &Env) -> Child {
    let mut command = env.command();
    command.arg("--db").arg(&env.db);
    command.args(["--staff", "recepcion", "access", "batch", "--all-without-access"]);
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    command.spawn().expect("start acceso")
}

/// How many threads the process has: more than one once the hashing workers run.
fn threads(child: &Child) -> usize {
    fs::read_dir(format!("/proc/{}/task", child.id())).map_or(0, |tasks| tasks.count())
}

/// Waits until `ready` holds or `limit` has passed, in small steps, while the child runs.
fn wait_for(child: &mut Child, limit: Duration, ready: impl Fn(&Child) -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        if ready(child) {
            return true;
        }
        sleep(Duration::from_millis(5));
    }
    false
}

/// Asserts that the database is whole and that a batch still runs on it: it issues to a
/// patient of clinic 1 still without access, or skips one who has it.
#[track_caller]
fn assert_usable_after_kill(env: &Env) {
    assert_eq!(env.query::<String>("PRAGMA integrity_check"), "ok");
    let already = accessed_patients(env);
    let fresh = (1..=44).find(|id| !already.contains(id));
    let run = batch(env, &["--input", "-"], &format!("id_paciente\n{}\n", fresh.unwrap_or(1)));
    run.ok();
    let issued = if run.stdout.is_empty() { vec![] } else { ids(&csv_credentials(&run.stdout)) };
    assert_eq!(issued, Vec::from_iter(fresh), "{}", run.stderr);
}

/// Every table but the audit trail and the mobile accesses.
fn dump_without_accesses(env: &Env) -> String {
    env.dump(true).lines().filter(|line| !line.starts_with("acceso_movil:")).collect()
}

#[test]
fn killing_a_batch_while_it_hashes_leaves_the_database_as_it_was() {
    let env = slow_hashing_demo();
    let before = env.dump(true);

    let mut child = spawn_batch_for_everyone(&env);
    let hashing = wait_for(&mut child, Duration::from_secs(20), |child| threads(child) > 1);
    assert!(hashing, "the batch ended or never started hashing");
    // Into the hashing, not at its first instant.
    sleep(Duration::from_millis(300));
    assert!(child.try_wait().unwrap().is_none(), "the batch ended before the kill");
    child.kill().unwrap();
    child.wait().unwrap();

    assert_unchanged(&env, &before);
    assert!(accessed_patients(&env).is_empty());
    assert_usable_after_kill(&env);
}

/// Asserts that the batch for everyone left all of clinic 1's accesses or none, and every
/// other table as it was.
#[track_caller]
fn assert_all_or_none(env: &Env, before: &str, others: &str, when: &str) {
    let issued = accessed_patients(env);
    if issued.is_empty() {
        assert_unchanged(env, before);
    } else {
        assert_eq!(issued, (1..=44).collect::<Vec<_>>(), "{when}: a partial batch");
        assert_eq!(dump_without_accesses(env), others, "{when}");
    }
}

#[test]
fn killing_a_batch_as_its_hashing_ends_leaves_all_of_it_or_none() {
    let env = slow_hashing_demo();
    let before = env.dump(true);
    let others = dump_without_accesses(&env);

    let mut child = spawn_batch_for_everyone(&env);
    let limit = Duration::from_secs(20);
    assert!(wait_for(&mut child, limit, |child| threads(child) > 1), "no hashing seen");
    // The workers are joined before the one write transaction: kill as soon as they are gone.
    let start = Instant::now();
    while threads(&child) > 1 && start.elapsed() < limit {
        std::thread::yield_now();
    }
    child.kill().unwrap();
    child.wait().unwrap();

    assert_all_or_none(&env, &before, &others, "after hashing");
    assert_usable_after_kill(&env);
}

#[test]
fn killing_a_batch_at_any_moment_leaves_all_of_it_or_none() {
    for moment in [100, 500, 1500] {
        let env = slow_hashing_demo();
        let before = env.dump(true);
        let others = dump_without_accesses(&env);

        let mut child = spawn_batch_for_everyone(&env);
        wait_for(&mut child, Duration::from_millis(moment), |_| false);
        let finished = child.try_wait().unwrap().is_some();
        child.kill().unwrap();
        let status = child.wait().unwrap();

        let issued = accessed_patients(&env);
        assert!(!issued.is_empty() || !finished, "{moment} ms: ended with {status}, no access");
        assert_all_or_none(&env, &before, &others, &format!("{moment} ms"));
        assert_usable_after_kill(&env);
    }
}

// ---------------------------------------------------------------------------------------------
// Working beside a batch

#[test]
fn the_front_desk_and_a_kiosk_keep_working_while_a_batch_hashes() {
    let env = slow_hashing_demo();
    // Slower still, so that the batch is surely hashing while the others run.
    env.staff("dra.garcia", &["policy", "set", "argon2-iterations", "20"]).ok();
    // A patient of the other clinic, signed in before the batch starts.
    let created = env.staff("recepcion.valle", &["access", "create", "45", "--format", "json"]);
    let temporary = created.ok().json()["temporary_password"].as_str().unwrap().to_string();
    let stdin = format!("{temporary}\nlunar tortilla quantum rowboat\n");
    let args = ["password", "change", "paciente_45", "--password-stdin", "--accept-terms"];
    let session = env.run_with_stdin(&[&args[..], &["--format", "json"]].concat(), &stdin);
    let token = session.ok().json()["token"].as_str().unwrap().to_string();

    let mut child = spawn_batch_for_everyone(&env);
    let hashing = wait_for(&mut child, Duration::from_secs(20), |child| threads(child) > 1);
    assert!(hashing, "the batch ended or never started hashing");

    // No lock is held while the batch hashes: the kiosk's view (which writes its activity
    // and audit row) and the other desk's commands go through at once.
    env.run_with_stdin(&["patient", "view", "--token-stdin"], &format!("{token}\n")).ok();
    env.staff("recepcion.valle", &["access", "create", "46"]).ok();
    env.staff("recepcion", &["patient", "verify", "1"]).ok();
    assert!(child.try_wait().unwrap().is_none(), "the batch ended before the others ran");

    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(accessed_patients(&env), (1..=46).collect::<Vec<_>>());
}

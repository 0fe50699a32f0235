//! The sealed environment every integration test runs the binary in.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;
use tempfile::TempDir;

/// The moment the tests' clock says unless a test moves it.
pub const NOW: &str = "2026-12-03 12:00:00";

/// A temporary directory with a database path in it and a fixed clock.
pub struct Env {
    dir: TempDir,
    pub db: PathBuf,
    pub now: String,
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Env {
    /// An empty directory: no database yet.
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temporary directory");
        let db = dir.path().join("acceso.db");
        Env { dir, db, now: NOW.to_string() }
    }

    /// A database filled with the demo data.
    pub fn demo() -> Env {
        let env = Env::new();
        env.run(&["init", "--demo"]).ok();
        env
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Moves the clock for the runs that follow.
    pub fn at(&mut self, now: &str) -> &mut Env {
        self.now = now.to_string();
        self
    }

    /// Runs `acceso --db DB ARGS...` with nothing on standard input.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, "")
    }

    /// Runs `acceso --db DB ARGS...` with `stdin` as standard input.
    pub fn run_with_stdin(&self, args: &[&str], stdin: &str) -> Run {
        let mut command = self.command();
        command.arg("--db").arg(&self.db).args(args);
        run(command, stdin)
    }

    /// Runs a staff command as `staff`.
    pub fn staff(&self, staff: &str, args: &[&str]) -> Run {
        let mut full = vec!["--staff", staff];
        full.extend_from_slice(args);
        self.run(&full)
    }

    /// The binary with a sealed environment: none of the caller's ACCESO_ variables, the
    /// clock fixed.
    pub fn command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_acceso"));
        for (key, _) in std::env::vars() {
            if key.starts_with("ACCESO_") {
                command.env_remove(key);
            }
        }
        command.env("ACCESO_TEST_NOW", &self.now).env("HOME", self.dir.path());
        command.env("XDG_DATA_HOME", self.dir.path().join("data"));
        command
    }

    /// One value from the database, read directly with SQL.
    pub fn query<T: rusqlite::types::FromSql>(&self, sql: &str) -> T {
        let conn = rusqlite::Connection::open(&self.db).expect("open the test database");
        conn.query_row(sql, [], |row| row.get(0)).expect(sql)
    }

    /// Every row of every table, as text: to show that a refused command changed nothing.
    pub fn dump(&self, skip_audit: bool) -> String {
        let conn = rusqlite::Connection::open(&self.db).expect("open the test database");
        let mut tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        if skip_audit {
            tables.retain(|table| table != "auditoria");
        }
        let mut out = String::new();
        for table in tables {
            let mut statement = conn.prepare(&format!("SELECT * FROM {table}")).unwrap();
            let columns = statement.column_count();
            let rows = statement
                .query_map([], |row| {
                    let cells: Vec<String> =
                        (0..columns).map(|i| format!("{:?}", row.get_ref(i).unwrap())).collect();
                    Ok(cells.join("|"))
                })
                .unwrap();
            for row in rows {
                out.push_str(&format!("{table}: {}\n", row.unwrap()));
            }
        }
        out
    }

    pub fn audit_count(&self) -> i64 {
        self.query("SELECT count(*) FROM auditoria")
    }
}

pub fn run(mut command: Command, stdin: &str) -> Run {
    command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().expect("start acceso");
    let mut input = child.stdin.take().unwrap();
    let _ = input.write_all(stdin.as_bytes());
    drop(input);
    let output = child.wait_with_output().expect("wait for acceso");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

impl Run {
    /// Asserts success and returns the run for more checks.
    #[track_caller]
    pub fn ok(&self) -> &Run {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout: {}\nstderr: {}",
            self.stdout, self.stderr
        );
        self
    }

    /// Asserts that the run failed with `code` (the error's string code) and its exit code,
    /// printed on one line, never a panic or SQL.
    #[track_caller]
    pub fn fails(&self, code: &str, exit: i32) -> &Run {
        assert_eq!(self.code, exit, "exit code\nstdout: {}\nstderr: {}", self.stdout, self.stderr);
        assert!(
            self.stderr.contains(&format!("[{code}]"))
                || self.stderr.contains(&format!("\"{code}\"")),
            "expected error {code}, got: {}",
            self.stderr
        );
        assert_clean_error(&self.stderr);
        self
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(self.stdout.trim())
            .unwrap_or_else(|err| panic!("stdout is not JSON ({err}): {}", self.stdout))
    }

    /// The JSON error object on stderr (with --format json).
    pub fn error_json(&self) -> Value {
        let value: Value = serde_json::from_str(self.stderr.trim())
            .unwrap_or_else(|err| panic!("stderr is not JSON ({err}): {}", self.stderr));
        value["error"].clone()
    }

    /// Everything the run printed.
    pub fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// No panic, backtrace or SQL text.
#[track_caller]
pub fn assert_clean_error(stderr: &str) {
    for forbidden in ["panicked", "RUST_BACKTRACE", "SELECT", "INSERT", "UPDATE ", "sqlite_"] {
        assert!(!stderr.contains(forbidden), "stderr leaks {forbidden:?}: {stderr}");
    }
}

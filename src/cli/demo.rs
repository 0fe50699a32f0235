//! `acceso demo`: a guided tour on a throwaway demo database.
//!
//! Each step runs this very binary with the command line it prints, so what the tour shows is
//! exactly what a receptionist, a script or a patient would see. Secrets travel on standard
//! input, as they must in real use; the printed command lines show them as shell variables.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use clap::Args;

use super::output::{stdin_is_terminal, Output};
use super::Global;
use crate::error::{Error, Result};

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  acceso demo\n  acceso demo --keep demo.db")]
pub struct DemoArgs {
    /// Keep the demo database at this new path instead of deleting it afterwards
    #[arg(long, value_name = "PATH")]
    keep: Option<PathBuf>,
}

/// One step of the tour: what it shows, and the command that shows it.
struct Step<'a> {
    title: &'a str,
    args: Vec<String>,
    /// Lines written to the command's standard input, and how the printed command line shows
    /// them (a variable name, never the secret).
    stdin: Vec<(String, &'a str)>,
}

pub fn run(global: &Global, out: Output, args: DemoArgs) -> Result<()> {
    let workspace = tempfile::tempdir()
        .map_err(|err| Error::io(format!("cannot create a temporary folder: {err}")))?;
    let db = match &args.keep {
        Some(path) if path.exists() => {
            return Err(Error::conflict(format!("{} already exists", path.display()))
                .with_hint("give --keep a new file name"))
        }
        Some(path) => path.clone(),
        None => workspace.path().join("demo.db"),
    };
    let pause = stdin_is_terminal() && !global.yes;
    let tour = Tour { db: &db, out, pause };

    tour.intro();
    tour.run(&Step::plain(
        "Create a demo database: two clinics, their staff and 56 patients.",
        &["init", "--demo"],
    ))?;
    tour.run(&Step::plain(
        "The receptionist finds the patient who asked for mobile access.",
        &["--staff", "recepcion", "patient", "list", "--search", "hernandez"],
    ))?;
    tour.run(&Step::plain(
        "Step 1 of giving access: verify the patient belongs to this clinic.",
        &["--staff", "recepcion", "patient", "verify", "1"],
    ))?;
    let created = tour.run(&Step::plain(
        "Issue a username and a temporary password (JSON, as a script would).",
        &["--staff", "recepcion", "access", "create", "1", "--expires", "1y", "--format", "json"],
    ))?;
    let credential: serde_json::Value = serde_json::from_str(created.trim())
        .map_err(|_| Error::io("the demo could not read the issued credential"))?;
    let username = credential["username"].as_str().unwrap_or_default().to_string();
    let temporary = credential["temporary_password"].as_str().unwrap_or_default().to_string();
    let chosen = "lunar tortilla quantum rowboat".to_string();

    tour.run(&Step {
        title: "The patient signs in with the temporary password: they must choose their own.",
        args: strings(&["login", &username, "--password-stdin"]),
        stdin: vec![(temporary.clone(), "$TEMPORARY_PASSWORD")],
    })?;
    tour.run(&Step {
        title: "They choose a new one, but first the clinic's terms must be accepted.",
        args: strings(&["password", "change", &username, "--password-stdin"]),
        stdin: vec![(temporary.clone(), "$TEMPORARY_PASSWORD"), (chosen.clone(), "$NEW_PASSWORD")],
    })?;
    tour.run(&Step {
        title: "They read the terms.",
        args: strings(&["terms", "show", &username, "--password-stdin"]),
        stdin: vec![(temporary.clone(), "$TEMPORARY_PASSWORD")],
    })?;
    let signed_in = tour.run(&Step {
        title: "They accept the terms and choose their password; a session token comes back.",
        args: strings(&[
            "password",
            "change",
            &username,
            "--password-stdin",
            "--accept-terms",
            "--format",
            "json",
        ]),
        stdin: vec![(temporary, "$TEMPORARY_PASSWORD"), (chosen, "$NEW_PASSWORD")],
    })?;
    let session: serde_json::Value = serde_json::from_str(signed_in.trim())
        .map_err(|_| Error::io("the demo could not read the session token"))?;
    let token = session["token"].as_str().unwrap_or_default().to_string();

    for (title, section) in [
        ("Their dashboard: next appointment, recent activity, pending treatments.", None),
        ("Their appointments, upcoming and past.", Some("appointments")),
        ("Their treatments. Clinical notes and diagnosis codes never appear.", Some("treatments")),
    ] {
        let mut args = strings(&["patient", "view", "--token-stdin"]);
        args.extend(section.map(str::to_string));
        tour.run(&Step { title, args, stdin: vec![(token.clone(), "$TOKEN")] })?;
    }
    tour.run(&Step {
        title: "They sign out.",
        args: strings(&["logout", "--token-stdin"]),
        stdin: vec![(token.clone(), "$TOKEN")],
    })?;
    tour.run(&Step {
        title: "The old token no longer opens anything.",
        args: strings(&["patient", "view", "--token-stdin"]),
        stdin: vec![(token, "$TOKEN")],
    })?;

    tour.run(&Step::plain(
        "The dentist reads the audit trail: every sign-in, view and refusal, and no secret.",
        &["--staff", "dra.garcia", "audit", "--patient", "1", "--limit", "12"],
    ))?;

    match &args.keep {
        Some(path) => out.status(&format!("The demo database is kept at {}.", path.display())),
        None => out.status("That is the tour. The demo database was deleted."),
    }
    Ok(())
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|arg| arg.to_string()).collect()
}

impl<'a> Step<'a> {
    fn plain(title: &'a str, args: &[&str]) -> Self {
        Step { title, args: strings(args), stdin: Vec::new() }
    }
}

struct Tour<'a> {
    db: &'a Path,
    out: Output,
    pause: bool,
}

impl Tour<'_> {
    fn intro(&self) {
        self.out.status(
            "A tour of acceso on a throwaway database. Each step shows the command it runs and \
             what that command printed.",
        );
    }

    /// Runs one step and returns what it printed on standard output.
    fn run(&self, step: &Step<'_>) -> Result<String> {
        let shown = self.command_line(step);
        let mut tour_text = format!("\n== {}\n$ {shown}\n", step.title);

        let exe = std::env::current_exe()
            .map_err(|err| Error::io(format!("cannot find the acceso program: {err}")))?;
        let mut child = Command::new(exe)
            .arg("--db")
            .arg(self.db)
            .args(&step.args)
            .env_remove("ACCESO_DB")
            .env_remove("ACCESO_STAFF")
            .env_remove(super::secrets::TOKEN_VAR)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|err| Error::io(format!("cannot run the demo step: {err}")))?;
        if let Some(mut stdin) = child.stdin.take() {
            for (line, _) in &step.stdin {
                // The step may stop reading early (an error); what it did read is what counts.
                let _ = writeln!(stdin, "{line}");
            }
        }
        let output = child
            .wait_with_output()
            .map_err(|err| Error::io(format!("the demo step failed to run: {err}")))?;

        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&output.stderr);
        tour_text.push_str(&stdout);
        tour_text.push_str(&stderr);
        if !output.status.success() {
            tour_text.push_str(&format!("(exit code {})\n", output.status.code().unwrap_or(-1)));
        }
        self.out.text(&tour_text)?;
        self.wait();
        Ok(stdout)
    }

    fn command_line(&self, step: &Step<'_>) -> String {
        let args = step.args.iter().map(|arg| quote(arg)).collect::<Vec<_>>().join(" ");
        let command = format!("acceso {args}");
        match step.stdin.as_slice() {
            [] => command,
            [(_, only)] => format!("printf '%s\\n' \"{only}\" | {command}"),
            lines => {
                let names: Vec<String> =
                    lines.iter().map(|(_, name)| format!("\"{name}\"")).collect();
                let formats = "%s\\n".repeat(lines.len());
                format!("printf '{formats}' {} | {command}", names.join(" "))
            }
        }
    }

    fn wait(&self) {
        if self.pause {
            eprint!("[Enter] for the next step ");
            let mut line = String::new();
            let _ = std::io::stdin().lock().read_line(&mut line);
        }
    }
}

/// Quotes an argument for a POSIX shell when it needs it.
fn quote(arg: &str) -> String {
    let plain = arg.chars().all(|c| c.is_ascii_alphanumeric() || "-_./=@:".contains(c));
    if plain && !arg.is_empty() {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}

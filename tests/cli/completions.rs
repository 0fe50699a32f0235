//! The completion scripts in completions/ are generated, and committed so that packagers need
//! not build the program to ship them; each must match what the binary prints today.

use std::path::Path;

use crate::common::{self, Env};

/// Each shell `acceso completions` knows, and the file its script is kept in.
const SCRIPTS: &[(&str, &str)] = &[
    ("bash", "acceso.bash"),
    ("zsh", "_acceso"),
    ("fish", "acceso.fish"),
    ("elvish", "acceso.elv"),
    ("powershell", "_acceso.ps1"),
];

/// What to run, from the repository's root, to bring every committed script up to date.
const REGENERATE: &str = "cargo build && for pair in bash:acceso.bash zsh:_acceso \
                          fish:acceso.fish elvish:acceso.elv powershell:_acceso.ps1; do \
                          target/debug/acceso completions \"${pair%%:*}\" \
                          > \"completions/${pair#*:}\"; done";

#[test]
fn every_committed_completion_script_matches_the_binary() {
    let env = Env::new();
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in SCRIPTS {
        let mut command = env.command();
        command.args(["completions", shell]);
        let run = common::run(command, "");
        run.ok();
        assert!(!run.stdout.is_empty(), "no {shell} script");

        let committed = std::fs::read_to_string(folder.join(file)).unwrap_or_default();
        assert!(
            run.stdout == committed,
            "completions/{file} does not match `acceso completions {shell}`; regenerate every \
             script from the repository's root with:\n\n  {REGENERATE}\n"
        );
    }
}

//! `acceso completions SHELL`: the completion script, generated from the same clap tree that
//! parses the command line, so it cannot drift from it.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;
use crate::error::{Error, Result};

#[derive(Debug, Args)]
#[command(after_help = "Example:\n  acceso completions bash > /etc/bash_completion.d/acceso")]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    shell: Shell,
}

pub fn run(args: CompletionsArgs) -> Result<()> {
    let script = script(args.shell);
    super::output::Output { format: super::Format::Table, quiet: false }
        .text(&String::from_utf8(script).map_err(|_| Error::io("completion script is not UTF-8"))?)
}

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "acceso", &mut buffer);
    buffer
}

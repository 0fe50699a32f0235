//! Our argon2id PHC strings match, byte for byte, what the reference implementation's
//! command-line tool writes for the same password, salt and costs.
//!
//! The unit tests check our own round trips; only an independent implementation shows that a
//! hash written here can be checked by any other argon2id verifier, and the other way round.
//! The tool comes from the Debian package `argon2`, which CI installs; without it this test
//! fails rather than skips, so that the check cannot quietly stop running.

use std::io::Write;
use std::process::{Command, Stdio};

use acceso::domain::credentials::{
    hash_password_with_salt, params_of, verify_password, HashParams,
};

/// Runs the reference tool. The password goes on stdin, as the tool expects, and so that it
/// never shows in a process listing.
fn reference_phc(password: &str, salt: &str, params: HashParams) -> String {
    let spawned = Command::new("argon2")
        .arg(salt)
        .arg("-id")
        .args(["-t", &params.iterations.to_string()])
        .args(["-k", &params.memory_kib.to_string()])
        .args(["-p", &params.parallelism.to_string()])
        .args(["-l", "32"])
        .arg("-e")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();

    let mut child = match spawned {
        Ok(child) => child,
        Err(err) => panic!(
            "cannot run the reference `argon2` tool ({err}); install the Debian package \
             `argon2` (`sudo apt-get install argon2`), as CI does"
        ),
    };

    // The tool hashes every byte it reads, so no trailing newline is written. Dropping the
    // handle closes stdin so the tool sees the end of the password.
    {
        let mut stdin = child.stdin.take().expect("stdin is piped");
        stdin.write_all(password.as_bytes()).expect("write the password to argon2");
    }

    let output = child.wait_with_output().expect("wait for argon2");
    assert!(output.status.success(), "argon2 failed: {}", String::from_utf8_lossy(&output.stderr));

    String::from_utf8(output.stdout).expect("argon2 prints ASCII").trim_end().to_owned()
}

fn assert_matches_reference(password: &str, salt: &str, params: HashParams) {
    let ours = hash_password_with_salt(password, params, salt.as_bytes()).unwrap();
    let theirs = reference_phc(password, salt, params);

    assert_eq!(ours, theirs, "params {params:?}");
    assert_eq!(params_of(&theirs), Some(params));
    assert!(verify_password(password, &theirs));
    assert!(!verify_password("not the password", &theirs));
}

#[test]
fn default_params_match_the_reference_tool() {
    assert_matches_reference("k7mq-x3vd-p9ta-hw4e", "0123456789abcdef", HashParams::DEFAULT);
}

#[test]
fn other_params_match_the_reference_tool() {
    let params = HashParams { memory_kib: 12288, iterations: 3, parallelism: 1 };
    assert_matches_reference("correct horse battery staple", "saltsaltsaltsalt", params);

    // Non-ASCII passwords and several lanes go through the same code paths in both.
    let params = HashParams { memory_kib: 7168, iterations: 5, parallelism: 2 };
    assert_matches_reference("contraseña del paciente ñ€", "a-longer-salt-of-24-byte", params);
}

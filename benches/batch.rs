//! Batch issuance against the floor set by argon2id itself.
//!
//! Issues 1,000 credentials into a 10,000-patient database with the release binary
//! (`acceso access batch`, process start, parsing, database and output included), then hashes
//! 1,000 passwords with the same parameters on the same number of threads, and prints both
//! rates and their ratio. A ratio near 1 means everything but hashing costs next to nothing.
//!
//! Run with `cargo bench --bench batch`. Set BENCH_ISSUE and BENCH_PATIENTS to change the
//! sizes. It is a plain program rather than a criterion benchmark because one sample takes
//! seconds and the interesting number is a ratio measured in the same run.

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Instant;

use acceso::domain::credentials::{hash_password_with_salt, HashParams};

fn size(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    let issue = size("BENCH_ISSUE", 1_000);
    let patients = size("BENCH_PATIENTS", 10_000).max(issue);
    let threads = thread::available_parallelism().map_or(1, |n| n.get());
    let dir = tempfile::tempdir().expect("temporary directory");
    let db = dir.path().join("bench.db");
    let acceso = env!("CARGO_BIN_EXE_acceso");

    let init = Command::new(acceso)
        .args(["--quiet", "--db"])
        .arg(&db)
        .args(["init", "--clinic", "Clínica de prueba", "--admin", "bench"])
        .status()
        .expect("run acceso init");
    assert!(init.success(), "acceso init failed");
    fill_patients(&db, patients);

    // Hashing is measured before and after the batch, and the faster run counts, so that a
    // moment of load from elsewhere on the machine does not flatter the ratio.
    let hash_before = raw_hashing(issue, threads);

    let input = dir.path().join("rows.csv");
    let mut rows = String::from("id_paciente\n");
    for id in 1..=issue {
        rows.push_str(&format!("{id}\n"));
    }
    std::fs::write(&input, rows).expect("write the input");

    let started = Instant::now();
    let batch = Command::new(acceso)
        .args(["--quiet", "--staff", "bench", "--db"])
        .arg(&db)
        .args(["access", "batch", "--input"])
        .arg(&input)
        .arg("--out")
        .arg(dir.path().join("credentials.csv"))
        .status()
        .expect("run acceso access batch");
    let batch_seconds = started.elapsed().as_secs_f64();
    assert!(batch.success(), "acceso access batch failed");

    let hash_seconds = hash_before.min(raw_hashing(issue, threads));
    let batch_rate = issue as f64 / batch_seconds;
    let hash_rate = issue as f64 / hash_seconds;
    println!("machine: {threads} threads, {}", std::env::consts::ARCH);
    println!("patients in database: {patients}; credentials issued: {issue}");
    println!("acceso access batch: {batch_rate:8.1} credentials/s ({batch_seconds:.2} s)");
    println!("raw argon2id:        {hash_rate:8.1} hashes/s ({hash_seconds:.2} s)");
    println!("ratio:               {:8.3}", batch_rate / hash_rate);
}

/// 10,000 patients with realistic fields, written directly: the benchmark measures issuing,
/// not filling.
fn fill_patients(db: &std::path::Path, count: usize) {
    let mut conn = rusqlite::Connection::open(db).expect("open the benchmark database");
    let tx = conn.transaction().expect("begin");
    {
        let mut insert = tx
            .prepare(
                "INSERT INTO paciente (id_paciente, id_clinica, nombre, apellido_paterno,
                     apellido_materno, fecha_nacimiento, sexo, telefono, email)
                 VALUES (?1, 1, 'Paciente', 'Prueba', 'Uno', '1990-01-01', 'F', ?2, ?3)",
            )
            .expect("prepare");
        for id in 1..=count {
            insert
                .execute(rusqlite::params![
                    id as i64,
                    format!("81{:08}", id),
                    format!("paciente{id}@example.com")
                ])
                .expect("insert a patient");
        }
    }
    tx.commit().expect("commit");
}

/// The time to hash `count` passwords with the default parameters on `threads` threads.
fn raw_hashing(count: usize, threads: usize) -> f64 {
    let next = AtomicUsize::new(0);
    let started = Instant::now();
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while next.fetch_add(1, Ordering::Relaxed) < count {
                    let hash = hash_password_with_salt(
                        "abcd-efgh-jkmn-pqrs",
                        HashParams::DEFAULT,
                        b"0123456789abcdef",
                    );
                    assert!(hash.is_ok());
                }
            });
        }
    });
    started.elapsed().as_secs_f64()
}

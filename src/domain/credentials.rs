//! Every secret the program makes and checks: temporary passwords, password hashes and
//! session tokens.
//!
//! Keeping them in one module means there is one place to review for how secrets are drawn,
//! encoded and compared, and the rest of the program only ever sees a [`Secret`], a PHC string
//! or a digest.
//!
//! The choices, and why:
//!
//! - **Temporary passwords** are 16 characters from a 31-letter alphabet with no look-alikes
//!   (no `0`/`o`/`O`, `1`/`l`/`I`, `i`), because the clinic reads them out or hands them over
//!   on paper and a patient types them on a phone. Each character is drawn uniformly, so the
//!   password carries log2(31) * 16 ≈ 79 bits: far beyond what online guessing can reach
//!   before the lockout stops it, and enough to resist offline guessing of a leaked hash for
//!   the few days the password lives. Groups of four joined by `-` are easier to copy.
//! - **Password hashes** are argon2id (version 19), the OWASP recommendation, stored as PHC
//!   strings so that each hash carries its own salt and cost and can be re-hashed later.
//!   Only argon2id is accepted when verifying: a stored argon2i or argon2d string means
//!   something wrote to the database that should not have.
//! - **The dummy hash** is verified against when a username does not exist, so that a failed
//!   sign-in costs one argon2 run either way and its timing does not reveal which usernames
//!   exist.
//! - **Session tokens** are 32 random bytes (256 bits) in hex: unguessable without any rate
//!   limit, and plain ASCII for files and headers.
//! - **Only the SHA-256 of a token is stored.** A token already has full entropy, so a fast
//!   hash is enough to make a copy of the database useless for signing in, while the lookup
//!   stays an indexed equality match.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::{CryptoRng, Rng, RngCore};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::secret::Secret;

/// argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HashParams {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

/// OWASP's equivalent argon2id settings (p=1), as (iterations, minimum memory in KiB). More
/// iterations than the last row still need the last row's memory.
const OWASP_MINIMUMS: [(u32, u32); 5] = [(1, 47104), (2, 19456), (3, 12288), (4, 9216), (5, 7168)];

/// 4 GiB: more would not fit a kiosk, and a typo in a config should not exhaust memory.
const MAX_MEMORY_KIB: u32 = 4 * 1024 * 1024;

/// Enough to let a deployment trade memory for time, small enough that a typo cannot make
/// every sign-in hang.
const MAX_ITERATIONS: u32 = 100;

const MAX_PARALLELISM: u32 = 16;

/// The argon2 version this module writes and accepts (0x13).
const ARGON2_VERSION: u32 = 19;

const HASH_LEN: usize = 32;

const SALT_LEN: usize = 16;

impl HashParams {
    pub const DEFAULT: HashParams = HashParams { memory_kib: 19456, iterations: 2, parallelism: 1 };

    /// Refuses settings below the OWASP minimum for argon2id, or above what a kiosk can
    /// afford.
    pub fn validate(self) -> Result<HashParams> {
        let HashParams { memory_kib, iterations, parallelism } = self;

        if iterations == 0 || iterations > MAX_ITERATIONS {
            return Err(Error::invalid_input(format!(
                "argon2id iterations must be between 1 and {MAX_ITERATIONS}, not {iterations}"
            )));
        }

        if parallelism == 0 || parallelism > MAX_PARALLELISM {
            return Err(Error::invalid_input(format!(
                "argon2id parallelism must be between 1 and {MAX_PARALLELISM}, not {parallelism}"
            )));
        }

        if memory_kib > MAX_MEMORY_KIB {
            return Err(Error::invalid_input(format!(
                "argon2id memory must be at most {MAX_MEMORY_KIB} KiB (4 GiB), not {memory_kib}"
            )));
        }

        let minimum = minimum_memory_kib(iterations);
        if memory_kib < minimum {
            return Err(Error::invalid_input(format!(
                "argon2id memory of {memory_kib} KiB is below the OWASP minimum of {minimum} KiB \
                 for {iterations} iteration(s)"
            )));
        }

        Ok(self)
    }

    fn to_argon2(self) -> Result<Argon2<'static>> {
        let params =
            Params::new(self.memory_kib, self.iterations, self.parallelism, Some(HASH_LEN))
                .map_err(|_| {
                    Error::invalid_input(format!(
                        "argon2id parameters m={},t={},p={} are not usable",
                        self.memory_kib, self.iterations, self.parallelism
                    ))
                })?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }
}

/// The OWASP minimum memory for a number of iterations (at least 1).
fn minimum_memory_kib(iterations: u32) -> u32 {
    OWASP_MINIMUMS
        .iter()
        .find(|&&(t, _)| t == iterations)
        .or(OWASP_MINIMUMS.last())
        .map_or(0, |&(_, m)| m)
}

/// The characters of a temporary password: lower case only, and none that can be mistaken for
/// another (0/O/o, 1/l/I, i).
const PASSWORD_ALPHABET: &[u8; 31] = b"abcdefghjkmnpqrstuvwxyz23456789";

const PASSWORD_GROUPS: usize = 4;

const PASSWORD_GROUP_LEN: usize = 4;

/// A temporary password such as `k7mq-x3vd-p9ta-hw4e`: 16 characters drawn uniformly from
/// [`PASSWORD_ALPHABET`], about 79 bits.
pub fn generate_temporary_password<R: RngCore + CryptoRng + ?Sized>(rng: &mut R) -> Secret {
    // Reserving the full length up front means the string never reallocates, so no partial
    // copy of the password is left behind in freed memory.
    let len = PASSWORD_GROUPS * PASSWORD_GROUP_LEN + PASSWORD_GROUPS - 1;
    let mut password = Zeroizing::new(String::with_capacity(len));

    for group in 0..PASSWORD_GROUPS {
        if group > 0 {
            password.push('-');
        }
        for _ in 0..PASSWORD_GROUP_LEN {
            // gen_range rejects out-of-zone draws, so every letter is equally likely; a u32
            // range keeps seeded output the same on 32- and 64-bit targets.
            let index = rng.gen_range(0..PASSWORD_ALPHABET.len() as u32) as usize;
            password.push(char::from(PASSWORD_ALPHABET[index]));
        }
    }

    // Taking the String moves its heap buffer into the Secret without copying the characters.
    Secret::new(std::mem::take(&mut *password))
}

/// Hashes a password with argon2id (v=19) and a fresh 16-byte salt, as a PHC string.
///
/// The parameters are used as given; configuration checks them with [`HashParams::validate`].
pub fn hash_password<R: RngCore + CryptoRng + ?Sized>(
    password: &str,
    params: HashParams,
    rng: &mut R,
) -> Result<String> {
    let mut salt = [0u8; SALT_LEN];
    rng.fill_bytes(&mut salt);
    hash_password_with_salt(password, params, &salt)
}

/// Hashes a password with argon2id (v=19) and the given salt (8 to 48 bytes), as a PHC
/// string with a 32-byte output.
pub fn hash_password_with_salt(password: &str, params: HashParams, salt: &[u8]) -> Result<String> {
    // argon2 needs at least 8 bytes of salt, and a PHC salt field holds at most 64 base64
    // characters, i.e. 48 bytes.
    if !(8..=48).contains(&salt.len()) {
        return Err(Error::invalid_input("a password salt must be 8 to 48 bytes long"));
    }

    let argon2 = params.to_argon2()?;
    let salt = SaltString::encode_b64(salt)
        .map_err(|_| Error::invalid_input("the password salt could not be encoded"))?;

    // The argon2 error says nothing about the password, but a generic message keeps it so.
    let hash = argon2
        .hash_password(password.as_bytes(), &salt)
        .map_err(|_| Error::invalid_input("the password could not be hashed"))?;

    Ok(hash.to_string())
}

/// True only when `phc` is a valid argon2id (v=19) PHC string and `password` matches it.
/// Never panics, whatever `phc` holds.
pub fn verify_password(password: &str, phc: &str) -> bool {
    let Some((hash, params)) = parse_argon2id(phc) else {
        return false;
    };

    // A stored string with absurd costs would make this one call hang or exhaust memory.
    if params.memory_kib > MAX_MEMORY_KIB
        || params.iterations > MAX_ITERATIONS
        || params.parallelism > MAX_PARALLELISM
    {
        return false;
    }

    // The verifier takes the costs and salt from the PHC string and compares the outputs in
    // constant time.
    Argon2::default().verify_password(password.as_bytes(), &hash).is_ok()
}

/// An argon2id PHC string with the given costs that no password matches, to verify against
/// when a username does not exist, so that the failure takes as long as a wrong password.
///
/// It is written, not computed: a fixed salt and an all-zero output. Verifying against it runs
/// argon2 once with `params`, exactly as a real hash would, and the comparison fails (a match
/// would need a 256-bit output of zeros). Computing a real hash here instead would make an
/// unknown username cost two argon2 runs in a fresh process, which is what every CLI call is.
/// Parameters argon2 cannot use fall back to [`HashParams::DEFAULT`].
pub fn dummy_hash(params: HashParams) -> String {
    let usable = Params::new(params.memory_kib, params.iterations, params.parallelism, None)
        .is_ok()
        && params.memory_kib <= MAX_MEMORY_KIB
        && params.iterations <= MAX_ITERATIONS
        && params.parallelism <= MAX_PARALLELISM;
    let params = if usable { params } else { HashParams::DEFAULT };
    format!(
        "$argon2id$v=19$m={},t={},p={}${DUMMY_SALT}${DUMMY_OUTPUT}",
        params.memory_kib, params.iterations, params.parallelism
    )
}

/// "acceso-dummy-slt" in unpadded base64: 16 bytes, like a real salt.
const DUMMY_SALT: &str = "YWNjZXNvLWR1bW15LXNsdA";

/// 32 zero bytes in unpadded base64: the length of a real output.
const DUMMY_OUTPUT: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/// The cost parameters a PHC string was made with, so that sign-in can tell whether a stored
/// hash needs re-hashing. `None` unless it is a well-formed argon2id (v=19) string.
pub fn params_of(phc: &str) -> Option<HashParams> {
    parse_argon2id(phc).map(|(_, params)| params)
}

/// Parses a PHC string that this module could have written: argon2id, v=19, only the m, t
/// and p parameters, with a salt and an output.
fn parse_argon2id(phc: &str) -> Option<(PasswordHash<'_>, HashParams)> {
    let hash = PasswordHash::new(phc).ok()?;

    if hash.algorithm != Algorithm::Argon2id.ident()
        || hash.version != Some(ARGON2_VERSION)
        || hash.salt.is_none()
        || hash.hash.is_none()
    {
        return None;
    }

    // keyid and data would change what is hashed; nothing here writes them.
    if hash.params.iter().any(|(name, _)| !matches!(name.as_str(), "m" | "t" | "p")) {
        return None;
    }

    // This also checks the combination, e.g. memory of at least 8 KiB per lane.
    let argon2_params = Params::try_from(&hash).ok()?;
    let params = HashParams {
        memory_kib: argon2_params.m_cost(),
        iterations: argon2_params.t_cost(),
        parallelism: argon2_params.p_cost(),
    };

    Some((hash, params))
}

/// A session token: 32 random bytes (256 bits) as 64 lowercase hex characters.
pub fn generate_session_token<R: RngCore + CryptoRng + ?Sized>(rng: &mut R) -> Secret {
    let mut bytes = Zeroizing::new([0u8; 32]);
    rng.fill_bytes(bytes.as_mut());

    // Sized up front so the hex string never reallocates and leaves a copy behind.
    let mut token = Zeroizing::new(String::with_capacity(64));
    push_hex(&mut token, bytes.as_ref());

    Secret::new(std::mem::take(&mut *token))
}

/// The SHA-256 of a session token as 64 lowercase hex characters: what the database stores.
pub fn token_digest(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    let mut hex = String::with_capacity(64);
    push_hex(&mut hex, &digest);
    hex
}

fn push_hex(out: &mut String, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for &byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seams::SecureRandom;
    use rand::rngs::{OsRng, StdRng};
    use rand::SeedableRng;
    use std::collections::HashSet;

    /// A known answer written by the reference `argon2` tool for "password" and the salt
    /// "somesaltsomesalt" with the default parameters.
    const REFERENCE_PHC: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$\
                                 K13EBUiG7JV+9ZxztmHFTdb7J0WQsnj2V8bZaqyPptE";

    fn assert_temporary_password_shape(password: &str) {
        assert_eq!(password.len(), 19, "{password}");
        for (i, c) in password.chars().enumerate() {
            if i % 5 == 4 {
                assert_eq!(c, '-', "{password}");
            } else {
                assert!(PASSWORD_ALPHABET.contains(&(c as u8)), "{password}");
            }
        }
    }

    #[test]
    fn temporary_passwords_have_four_groups_of_four_from_the_alphabet() {
        let mut rng = StdRng::seed_from_u64(1);
        for _ in 0..200 {
            let password = generate_temporary_password(&mut rng);
            assert_temporary_password_shape(password.expose());
            assert_eq!(password.expose().split('-').count(), 4);
        }
    }

    #[test]
    fn temporary_passwords_never_use_ambiguous_characters_and_use_every_letter() {
        let mut rng = StdRng::seed_from_u64(2);
        let mut seen = HashSet::new();
        for _ in 0..2000 {
            let password = generate_temporary_password(&mut rng);
            for c in password.expose().chars().filter(|&c| c != '-') {
                assert!(!"0Oo1lIi".contains(c), "ambiguous {c:?}");
                assert!(c.is_ascii_lowercase() || c.is_ascii_digit());
                seen.insert(c);
            }
        }
        assert_eq!(seen.len(), PASSWORD_ALPHABET.len());
    }

    #[test]
    fn temporary_passwords_are_roughly_uniform() {
        let mut rng = StdRng::seed_from_u64(3);
        let mut counts = [0u32; 31];
        let samples = 4000;
        for _ in 0..samples {
            let password = generate_temporary_password(&mut rng);
            for c in password.expose().bytes().filter(|&c| c != b'-') {
                let index = PASSWORD_ALPHABET.iter().position(|&a| a == c).unwrap();
                counts[index] += 1;
            }
        }

        // 64000 draws over 31 letters: about 2065 each, with a standard deviation near 45.
        let expected = f64::from(samples * 16) / 31.0;
        for (letter, &count) in PASSWORD_ALPHABET.iter().zip(&counts) {
            let off = (f64::from(count) - expected).abs();
            assert!(off < 300.0, "{} drawn {count} times", char::from(*letter));
        }
    }

    #[test]
    fn temporary_passwords_are_deterministic_for_a_seed() {
        let a = generate_temporary_password(&mut StdRng::seed_from_u64(42));
        let b = generate_temporary_password(&mut StdRng::seed_from_u64(42));
        let c = generate_temporary_password(&mut StdRng::seed_from_u64(43));
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn every_kind_of_random_source_is_accepted() {
        let mut os = OsRng;
        assert_temporary_password_shape(generate_temporary_password(&mut os).expose());

        let mut seeded = StdRng::seed_from_u64(4);
        let dynamic: &mut dyn SecureRandom = &mut seeded;
        assert_temporary_password_shape(generate_temporary_password(dynamic).expose());
        assert_eq!(generate_session_token(dynamic).expose().len(), 64);
        let mut boxed: Box<dyn SecureRandom> = Box::new(OsRng);
        assert_eq!(generate_session_token(boxed.as_mut()).expose().len(), 64);
    }

    #[test]
    fn hashes_are_argon2id_v19_with_the_given_costs() {
        let mut rng = StdRng::seed_from_u64(5);
        let phc = hash_password("correct horse", HashParams::DEFAULT, &mut rng).unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");

        // 16 bytes of salt and 32 of output, in unpadded base64.
        let fields: Vec<&str> = phc.split('$').collect();
        assert_eq!(fields.len(), 6);
        assert_eq!(fields[4].len(), 22);
        assert_eq!(fields[5].len(), 43);
    }

    #[test]
    fn the_same_password_gets_a_different_salt_each_time() {
        let mut rng = StdRng::seed_from_u64(6);
        let a = hash_password("same", HashParams::DEFAULT, &mut rng).unwrap();
        let b = hash_password("same", HashParams::DEFAULT, &mut rng).unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn hashing_matches_a_reference_vector() {
        let phc =
            hash_password_with_salt("password", HashParams::DEFAULT, b"somesaltsomesalt").unwrap();
        assert_eq!(phc, REFERENCE_PHC);
        assert!(verify_password("password", REFERENCE_PHC));
    }

    #[test]
    fn verify_accepts_the_right_password_only() {
        let mut rng = StdRng::seed_from_u64(7);
        let password = generate_temporary_password(&mut rng);
        let phc = hash_password(password.expose(), HashParams::DEFAULT, &mut rng).unwrap();

        assert!(verify_password(password.expose(), &phc));
        assert!(!verify_password("wrong-password", &phc));
        assert!(!verify_password("", &phc));
        assert!(!verify_password(&password.expose().to_uppercase(), &phc));
        assert!(!verify_password(&format!("{} ", password.expose()), &phc));
    }

    #[test]
    fn verify_rejects_garbage_without_panicking() {
        let truncated = &REFERENCE_PHC[..REFERENCE_PHC.len() - 10];
        let no_output = REFERENCE_PHC.rsplit_once('$').unwrap().0;
        let costs = "m=19456,t=2,p=1";
        let zero_costs = REFERENCE_PHC.replacen(costs, "m=0,t=0,p=0", 1);
        let with_keyid = REFERENCE_PHC.replacen(costs, "m=19456,t=2,p=1,keyid=AAAA", 1);
        let bad_output = format!("{no_output}$!!!!");
        let garbage = [
            "",
            "$",
            "$$$$$",
            "password",
            "$argon2id$",
            "$argon2id$v=19$",
            "$argon2id$v=19$m=19456,t=2,p=1$",
            no_output,
            truncated,
            &bad_output,
            &zero_costs,
            &with_keyid,
            "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
            "$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD",
        ];
        for phc in garbage {
            assert!(!verify_password("password", phc), "{phc}");
            assert_eq!(params_of(phc), None, "{phc}");
        }

        // Well-formed, but costly enough to hang a sign-in: refused before any work is done.
        for costs_too_high in ["m=99999999,t=2,p=1", "m=19456,t=9999,p=1", "m=19456,t=2,p=64"] {
            let phc = REFERENCE_PHC.replacen(costs, costs_too_high, 1);
            assert!(!verify_password("password", &phc), "{phc}");
        }
    }

    #[test]
    fn verify_rejects_argon2i_argon2d_and_old_versions() {
        // The same salt, costs and output as the reference vector, relabelled: only the
        // label differs, so this shows the label alone is refused.
        for label in ["$argon2i$v=19$", "$argon2d$v=19$", "$argon2id$v=16$", "$argon2id$"] {
            let phc = REFERENCE_PHC.replacen("$argon2id$v=19$", label, 1);
            assert!(!verify_password("password", &phc), "{phc}");
            assert_eq!(params_of(&phc), None, "{phc}");
        }

        // Correctly computed argon2i and argon2d hashes of the same password, from the
        // reference tool, are refused too.
        let argon2i = "$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$\
                       8pDKuQWnVyn1WubqZygCiwFvgGZldOecJANYh9ZnKbA";
        let argon2d = "$argon2d$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$\
                       f8gkm257MoQwfrhrC6CGHp8l1JUBBHjt1pQXNTyG5OQ";
        assert!(!verify_password("password", argon2i));
        assert!(!verify_password("password", argon2d));
    }

    #[test]
    fn validate_accepts_the_owasp_settings() {
        for (t, m) in OWASP_MINIMUMS {
            let params = HashParams { memory_kib: m, iterations: t, parallelism: 1 };
            assert_eq!(params.validate(), Ok(params));
        }
        let ok = [
            HashParams::DEFAULT,
            HashParams { memory_kib: 7168, iterations: 6, parallelism: 1 },
            HashParams { memory_kib: 65536, iterations: 3, parallelism: 4 },
            HashParams { memory_kib: MAX_MEMORY_KIB, iterations: 100, parallelism: 16 },
        ];
        for params in ok {
            assert_eq!(params.validate(), Ok(params));
        }
    }

    #[test]
    fn validate_refuses_weak_or_absurd_settings() {
        let refused = [
            (19455, 2, 1),
            (8192, 1, 1),
            (47103, 1, 1),
            (12287, 3, 1),
            (9215, 4, 1),
            (7167, 5, 1),
            (7167, 50, 1),
            (19456, 0, 1),
            (19456, 2, 0),
            (19456, 2, 17),
            (MAX_MEMORY_KIB + 1, 2, 1),
            (19456, 101, 1),
            (0, 0, 0),
        ];
        for (m, t, p) in refused {
            let params = HashParams { memory_kib: m, iterations: t, parallelism: p };
            let err = params.validate().unwrap_err();
            assert_eq!(err.kind, crate::error::Kind::InvalidInput);
            assert!(!err.message.contains('\n'));
        }

        let err =
            HashParams { memory_kib: 19455, iterations: 2, parallelism: 1 }.validate().unwrap_err();
        assert!(err.message.contains("19456"), "{}", err.message);
    }

    #[test]
    fn unusable_params_and_salts_are_errors_not_panics() {
        let zero = HashParams { memory_kib: 0, iterations: 0, parallelism: 0 };
        let err = hash_password_with_salt("secret-pw", zero, &[0; 16]).unwrap_err();
        assert_eq!(err.kind, crate::error::Kind::InvalidInput);
        assert!(!err.message.contains("secret-pw"));

        for len in [0, 1, 3, 7, 49, 64] {
            let salt = vec![7u8; len];
            assert!(hash_password_with_salt("pw", HashParams::DEFAULT, &salt).is_err(), "{len}");
        }
        assert!(hash_password_with_salt("pw", HashParams::DEFAULT, &[7; 48]).is_ok());
    }

    #[test]
    fn params_round_trip_through_the_phc_string() {
        let mut rng = StdRng::seed_from_u64(8);
        let params = [
            HashParams::DEFAULT,
            HashParams { memory_kib: 12288, iterations: 3, parallelism: 1 },
            HashParams { memory_kib: 7168, iterations: 5, parallelism: 2 },
        ];
        for params in params {
            let phc = hash_password("pw", params, &mut rng).unwrap();
            assert_eq!(params_of(&phc), Some(params));
            assert!(verify_password("pw", &phc));
        }
    }

    #[test]
    fn the_dummy_hash_is_a_stable_argon2id_string_that_matches_nothing() {
        let dummy = dummy_hash(HashParams::DEFAULT);
        assert!(dummy.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{dummy}");
        assert_eq!(params_of(&dummy), Some(HashParams::DEFAULT));
        assert_eq!(dummy_hash(HashParams::DEFAULT), dummy);

        for guess in ["", "password", "[redacted]", "k7mq-x3vd-p9ta-hw4e"] {
            assert!(!verify_password(guess, &dummy));
        }

        let other = HashParams { memory_kib: 12288, iterations: 3, parallelism: 1 };
        assert_eq!(params_of(&dummy_hash(other)), Some(other));

        // Parameters argon2 cannot use still give a hash to spend time on.
        let unusable = HashParams { memory_kib: 1, iterations: 0, parallelism: 0 };
        assert_eq!(params_of(&dummy_hash(unusable)), Some(HashParams::DEFAULT));
    }

    #[test]
    fn session_tokens_are_64_lowercase_hex_and_differ() {
        let mut rng = OsRng;
        let mut seen = HashSet::new();
        for _ in 0..100 {
            let token = generate_session_token(&mut rng);
            assert_eq!(token.expose().len(), 64);
            assert!(token
                .expose()
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));
            assert!(seen.insert(token.expose().to_owned()));
        }

        let a = generate_session_token(&mut StdRng::seed_from_u64(9));
        let b = generate_session_token(&mut StdRng::seed_from_u64(9));
        assert_eq!(a, b);
    }

    #[test]
    fn token_digest_is_sha256_in_hex() {
        assert_eq!(
            token_digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            token_digest(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );

        let token = generate_session_token(&mut OsRng);
        let digest = token_digest(token.expose());
        assert_eq!(digest.len(), 64);
        assert_ne!(digest, token.expose());
    }
}

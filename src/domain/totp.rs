//! Time-based one-time passwords (TOTP, RFC 6238): the second factor a patient may add to
//! their password.
//!
//! This module owns everything about the codes themselves: drawing a shared secret, writing it
//! in base32 for an authenticator app, the `otpauth://` URI a phone scans, computing a code for
//! a moment and checking one a patient typed. It knows nothing of accounts, lockouts or the
//! database; [`super::session`] decides what a right or wrong code means for a sign-in.
//!
//! The choices, and why:
//!
//! - **HMAC-SHA1, 30-second steps, 6 digits** are the parameters every authenticator app
//!   supports without asking; anything else fails silently on some phones. SHA-1's collision
//!   weakness does not touch HMAC.
//! - **20 random bytes** (160 bits) is the key length RFC 4226 recommends for HMAC-SHA1.
//! - **One step either side** of the current one is accepted, so a phone whose clock is up to
//!   30 seconds off, or a patient who types slowly, still gets in; two steps off is refused.
//! - **A step at or before the last accepted one is refused**, so a code seen over a shoulder
//!   or in a log cannot be used a second time.
//! - **Base32 is written here by hand** (RFC 4648, upper case, no padding): it is twenty lines,
//!   and the secret never passes through a general-purpose encoder that might copy it around.
//! - Codes are compared in constant time, so the time an answer takes says nothing about how
//!   many digits were right.

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use rand::{CryptoRng, RngCore};
use sha1::Sha1;
use zeroize::Zeroizing;

use crate::secret::Secret;

/// The length of a time step, in seconds.
pub const STEP_SECONDS: i64 = 30;

/// The digits of a code a patient types.
pub const DIGITS: u32 = 6;

/// The bytes of a new shared secret.
pub const SECRET_BYTES: usize = 20;

/// How many steps before or after the current one a code may come from.
pub const DRIFT_STEPS: i64 = 1;

const BASE32_ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// A new shared secret from `rng`, in base32 as an authenticator app takes it.
pub fn generate_secret<R: RngCore + CryptoRng + ?Sized>(rng: &mut R) -> Secret {
    let mut bytes = Zeroizing::new([0u8; SECRET_BYTES]);
    rng.fill_bytes(bytes.as_mut());
    Secret::new(base32_encode(bytes.as_ref()))
}

/// RFC 4648 base32, upper case, without padding.
pub fn base32_encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            text.push(BASE32_ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        text.push(BASE32_ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    text
}

/// Reads base32 in either case, ignoring spaces and padding; None when a character is not in
/// the alphabet.
pub fn base32_decode(text: &str) -> Option<Zeroizing<Vec<u8>>> {
    let mut bytes = Zeroizing::new(Vec::with_capacity(text.len() * 5 / 8));
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes().filter(|c| !matches!(c, b' ' | b'=')) {
        let value = BASE32_ALPHABET.iter().position(|&a| a == c.to_ascii_uppercase())?;
        buffer = ((buffer << 5) | value as u32) & 0xFFFF;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
        }
    }
    Some(bytes)
}

/// The time step a moment falls in.
pub fn step_at(moment: DateTime<Utc>) -> i64 {
    moment.timestamp().div_euclid(STEP_SECONDS)
}

/// The HOTP value (RFC 4226) of `key` at `counter`, with `digits` digits.
pub fn hotp(key: &[u8], counter: u64, digits: u32) -> u32 {
    // HMAC takes a key of any length, so this cannot fail.
    let mut mac = Hmac::<Sha1>::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();

    // Dynamic truncation: the last nibble picks four bytes, whose top bit is dropped.
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let binary = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    binary % 10u32.pow(digits)
}

/// The code of `key` for time step `step`, with `digits` digits (leading zeros kept).
pub fn code_for_step(key: &[u8], step: i64, digits: u32) -> String {
    let value = hotp(key, step.max(0) as u64, digits);
    format!("{value:0width$}", width = digits as usize)
}

/// The 6-digit code a base32 secret gives at `moment`; None when the secret is not base32.
/// The integration tests use it to type what a phone would show.
pub fn code_at(secret: &str, moment: DateTime<Utc>) -> Option<String> {
    let key = base32_decode(secret)?;
    Some(code_for_step(&key, step_at(moment), DIGITS))
}

/// Checks a code typed at `now` against a base32 secret. Returns the time step it belongs to
/// when it is right and newer than `last_step`; None otherwise (wrong, malformed, too old,
/// or already used).
pub fn verify(
    secret: &str,
    typed: &str,
    now: DateTime<Utc>,
    last_step: Option<i64>,
) -> Option<i64> {
    let typed = normalize_code(typed)?;
    let key = base32_decode(secret).filter(|key| !key.is_empty())?;
    let current = step_at(now);

    // Every candidate is computed and compared, so the time taken does not depend on which
    // step (if any) matched.
    let mut accepted = None;
    for step in current - DRIFT_STEPS..=current + DRIFT_STEPS {
        let expected = code_for_step(&key, step, DIGITS);
        let fresh = last_step.is_none_or(|last| step > last);
        if constant_time_eq(expected.as_bytes(), typed.as_bytes()) && fresh {
            accepted = accepted.or(Some(step));
        }
    }
    accepted
}

/// A code as typed, with spaces removed: exactly six ASCII digits, or None.
fn normalize_code(typed: &str) -> Option<String> {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == DIGITS as usize && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(digits)
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

/// The `otpauth://` URI an authenticator app scans (Google's Key Uri Format): the label
/// `acceso:<username>`, the secret, and the clinic as the issuer.
pub fn otpauth_uri(username: &str, clinic_name: &str, secret: &Secret) -> Secret {
    Secret::new(format!(
        "otpauth://totp/acceso:{}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period=\
         {STEP_SECONDS}",
        percent_encode(username),
        secret.expose(),
        percent_encode(clinic_name),
    ))
}

/// Percent-encodes every byte but RFC 3986's unreserved characters.
fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(byte as char);
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    const RFC_KEY: &[u8] = b"12345678901234567890";

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(seconds, 0).unwrap()
    }

    #[test]
    fn rfc_6238_sha1_vectors_with_eight_digits() {
        let vectors = [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
        ];
        for (seconds, expected) in vectors {
            assert_eq!(code_for_step(RFC_KEY, step_at(at(seconds)), 8), expected, "{seconds}");
        }
    }

    #[test]
    fn six_digits_are_the_last_six_of_the_same_truncation() {
        let secret = base32_encode(RFC_KEY);
        assert_eq!(secret, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        let vectors = [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_111_111_111, "050471"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
        ];
        for (seconds, expected) in vectors {
            assert_eq!(code_at(&secret, at(seconds)).unwrap(), expected, "{seconds}");
        }
    }

    #[test]
    fn base32_follows_rfc_4648_and_round_trips() {
        let vectors: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "MY"),
            (b"fo", "MZXQ"),
            (b"foo", "MZXW6"),
            (b"foob", "MZXW6YQ"),
            (b"fooba", "MZXW6YTB"),
            (b"foobar", "MZXW6YTBOI"),
        ];
        for (bytes, text) in vectors {
            assert_eq!(base32_encode(bytes), text);
            assert_eq!(base32_decode(text).unwrap().as_slice(), bytes);
        }
        assert_eq!(base32_decode("mzxw 6ytb oi======").unwrap().as_slice(), b"foobar");
        assert!(base32_decode("MZXW1").is_none());
        assert!(base32_decode("MZXW8").is_none());
    }

    #[test]
    fn new_secrets_are_twenty_bytes_and_come_from_the_rng() {
        let secret = generate_secret(&mut StdRng::seed_from_u64(1));
        assert_eq!(secret.expose().len(), 32);
        assert_eq!(base32_decode(secret.expose()).unwrap().len(), SECRET_BYTES);
        assert_eq!(generate_secret(&mut StdRng::seed_from_u64(1)), secret);
        assert_ne!(generate_secret(&mut StdRng::seed_from_u64(2)), secret);
    }

    #[test]
    fn one_step_of_drift_either_way_is_accepted_and_two_are_not() {
        let secret = base32_encode(RFC_KEY);
        let now = at(1_234_567_890);
        let step = step_at(now);
        for offset in [-1, 0, 1] {
            let code = code_for_step(RFC_KEY, step + offset, DIGITS);
            assert_eq!(verify(&secret, &code, now, None), Some(step + offset), "{offset}");
        }
        for offset in [-2, 2] {
            let code = code_for_step(RFC_KEY, step + offset, DIGITS);
            assert_eq!(verify(&secret, &code, now, None), None, "{offset}");
        }
    }

    #[test]
    fn a_used_step_or_an_older_one_is_refused() {
        let secret = base32_encode(RFC_KEY);
        let now = at(1_234_567_890);
        let step = step_at(now);
        let code = code_for_step(RFC_KEY, step, DIGITS);
        assert_eq!(verify(&secret, &code, now, Some(step - 1)), Some(step));
        assert_eq!(verify(&secret, &code, now, Some(step)), None);
        assert_eq!(verify(&secret, &code, now, Some(step + 1)), None);

        let earlier = code_for_step(RFC_KEY, step - 1, DIGITS);
        assert_eq!(verify(&secret, &earlier, now, Some(step - 1)), None);
    }

    #[test]
    fn malformed_codes_and_secrets_are_refused() {
        let secret = base32_encode(RFC_KEY);
        let now = at(1_234_567_890);
        let code = code_at(&secret, now).unwrap();
        let spaced = format!(" {} {} ", &code[..3], &code[3..]);
        assert!(verify(&secret, &spaced, now, None).is_some());
        for typed in ["", "12345", "1234567", "12a456", "１２３４５６"] {
            assert_eq!(verify(&secret, typed, now, None), None, "{typed}");
        }
        assert_eq!(verify("not base32!", &code, now, None), None);
        assert_eq!(verify("", &code, now, None), None);
    }

    #[test]
    fn the_uri_names_the_clinic_and_the_username() {
        let secret = Secret::new("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ".into());
        let uri = otpauth_uri("ana+1@example.mx", "Clínica Dental Sonrisa", &secret);
        assert_eq!(
            uri.expose(),
            "otpauth://totp/acceso:ana%2B1%40example.mx?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\
             &issuer=Cl%C3%ADnica%20Dental%20Sonrisa&algorithm=SHA1&digits=6&period=30"
        );
        assert_eq!(format!("{uri:?}"), "[redacted]");
    }
}

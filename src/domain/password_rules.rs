//! The rules a patient's new password must meet.
//!
//! They follow NIST SP 800-63B-4: a minimum and a maximum length counted in characters, no
//! words taken from the patient's own record, and no password that is common or easy to
//! guess. There are deliberately no composition rules (a digit, a capital, a symbol): they push
//! people towards "Password1!" and away from long phrases, which are both easier to remember
//! and harder to guess.
//!
//! This module only judges a candidate; whether it equals the current password is checked
//! where the hash is, and no message here ever repeats the password.

use chrono::NaiveDate;

use crate::error::{Error, Result};

/// NIST asks verifiers to accept at least 64 characters; 128 leaves room for long phrases
/// while keeping hashing cheap for input that nobody types by hand.
pub const MAX_LENGTH: usize = 128;

/// The shortest minimum a clinic may set, whatever its settings say.
pub const MIN_LENGTH_FLOOR: usize = 8;

/// Context words shorter than this would forbid too many innocent passwords ("li" in "lima").
const MIN_TERM_CHARS: usize = 3;

/// Surname particles that are three letters long but are ordinary words, not identifying
/// ones: refusing "del" would refuse "model" and "delta" for every patient named "del Valle".
const NAME_PARTICLES: [&str; 4] = ["del", "las", "los", "san"];

/// The ways people write a birth date into a password, as chrono formats.
const BIRTH_DATE_FORMATS: [&str; 6] =
    ["%Y%m%d", "%d%m%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d%m%y"];

/// Common passwords in Spanish, which zxcvbn's English-centred lists miss, and the words this
/// program and a dental clinic put in front of the patient. zxcvbn gets them as extra
/// dictionary words, so that "contraseña2024" scores as low as "password2024" does, while a
/// long phrase that merely includes one of them still scores on its other words.
const SPANISH_COMMON: [&str; 24] = [
    "contraseña",
    "contrasena",
    "teamo",
    "tequiero",
    "amor",
    "amorcito",
    "mexico",
    "hola",
    "princesa",
    "bonita",
    "hermosa",
    "corazon",
    "america",
    "chivas",
    "pumas",
    "cruzazul",
    "tigres",
    "dios",
    "jesus",
    "familia",
    "clave",
    "acceso",
    "sonrisa",
    "dentista",
];

/// The advice every guessability refusal ends with.
const GUESSABLE_ADVICE: &str = "try a longer phrase of unrelated words";

/// What the password must not contain or be.
pub struct PasswordContext<'a> {
    pub username: &'a str,
    /// First name and surnames; each may hold several words ("María José", "de la Cruz").
    pub names: &'a [&'a str],
    pub curp: Option<&'a str>,
    pub birth_date: Option<NaiveDate>,
    /// The clinic's minimum, in characters; raised to [`MIN_LENGTH_FLOOR`] if lower.
    pub min_length: usize,
}

/// Ok when `password` is acceptable as the patient's new password; otherwise an
/// `InvalidInput` error whose one line says what to change, without repeating the password.
pub fn check_new_password(password: &str, ctx: &PasswordContext) -> Result<()> {
    check_length(password, ctx.min_length)?;
    check_characters(password)?;

    let terms = context_terms(ctx);
    let folded = fold(password);
    if let Some(term) = terms.iter().find(|term| folded.contains(term.text.as_str())) {
        return Err(Error::invalid_input(format!(
            "the password must not contain {}; choose words that have nothing to do with you",
            term.what
        )));
    }

    check_guessability(password, &terms)
}

fn check_length(password: &str, min_length: usize) -> Result<()> {
    // NIST counts each Unicode code point as one character, so "contraseña" is 10, not 11.
    let length = password.chars().count();
    let min_length = min_length.clamp(MIN_LENGTH_FLOOR, MAX_LENGTH);

    if length < min_length {
        return Err(Error::invalid_input(format!(
            "the password must have at least {min_length} characters; \
             a phrase of several words is long and easy to remember"
        )));
    }
    if length > MAX_LENGTH {
        return Err(Error::invalid_input(format!(
            "the password must have at most {MAX_LENGTH} characters"
        )));
    }
    Ok(())
}

fn check_characters(password: &str) -> Result<()> {
    if password.trim().is_empty() {
        return Err(Error::invalid_input("the password cannot be only spaces"));
    }

    // Tabs, line breaks and escapes cannot be typed the same way on every device, so a
    // password holding one could lock its owner out.
    if password.chars().any(char::is_control) {
        return Err(Error::invalid_input(
            "the password cannot contain control characters such as tabs or line breaks",
        ));
    }
    Ok(())
}

/// At least 10^8 guesses: zxcvbn's score 3 ("safely unguessable"), taken inclusively. zxcvbn
/// rates a random password of n characters at exactly 10^n guesses, so with its own score 3
/// boundary (10^8 plus a little) no 8-character password could pass, and a clinic's minimum
/// length of 8 would mean 9.
const MIN_GUESSES_LOG10: f64 = 8.0;

fn check_guessability(password: &str, terms: &[Term]) -> Result<()> {
    // zxcvbn ranks earlier inputs as likelier, so the patient's own words come first.
    let user_inputs: Vec<&str> =
        terms.iter().map(|term| term.text.as_str()).chain(SPANISH_COMMON).collect();
    let entropy = zxcvbn::zxcvbn(password, &user_inputs);
    if entropy.guesses_log10() >= MIN_GUESSES_LOG10 {
        return Ok(());
    }

    let warning = entropy.feedback().and_then(|feedback| feedback.warning());
    let message = match warning {
        Some(warning) => format!(
            "this password is too easy to guess ({}); {GUESSABLE_ADVICE}",
            sentence_fragment(&warning.to_string())
        ),
        None => format!("this password is too easy to guess; {GUESSABLE_ADVICE}"),
    };
    Err(Error::invalid_input(message))
}

/// A word or number from the patient's record, folded, and how to name it in a message.
struct Term {
    text: String,
    what: &'static str,
}

/// Everything from the record that the password must not contain, in the order the
/// messages should name it.
fn context_terms(ctx: &PasswordContext) -> Vec<Term> {
    let mut terms = Vec::new();
    let mut push = |text: String, what: &'static str| {
        if text.chars().count() >= MIN_TERM_CHARS {
            terms.push(Term { text, what });
        }
    };

    let username = fold(ctx.username.trim());
    if let Some((local_part, _domain)) = username.rsplit_once('@') {
        push(local_part.to_owned(), "your username");
    }
    push(username, "your username");

    // Splitting on every non-letter also catches "lopez" in "López-Portillo" and "brien" in
    // "O'Brien", which splitting on spaces alone would miss.
    for name in ctx.names {
        for part in fold(name).split(|c: char| !c.is_alphanumeric()) {
            let letters = part.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= MIN_TERM_CHARS && !NAME_PARTICLES.contains(&part) {
                push(part.to_owned(), "your name");
            }
        }
    }

    // The first ten characters of a CURP are initials and birth date, and people who know
    // their CURP by heart tend to reuse exactly that stem.
    if let Some(curp) = ctx.curp {
        let curp = fold(curp.trim());
        if curp.chars().count() > 10 {
            push(curp.chars().take(10).collect(), "your CURP");
        }
        push(curp, "your CURP");
    }

    if let Some(date) = ctx.birth_date {
        for format in BIRTH_DATE_FORMATS {
            push(date.format(format).to_string(), "your date of birth");
        }
    }

    terms
}

/// Lower case without the accents Spanish uses, so that "José", "JOSE" and "jose" are one
/// word: people drop accents when typing passwords, and add them back just as freely.
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' | 'ü' => 'u',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

/// Accents typed as a separate combining character (as some keyboards and macOS do) rather
/// than as one precomposed letter.
fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036f}').contains(&c)
}

/// zxcvbn's warnings are full sentences ("This is a very common password."); inside our own
/// sentence they read better without the capital and the full stop.
fn sentence_fragment(sentence: &str) -> String {
    let trimmed = sentence.trim().trim_end_matches('.');
    let mut chars = trimmed.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;

    const GOOD: &str = "lunar tortilla quantum rowboat";

    fn context(min_length: usize) -> PasswordContext<'static> {
        PasswordContext {
            username: "maria.perez@example.com",
            names: &["María José", "Pérez", "de la Cruz"],
            curp: Some("PECM900512MDFRRR09"),
            birth_date: NaiveDate::from_ymd_opt(1990, 5, 12),
            min_length,
        }
    }

    fn empty_context(min_length: usize) -> PasswordContext<'static> {
        PasswordContext { username: "", names: &[], curp: None, birth_date: None, min_length }
    }

    fn refusal(password: &str, ctx: &PasswordContext) -> String {
        let err = check_new_password(password, ctx).expect_err(password);
        assert_eq!(err.kind, Kind::InvalidInput);
        assert!(!err.message.contains('\n'), "{}", err.message);
        assert!(!err.message.contains(password), "{}", err.message);
        err.message
    }

    #[test]
    fn a_good_passphrase_is_accepted() {
        check_new_password(GOOD, &context(15)).unwrap();
        check_new_password(GOOD, &empty_context(8)).unwrap();
        check_new_password("Ñandú volador sobre cúpulas de ámbar", &context(15)).unwrap();
    }

    #[test]
    fn length_is_counted_in_characters_not_bytes() {
        // Seven characters, fourteen bytes.
        let message = refusal("ñáéíóúü", &empty_context(8));
        assert!(message.contains("at least 8 characters"), "{message}");

        // Eight characters pass the length rule, whatever else they may fail.
        if let Err(err) = check_new_password("ñáéíóúüñ", &empty_context(8)) {
            assert!(!err.message.contains("characters"), "{}", err.message);
        }

        let message = refusal(&"ñ".repeat(MAX_LENGTH + 1), &empty_context(8));
        assert!(message.contains("at most 128 characters"), "{message}");
        let message = refusal(&"ñ".repeat(MAX_LENGTH), &empty_context(8));
        assert!(!message.contains("characters"), "{message}");
    }

    #[test]
    fn the_clinic_minimum_is_honoured_above_the_floor() {
        let short_but_strong = "Vx9#qL2!mRk";
        check_new_password(short_but_strong, &empty_context(8)).unwrap();
        let message = refusal(short_but_strong, &empty_context(15));
        assert!(message.contains("at least 15 characters"), "{message}");

        check_new_password(GOOD, &empty_context(30)).unwrap();
        refusal(GOOD, &empty_context(31));
    }

    #[test]
    fn the_minimum_never_drops_below_the_floor_nor_passes_the_maximum() {
        let message = refusal("Vx9#qL2", &empty_context(4));
        assert!(message.contains("at least 8 characters"), "{message}");

        let long = format!("{GOOD} {GOOD} {GOOD} {GOOD} {GOOD}")[..MAX_LENGTH].to_owned();
        let message = check_new_password(&long, &empty_context(500)).err().map(|e| e.message);
        assert!(!message.unwrap_or_default().contains("at least"));
    }

    #[test]
    fn blank_and_control_characters_are_refused() {
        let message = refusal(&" ".repeat(20), &empty_context(8));
        assert!(message.contains("only spaces"), "{message}");

        for password in ["lunar tortilla\tquantum rowboat", "lunar tortilla quantum\nrowboat"] {
            let message = refusal(password, &empty_context(8));
            assert!(message.contains("control characters"), "{message}");
        }
        check_new_password("  lunar tortilla quantum rowboat  ", &empty_context(8)).unwrap();
    }

    #[test]
    fn the_username_and_its_local_part_are_refused() {
        let message = refusal("xMaria.Perez@Example.com-rowboat", &context(15));
        assert!(message.contains("your username"), "{message}");

        let message = refusal("quantum maria.perez rowboat", &context(15));
        assert!(message.contains("your username"), "{message}");

        let plain = PasswordContext { username: "kdiaz77", ..empty_context(15) };
        let message = refusal("lunar KDIAZ77 quantum rowboat", &plain);
        assert!(message.contains("your username"), "{message}");
    }

    #[test]
    fn name_parts_are_refused_without_regard_to_case_or_accents() {
        for password in [
            "lunar tortilla jose rowboat",
            "lunar tortilla JOSÉ rowboat",
            "lunar tortilla perezoso rowboat",
            "lunar tortilla Cruzado rowboat",
            "lunar MARIA tortilla rowboat",
            "lunar tortilla Jose\u{301} rowboat",
        ] {
            let message = refusal(password, &context(15));
            assert!(message.contains("your name"), "{password}: {message}");
        }
    }

    #[test]
    fn names_given_with_accents_match_passwords_without_them() {
        let ctx = PasswordContext { names: &["Íñigo", "Muñoz Güemes"], ..empty_context(15) };
        for password in ["lunar inigo quantum rowboat", "MUNOZ lunar quantum rowboat"] {
            let message = refusal(password, &ctx);
            assert!(message.contains("your name"), "{password}: {message}");
        }
        let message = refusal("lunar tortilla guemes rowboat", &ctx);
        assert!(message.contains("your name"), "{message}");
    }

    #[test]
    fn short_name_parts_and_particles_are_allowed() {
        let ctx =
            PasswordContext { names: &["Li", "del Valle", "de los Santos"], ..empty_context(8) };
        check_new_password("model delta lost sandwich", &ctx).unwrap();
        let message = refusal("lunar valley valle rowboat", &ctx);
        assert!(message.contains("your name"), "{message}");
    }

    #[test]
    fn hyphenated_and_apostrophe_names_are_split() {
        let ctx = PasswordContext { names: &["López-Portillo", "O'Brien"], ..empty_context(8) };
        for password in ["lunar portillo rowboat", "lunar lopez rowboat", "lunar obrien rowboat"] {
            let message = refusal(password, &ctx);
            assert!(message.contains("your name"), "{password}: {message}");
        }
    }

    #[test]
    fn the_curp_and_its_stem_are_refused() {
        let ctx = PasswordContext { curp: Some("PECM900512MDFRRR09"), ..empty_context(15) };
        for password in ["lunar PECM900512MDFRRR09 rowboat", "lunar pecm900512 rowboat quantum"] {
            let message = refusal(password, &ctx);
            assert!(message.contains("your CURP"), "{password}: {message}");
        }
    }

    #[test]
    fn the_birth_date_is_refused_in_every_form() {
        let ctx = PasswordContext {
            birth_date: NaiveDate::from_ymd_opt(1990, 5, 12),
            ..empty_context(15)
        };
        for date in ["19900512", "12051990", "1990-05-12", "12/05/1990", "12-05-1990", "120590"] {
            let password = format!("lunar tortilla {date} rowboat");
            let message = refusal(&password, &ctx);
            assert!(message.contains("date of birth"), "{password}: {message}");
        }
    }

    #[test]
    fn common_and_patterned_passwords_are_refused() {
        for password in [
            "password123456789",
            "aaaaaaaaaaaaaaaa",
            "qwertyuiopasdfgh",
            "1234567890123456",
            "contraseña123456",
            "Contraseña2024",
            "teamo1234567890",
        ] {
            let message = refusal(password, &empty_context(8));
            assert!(message.contains("too easy to guess"), "{password}: {message}");
            assert!(message.ends_with(GUESSABLE_ADVICE), "{message}");
        }
    }

    #[test]
    fn guessability_refusals_carry_zxcvbn_warning() {
        let message = refusal("aaaaaaaaaaaaaaaa", &empty_context(8));
        assert!(message.contains("(repeats like \"aaa\" are easy to guess)"), "{message}");
    }

    #[test]
    fn sentence_fragment_drops_the_capital_and_full_stop() {
        assert_eq!(
            sentence_fragment("This is a very common password."),
            "this is a very common password"
        );
        assert_eq!(sentence_fragment(""), "");
    }

    #[test]
    fn a_random_eight_character_password_passes_when_the_clinic_allows_eight() {
        check_new_password("x7#Kp2!q", &empty_context(8)).unwrap();
        assert!(refusal("qwertyui", &empty_context(8)).contains("too easy to guess"));
    }
}

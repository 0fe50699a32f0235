//! The durations and dates that people type, turned into domain types.
//!
//! Staff type how long a patient's mobile access lasts ("90d", "6m", "never", "2027-03-31")
//! and the clinic's policy lifetimes ("30min", "24h", "2w"); the database stores moments as
//! "YYYY-MM-DD HH:MM:SS" in UTC. All three meet here, so that the command line, the settings
//! and the store agree on one grammar, one set of limits and one timestamp format, and every
//! refusal reads the same.
//!
//! The two grammars differ on purpose: in an access expiry "m" means months, because nobody
//! grants access for minutes; in a policy lifetime minutes are common, so they are spelled
//! "min" and a bare "m" is refused rather than guessed.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};

use crate::error::{Error, Result};

/// The accepted forms of an access expiry, as every refusal shows them.
const EXPIRY_FORMS: &str = "use Nd, Nw, Nm (months), Ny, never or YYYY-MM-DD";

/// The accepted forms of a policy lifetime, as every refusal shows them.
const LIFETIME_FORMS: &str = "use Nmin, Nh, Nd or Nw, e.g. 30min, 24h, 7d";

/// Access longer than this is a typo or a wish for "never"; either way it is not granted by
/// accident. Expressed in months so that "10y" and "120m" reach exactly the same moment.
const MAX_EXPIRY_MONTHS: u32 = 120;

/// The longest a policy lifetime may be: a year, in minutes.
const MAX_LIFETIME_MINUTES: u32 = 365 * MINUTES_PER_DAY;

const MINUTES_PER_HOUR: u32 = 60;
const MINUTES_PER_DAY: u32 = 24 * MINUTES_PER_HOUR;
const MINUTES_PER_WEEK: u32 = 7 * MINUTES_PER_DAY;

/// Lifetime units from largest to smallest, so that `Display` can pick the first that fits.
const LIFETIME_UNITS: [(&str, u32); 4] =
    [("w", MINUTES_PER_WEEK), ("d", MINUTES_PER_DAY), ("h", MINUTES_PER_HOUR), ("min", 1)];

/// The last second of a day: an expiry date grants access through the whole of that day.
const LAST_SECOND: NaiveTime = match NaiveTime::from_hms_opt(23, 59, 59) {
    Some(time) => time,
    None => panic!("23:59:59 is a valid time"),
};

/// The database's timestamp format; see [`format_timestamp`].
const TIMESTAMP_FORMAT: &str = "%Y-%m-%d %H:%M:%S";

/// How long a patient's mobile access lasts, or until when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AccessExpiry {
    Never,
    After(Span),
    On(NaiveDate),
}

/// A count of calendar units. Parsing keeps each count between 1 and ten years' worth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Days(u32),
    Weeks(u32),
    Months(u32),
    Years(u32),
}

impl Span {
    /// The moment this span ends when it starts at `start`; `None` past chrono's range.
    /// Months and years are calendar arithmetic, so a month from Jan 31 is Feb 28 or 29.
    fn add_to(self, start: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self {
            Span::Days(n) => start.checked_add_signed(TimeDelta::try_days(i64::from(n))?),
            Span::Weeks(n) => start.checked_add_signed(TimeDelta::try_weeks(i64::from(n))?),
            Span::Months(n) => start.checked_add_months(Months::new(n)),
            Span::Years(n) => start.checked_add_months(Months::new(n.checked_mul(12)?)),
        }
    }
}

impl Span {
    /// The moment this span before `now` began, for "older than" filters.
    pub fn before(self, now: DateTime<Utc>) -> Result<DateTime<Utc>> {
        let start = || match self {
            Span::Days(n) => now.checked_sub_signed(TimeDelta::try_days(i64::from(n))?),
            Span::Weeks(n) => now.checked_sub_signed(TimeDelta::try_weeks(i64::from(n))?),
            Span::Months(n) => now.checked_sub_months(Months::new(n)),
            Span::Years(n) => now.checked_sub_months(Months::new(n.checked_mul(12)?)),
        };
        start().ok_or_else(|| Error::invalid_input(format!("{self} is too long ago")))
    }
}

/// A length of time on its own (`--older-than`, `--expiring-within`): the expiry forms that
/// are spans, so neither `never` nor a date.
impl FromStr for Span {
    type Err = Error;

    fn from_str(text: &str) -> Result<Span> {
        match text.parse::<AccessExpiry>()? {
            AccessExpiry::After(span) => Ok(span),
            _ => Err(Error::invalid_input(format!(
                "invalid length of time {:?}: use Nd, Nw, Nm (months) or Ny",
                text.trim()
            ))),
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Span::Days(n) => write!(f, "{n}d"),
            Span::Weeks(n) => write!(f, "{n}w"),
            Span::Months(n) => write!(f, "{n}m"),
            Span::Years(n) => write!(f, "{n}y"),
        }
    }
}

impl AccessExpiry {
    /// The moment access ends, counted from `now`; `None` for [`AccessExpiry::Never`].
    ///
    /// A date means the end of that day: access lasts through 23:59:59 UTC of that date. The
    /// result must be after `now` and at most ten calendar years after it; a date is measured
    /// by the day, so the date ten years from today is still accepted.
    pub fn resolve(self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>> {
        let too_far = || {
            Error::invalid_input(format!(
                "expiry {self} is more than 10 years away; choose a nearer one, or never"
            ))
        };
        let ceiling = || now.checked_add_months(Months::new(MAX_EXPIRY_MONTHS)).ok_or_else(too_far);

        let end = match self {
            AccessExpiry::Never => return Ok(None),
            AccessExpiry::After(span) => {
                let ceiling = ceiling()?;
                span.add_to(now).filter(|end| *end <= ceiling).ok_or_else(too_far)?
            }
            AccessExpiry::On(date) => {
                if date > ceiling()?.date_naive() {
                    return Err(too_far());
                }
                date.and_time(LAST_SECOND).and_utc()
            }
        };

        if end <= now {
            return Err(Error::invalid_input(format!(
                "expiry {self} is already over; choose a later one"
            )));
        }
        Ok(Some(end))
    }

    /// Whether this spec may be a clinic's default. A fixed date would expire every future
    /// patient's access on the same day, so only durations and "never" qualify.
    pub fn is_relative(self) -> bool {
        !matches!(self, AccessExpiry::On(_))
    }
}

impl FromStr for AccessExpiry {
    type Err = Error;

    fn from_str(input: &str) -> Result<Self> {
        let text = input.trim();
        let refuse = |reason: &str| {
            Error::invalid_input(format!("invalid expiry {}: {reason}", quoted(text)))
        };

        if text.eq_ignore_ascii_case("never") {
            return Ok(AccessExpiry::Never);
        }

        // The shape check comes first because chrono alone would also take "2027-3-31".
        if has_shape(text, "dddd-dd-dd") {
            return NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map(AccessExpiry::On)
                .map_err(|_| refuse(&format!("no such date; {EXPIRY_FORMS}")));
        }

        let Some((count, unit)) = split_quantity(text) else {
            return Err(refuse(EXPIRY_FORMS));
        };
        let (limit, span): (u32, fn(u32) -> Span) = match unit.to_ascii_lowercase().as_str() {
            "d" => (3650, Span::Days),
            "w" => (521, Span::Weeks),
            "m" => (MAX_EXPIRY_MONTHS, Span::Months),
            "y" => (MAX_EXPIRY_MONTHS / 12, Span::Years),
            _ => return Err(refuse(EXPIRY_FORMS)),
        };

        if count == 0 {
            return Err(refuse(&format!("the number must be at least 1; {EXPIRY_FORMS}")));
        }
        match u32::try_from(count) {
            Ok(count) if count <= limit => Ok(AccessExpiry::After(span(count))),
            _ => {
                Err(refuse("longer than 10 years; use at most 3650d, 521w, 120m or 10y, or never"))
            }
        }
    }
}

impl fmt::Display for AccessExpiry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AccessExpiry::Never => f.write_str("never"),
            AccessExpiry::After(span) => span.fmt(f),
            AccessExpiry::On(date) => write!(f, "{}", date.format("%Y-%m-%d")),
        }
    }
}

/// A policy lifetime (temporary password, session, idle timeout, lock) in whole minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Minutes(pub u32);

impl Minutes {
    pub fn as_duration(self) -> TimeDelta {
        TimeDelta::minutes(i64::from(self.0))
    }

    pub fn as_seconds(self) -> i64 {
        i64::from(self.0) * 60
    }
}

impl FromStr for Minutes {
    type Err = Error;

    fn from_str(input: &str) -> Result<Self> {
        let text = input.trim();
        let refuse = |reason: &str| {
            Error::invalid_input(format!("invalid duration {}: {reason}", quoted(text)))
        };

        let Some((count, unit)) = split_quantity(text) else {
            return Err(refuse(LIFETIME_FORMS));
        };
        let unit = unit.to_ascii_lowercase();

        // Elsewhere "m" means months; guessing minutes here would turn a typo into a policy.
        if unit == "m" {
            return Err(refuse(&format!("\"m\" would be months; write {count}min for minutes")));
        }
        let Some(&(_, per_unit)) = LIFETIME_UNITS.iter().find(|(name, _)| *name == unit) else {
            return Err(refuse(LIFETIME_FORMS));
        };

        if count == 0 {
            return Err(refuse(&format!("must be at least 1 minute; {LIFETIME_FORMS}")));
        }
        match count.checked_mul(u64::from(per_unit)).map(u32::try_from) {
            Some(Ok(total)) if total <= MAX_LIFETIME_MINUTES => Ok(Minutes(total)),
            _ => Err(refuse("longer than 365 days; use at most 365d, 8760h or 52w")),
        }
    }
}

/// Shows the largest unit that divides the count exactly, so that the text parses back to the
/// same value: 30 is "30min", 90 is "90min", 1440 is "1d", 10080 is "1w".
impl fmt::Display for Minutes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (name, per_unit) = LIFETIME_UNITS
            .iter()
            .copied()
            .find(|&(_, per_unit)| self.0 != 0 && self.0 % per_unit == 0)
            .unwrap_or(("min", 1));
        write!(f, "{}{name}", self.0 / per_unit)
    }
}

/// A UTC moment the way the database stores it: "YYYY-MM-DD HH:MM:SS", which is also what
/// SQLite's `datetime('now')` writes, so stored values compare correctly as text.
pub fn format_timestamp(t: DateTime<Utc>) -> String {
    t.format(TIMESTAMP_FORMAT).to_string()
}

/// Reads back a moment written by [`format_timestamp`] or by SQLite's `datetime()`.
pub fn parse_timestamp(s: &str) -> Result<DateTime<Utc>> {
    let refuse = || {
        Error::invalid_input(format!(
            "invalid timestamp {}: use YYYY-MM-DD HH:MM:SS (UTC)",
            quoted(s)
        ))
    };
    if !has_shape(s, "dddd-dd-dd dd:dd:dd") {
        return Err(refuse());
    }
    NaiveDateTime::parse_from_str(s, TIMESTAMP_FORMAT).map(|t| t.and_utc()).map_err(|_| refuse())
}

/// A count followed by a unit, as in "90d": `None` unless the text is ASCII digits and then
/// something else. A count too large for u64 comes back as u64::MAX, which every caller
/// refuses as too long, the same answer the real number would get.
fn split_quantity(text: &str) -> Option<(u64, &str)> {
    let digits_end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (digits, unit) = text.split_at(digits_end);
    if digits.is_empty() || unit.is_empty() {
        return None;
    }
    Some((digits.parse().unwrap_or(u64::MAX), unit))
}

/// Whether `text` matches `shape` character for character, where 'd' stands for an ASCII
/// digit and anything else for itself.
fn has_shape(text: &str, shape: &str) -> bool {
    text.len() == shape.len()
        && text.bytes().zip(shape.bytes()).all(|(c, s)| match s {
            b'd' => c.is_ascii_digit(),
            _ => c == s,
        })
}

/// The input as an error message quotes it: escaped, so that control characters cannot break
/// the one line, and cut short, so that pasted garbage does not flood the terminal.
fn quoted(text: &str) -> String {
    const MAX_CHARS: usize = 40;
    if text.chars().count() <= MAX_CHARS {
        format!("{text:?}")
    } else {
        let head: String = text.chars().take(MAX_CHARS).collect();
        format!("{head:?}...")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;
    use proptest::prelude::*;

    fn at(text: &str) -> DateTime<Utc> {
        parse_timestamp(text).unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn expiry(text: &str) -> AccessExpiry {
        text.parse().unwrap()
    }

    fn expiry_error(text: &str) -> Error {
        let err = text.parse::<AccessExpiry>().unwrap_err();
        assert_eq!(err.kind, Kind::InvalidInput, "{text:?}");
        assert!(!err.message.contains('\n'), "{:?}", err.message);
        err
    }

    fn minutes_error(text: &str) -> Error {
        let err = text.parse::<Minutes>().unwrap_err();
        assert_eq!(err.kind, Kind::InvalidInput, "{text:?}");
        assert!(!err.message.contains('\n'), "{:?}", err.message);
        err
    }

    #[test]
    fn expiry_accepts_every_form() {
        assert_eq!(expiry("90d"), AccessExpiry::After(Span::Days(90)));
        assert_eq!(expiry("12w"), AccessExpiry::After(Span::Weeks(12)));
        assert_eq!(expiry("6m"), AccessExpiry::After(Span::Months(6)));
        assert_eq!(expiry("1y"), AccessExpiry::After(Span::Years(1)));
        assert_eq!(expiry("never"), AccessExpiry::Never);
        assert_eq!(expiry("2027-03-31"), AccessExpiry::On(date(2027, 3, 31)));
    }

    #[test]
    fn expiry_ignores_case_and_surrounding_whitespace() {
        assert_eq!(expiry("  90D\t"), AccessExpiry::After(Span::Days(90)));
        assert_eq!(expiry("6M"), AccessExpiry::After(Span::Months(6)));
        assert_eq!(expiry("NEVER"), AccessExpiry::Never);
        assert_eq!(expiry(" Never\n"), AccessExpiry::Never);
        assert_eq!(expiry(" 2027-03-31 "), AccessExpiry::On(date(2027, 3, 31)));
    }

    #[test]
    fn expiry_accepts_the_largest_spans() {
        assert_eq!(expiry("3650d"), AccessExpiry::After(Span::Days(3650)));
        assert_eq!(expiry("521w"), AccessExpiry::After(Span::Weeks(521)));
        assert_eq!(expiry("120m"), AccessExpiry::After(Span::Months(120)));
        assert_eq!(expiry("10y"), AccessExpiry::After(Span::Years(10)));
    }

    #[test]
    fn expiry_refuses_malformed_text_and_shows_the_forms() {
        for text in [
            "",
            "   ",
            "d",
            "90",
            "-5d",
            "+5d",
            "5x",
            "5 d",
            "5dd",
            "1.5y",
            "ninety days",
            "nunca",
            "never!",
            "2027/03/31",
            "2027-3-31",
            "27-03-31",
            "٩٠d",
        ] {
            let err = expiry_error(text);
            assert!(err.message.contains(EXPIRY_FORMS), "{text:?}: {}", err.message);
        }
        assert_eq!(
            expiry_error("5x").message,
            "invalid expiry \"5x\": use Nd, Nw, Nm (months), Ny, never or YYYY-MM-DD"
        );
    }

    #[test]
    fn expiry_refuses_zero() {
        for text in ["0d", "0w", "0m", "0y", "000d"] {
            assert!(expiry_error(text).message.contains("at least 1"), "{text:?}");
        }
    }

    #[test]
    fn expiry_refuses_spans_over_ten_years_and_overflow() {
        for text in ["3651d", "522w", "121m", "11y", "4294967296d", "99999999999999999999999y"] {
            assert!(expiry_error(text).message.contains("longer than 10 years"), "{text:?}");
        }
    }

    #[test]
    fn expiry_refuses_dates_that_do_not_exist() {
        for text in ["2027-02-29", "2027-13-01", "2027-04-31", "2027-00-10"] {
            assert!(expiry_error(text).message.contains("no such date"), "{text:?}");
        }
        assert_eq!(expiry("2028-02-29"), AccessExpiry::On(date(2028, 2, 29)));
    }

    #[test]
    fn error_quotes_are_escaped_and_short() {
        let err = expiry_error("5\u{1b}[31mx");
        assert!(err.message.contains("\\u{1b}"), "{}", err.message);

        let long = "x".repeat(500);
        let err = expiry_error(&long);
        assert!(err.message.len() < 150, "{}", err.message);
    }

    #[test]
    fn expiry_display_round_trips() {
        for text in ["90d", "12w", "6m", "1y", "never", "2027-03-31", "0001-01-01"] {
            assert_eq!(expiry(text).to_string(), text);
        }
        assert_eq!(expiry(" 90D ").to_string(), "90d");
        assert_eq!(expiry("007d").to_string(), "7d");
    }

    #[test]
    fn only_dates_are_not_relative() {
        assert!(AccessExpiry::Never.is_relative());
        assert!(expiry("90d").is_relative());
        assert!(!expiry("2027-03-31").is_relative());
    }

    #[test]
    fn resolve_counts_days_and_weeks_exactly() {
        let now = at("2025-03-08 10:15:00");
        assert_eq!(AccessExpiry::Never.resolve(now).unwrap(), None);
        assert_eq!(expiry("90d").resolve(now).unwrap(), Some(at("2025-06-06 10:15:00")));
        assert_eq!(expiry("2w").resolve(now).unwrap(), Some(at("2025-03-22 10:15:00")));
    }

    #[test]
    fn resolve_uses_calendar_months_and_years() {
        let jan31 = at("2025-01-31 08:00:00");
        assert_eq!(expiry("1m").resolve(jan31).unwrap(), Some(at("2025-02-28 08:00:00")));
        let leap_jan31 = at("2028-01-31 08:00:00");
        assert_eq!(expiry("1m").resolve(leap_jan31).unwrap(), Some(at("2028-02-29 08:00:00")));

        let leap_day = at("2028-02-29 08:00:00");
        assert_eq!(expiry("1y").resolve(leap_day).unwrap(), Some(at("2029-02-28 08:00:00")));
        assert_eq!(expiry("4y").resolve(leap_day).unwrap(), Some(at("2032-02-29 08:00:00")));
        assert_eq!(expiry("12m").resolve(leap_day), expiry("1y").resolve(leap_day));
    }

    #[test]
    fn resolve_lets_a_date_last_through_its_last_second() {
        let now = at("2025-03-08 10:15:00");
        assert_eq!(expiry("2027-03-31").resolve(now).unwrap(), Some(at("2027-03-31 23:59:59")));

        // Today is still allowed while some of it is left.
        assert_eq!(expiry("2025-03-08").resolve(now).unwrap(), Some(at("2025-03-08 23:59:59")));
        let last_second = at("2025-03-08 23:59:59");
        assert!(expiry("2025-03-08").resolve(last_second).is_err());
    }

    #[test]
    fn resolve_refuses_past_dates() {
        let now = at("2025-03-08 10:15:00");
        for text in ["2025-03-07", "2020-01-01"] {
            let err = expiry(text).resolve(now).unwrap_err();
            assert_eq!(err.kind, Kind::InvalidInput);
            assert!(err.message.contains("already over"), "{}", err.message);
        }
    }

    #[test]
    fn resolve_allows_ten_years_and_not_a_day_more() {
        let now = at("2025-03-08 10:15:00");
        assert_eq!(expiry("10y").resolve(now).unwrap(), Some(at("2035-03-08 10:15:00")));
        assert_eq!(expiry("120m").resolve(now), expiry("10y").resolve(now));
        assert!(expiry("3650d").resolve(now).is_ok());
        assert!(expiry("521w").resolve(now).is_ok());
        assert_eq!(expiry("2035-03-08").resolve(now).unwrap(), Some(at("2035-03-08 23:59:59")));

        let err = expiry("2035-03-09").resolve(now).unwrap_err();
        assert_eq!(err.kind, Kind::InvalidInput);
        assert!(err.message.contains("more than 10 years"), "{}", err.message);
    }

    #[test]
    fn resolve_refuses_spans_built_outside_the_parser() {
        let now = at("2025-03-08 10:15:00");
        assert!(AccessExpiry::After(Span::Days(0)).resolve(now).is_err());
        assert!(AccessExpiry::After(Span::Days(3654)).resolve(now).is_err());
        for span in [Span::Days(u32::MAX), Span::Weeks(u32::MAX)] {
            assert!(AccessExpiry::After(span).resolve(now).is_err());
        }
        for span in [Span::Months(u32::MAX), Span::Years(u32::MAX)] {
            assert!(AccessExpiry::After(span).resolve(now).is_err());
        }
    }

    #[test]
    fn minutes_accepts_every_unit_in_any_case() {
        assert_eq!("30min".parse::<Minutes>().unwrap(), Minutes(30));
        assert_eq!("90MIN".parse::<Minutes>().unwrap(), Minutes(90));
        assert_eq!("24h".parse::<Minutes>().unwrap(), Minutes(1440));
        assert_eq!(" 7D ".parse::<Minutes>().unwrap(), Minutes(7 * 1440));
        assert_eq!("2W".parse::<Minutes>().unwrap(), Minutes(2 * 10080));
        assert_eq!("365d".parse::<Minutes>().unwrap(), Minutes(525_600));
        assert_eq!("525600min".parse::<Minutes>().unwrap(), Minutes(525_600));
    }

    #[test]
    fn minutes_refuses_a_bare_m_and_suggests_min() {
        for text in ["30m", "30M"] {
            let message = minutes_error(text).message;
            assert!(message.contains("30min"), "{message}");
            assert!(message.contains("months"), "{message}");
        }
    }

    #[test]
    fn minutes_refuses_malformed_zero_and_too_long() {
        for text in ["", "min", "30", "-5min", "30 min", "30mins", "1.5h", "half an hour", "30s"] {
            assert!(minutes_error(text).message.contains(LIFETIME_FORMS), "{text:?}");
        }
        for text in ["0min", "0h", "0d", "0w"] {
            assert!(minutes_error(text).message.contains("at least 1 minute"), "{text:?}");
        }
        for text in ["366d", "8761h", "53w", "525601min", "18446744073709551616w"] {
            assert!(minutes_error(text).message.contains("longer than 365 days"), "{text:?}");
        }
    }

    #[test]
    fn minutes_display_uses_the_largest_exact_unit() {
        assert_eq!(Minutes(30).to_string(), "30min");
        assert_eq!(Minutes(90).to_string(), "90min");
        assert_eq!(Minutes(60).to_string(), "1h");
        assert_eq!(Minutes(1440).to_string(), "1d");
        assert_eq!(Minutes(2880 + 60).to_string(), "49h");
        assert_eq!(Minutes(10080).to_string(), "1w");
        assert_eq!(Minutes(3 * 1440).to_string(), "3d");
        assert_eq!(Minutes(0).to_string(), "0min");
    }

    #[test]
    fn minutes_convert_to_chrono_and_seconds() {
        assert_eq!(Minutes(90).as_duration(), TimeDelta::minutes(90));
        assert_eq!(Minutes(90).as_seconds(), 5400);
        assert_eq!(Minutes(u32::MAX).as_seconds(), i64::from(u32::MAX) * 60);
    }

    #[test]
    fn timestamps_round_trip_in_the_database_format() {
        let t = at("2025-03-08 10:15:07");
        assert_eq!(format_timestamp(t), "2025-03-08 10:15:07");

        let with_nanos = t + TimeDelta::milliseconds(999);
        assert_eq!(format_timestamp(with_nanos), "2025-03-08 10:15:07");
    }

    #[test]
    fn parse_timestamp_refuses_other_shapes() {
        for text in [
            "",
            "garbage",
            "2025-03-08",
            "2025-03-08T10:15:07",
            "2025-03-08 10:15:07Z",
            "2025-3-8 10:15:07",
            " 2025-03-08 10:15:07",
            "2025-02-30 10:15:07",
            "2025-03-08 24:00:00",
        ] {
            let err = parse_timestamp(text).unwrap_err();
            assert_eq!(err.kind, Kind::InvalidInput, "{text:?}");
        }
    }

    fn any_valid_span() -> impl Strategy<Value = Span> {
        prop_oneof![
            (1..=3650u32).prop_map(Span::Days),
            (1..=521u32).prop_map(Span::Weeks),
            (1..=120u32).prop_map(Span::Months),
            (1..=10u32).prop_map(Span::Years),
        ]
    }

    proptest! {
        #[test]
        fn every_valid_span_round_trips(span in any_valid_span()) {
            let spec = AccessExpiry::After(span);
            prop_assert_eq!(spec.to_string().parse::<AccessExpiry>().unwrap(), spec);
        }

        #[test]
        fn every_valid_lifetime_round_trips(n in 1..=MAX_LIFETIME_MINUTES) {
            prop_assert_eq!(Minutes(n).to_string().parse::<Minutes>().unwrap(), Minutes(n));
        }

        #[test]
        fn every_date_round_trips(days in 0..=3_652_058i32) {
            let date = NaiveDate::from_num_days_from_ce_opt(days + 1).unwrap();
            let spec = AccessExpiry::On(date);
            prop_assert_eq!(spec.to_string().parse::<AccessExpiry>().unwrap(), spec);
        }

        #[test]
        fn timestamps_round_trip(secs in 0..=253_402_300_799i64) {
            let t = DateTime::from_timestamp(secs, 0).unwrap();
            prop_assert_eq!(parse_timestamp(&format_timestamp(t)).unwrap(), t);
        }

        #[test]
        fn parsers_never_panic(text in "\\PC{0,20}") {
            let _ = text.parse::<AccessExpiry>();
            let _ = text.parse::<Minutes>();
            let _ = parse_timestamp(&text);
        }
    }
}

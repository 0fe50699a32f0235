//! How moments appear in JSON: RFC 3339 in UTC (`2027-03-01T09:30:00Z`), which every language's
//! standard library parses without guessing the zone.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serializer;

pub fn rfc3339(moment: DateTime<Utc>) -> String {
    moment.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// For `#[serde(with = "...::required")]` on a `DateTime<Utc>` field.
pub mod required {
    use super::*;

    pub fn serialize<S: Serializer>(moment: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&rfc3339(*moment))
    }
}

/// For `#[serde(with = "...::optional")]` on an `Option<DateTime<Utc>>` field.
pub mod optional {
    use super::*;

    pub fn serialize<S: Serializer>(
        moment: &Option<DateTime<Utc>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match moment {
            Some(moment) => s.serialize_str(&rfc3339(*moment)),
            None => s.serialize_none(),
        }
    }
}

//! The rules of patient mobile access, free of the command line and of SQL.

pub mod duration;
pub mod password_rules;

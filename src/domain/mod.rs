//! The rules of patient mobile access, free of the command line and of SQL.
//!
//! Nothing here prints, parses arguments or runs a query: functions take the records the store
//! read and the moment from the clock seam, and return a decision or a typed error.

pub mod audit;
pub mod credentials;
pub mod duration;
pub mod model;
pub mod password_rules;
pub mod policy;
pub mod session;
pub mod text;
pub mod timestamp;
pub mod totp;
pub mod username;
pub mod view;

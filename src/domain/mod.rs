//! The rules of patient mobile access, free of the command line and of SQL.

pub mod credentials;

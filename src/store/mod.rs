//! The only module that holds SQL.

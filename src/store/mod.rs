//! The only module that holds SQL.

pub mod demo;

//! The integration tests: the real `acceso` binary against real SQLite files, each test in a
//! temporary directory of its own, with the clock fixed through ACCESO_TEST_NOW.

mod access;
mod batch;
mod common;
mod completions;
mod foundation;
mod isolation;
mod session;
mod two_factor;

//! The read side: typed queries over the built database, by subject.
//!
//! Every function takes a `&Connection` and returns plain structs defined
//! next to it; `Ok(None)` means "no such career". Callers use the names
//! re-exported here (`read::overview`, `read::Career`); the full-text
//! expressions those queries take are built by [`fts`].

mod career;
mod explore;
pub mod fts;
mod interests;
mod lists;
mod pages;
mod pay;
mod profile;
mod programs;
mod rows;
mod search;
mod sections;
mod sql;
pub mod tables;

pub use career::*;
pub use explore::*;
pub use interests::*;
pub use lists::*;
pub use pages::*;
pub use pay::*;
pub use profile::*;
pub use programs::*;
pub use rows::*;
pub use search::*;
pub use sections::*;

//! The read side: typed queries over the built database, by subject.
//!
//! Every function takes a `&Connection` and returns plain structs defined
//! next to it; `Ok(None)` means "no such career". Callers use the names
//! re-exported here (`read::overview`, `read::Career`).

mod career;
mod explore;
mod interests;
mod lists;
mod pages;
mod pay;
mod programs;
mod rows;
mod search;
mod sections;
mod sql;

pub use career::*;
pub use explore::*;
pub use interests::*;
pub use lists::*;
pub use pages::*;
pub use pay::*;
pub use programs::*;
pub use rows::*;
pub use search::*;
pub use sections::*;

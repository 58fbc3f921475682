//! The words the whole program speaks: interest areas, the ids of the
//! datasets figures cite, and the BLS footnotes behind a value that is not
//! published. The seed loaders produce them, the database stores them and
//! the web shows them; none of those layers owns them.

mod footnote;
mod interest;
pub mod sources;

pub use footnote::{Footnote, Notes};
pub use interest::Interest;

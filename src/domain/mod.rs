//! The words the whole program speaks: its languages, interest areas, kinds of O*NET
//! element, the ids of the datasets figures cite, the BLS footnotes behind
//! a value that is not published, and how our own text is cut into
//! sentences. The seed loaders produce them, the database stores them and
//! the web shows them; none of those layers owns them.

mod element;
mod footnote;
mod interest;
mod lang;
pub mod sources;
mod text;

pub use element::ElementKind;
pub use footnote::{Footnote, Notes};
pub use interest::Interest;
pub use lang::Lang;
pub use text::first_sentence;

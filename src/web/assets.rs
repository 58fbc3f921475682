//! The files of `static/`, embedded in the binary and fingerprinted at
//! build time (see build.rs). Templates link to [`url`]s that carry a hash
//! of the content, so browsers may keep them for a year: a changed file
//! gets a new address.

/// One static file.
#[derive(Debug)]
pub struct Asset {
    /// Path under /static/, e.g. `css/site.css`.
    pub path: &'static str,
    /// The same with a content hash, e.g. `css/site.3f2a9c1b7d4e.css`.
    pub hashed: &'static str,
    /// Media type for Content-Type.
    pub media_type: &'static str,
    /// The content.
    pub bytes: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// The fingerprinted address of the static file at `path` (under
/// /static/); the plain address if there is no such file, which the tests
/// catch as a broken link.
pub fn url(path: &str) -> String {
    match ASSETS.iter().find(|a| a.path == path) {
        Some(a) => format!("/static/{}", a.hashed),
        None => format!("/static/{path}"),
    }
}

/// The file at `name` (fingerprinted or plain) and whether the name was
/// the fingerprinted one.
pub fn find(name: &str) -> Option<(&'static Asset, bool)> {
    ASSETS.iter().find_map(|a| {
        if a.hashed == name {
            Some((a, true))
        } else if a.path == name {
            Some((a, false))
        } else {
            None
        }
    })
}

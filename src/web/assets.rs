//! The files of `static/`, served from disk by actix-files with
//! fingerprinted addresses.
//!
//! At start-up the folder is read once: every file (hidden files and
//! symbolic links left out) gets a name that carries a hash of its content
//! (`css/site.css` becomes `css/site.3f2a9c1b7d4e.css`). Pages link to the
//! fingerprinted name, which browsers may keep for a year since a changed
//! file gets a new name. Only the names found at start-up are served, so no
//! address can reach a file outside the folder or list a folder; change a
//! file and restart to give it its new name.
//!
//! Text files (CSS, scripts, SVG) are also compressed once, with gzip and
//! brotli, and kept in memory beside the file, as nginx's `gzip_static`
//! serves a `.gz` sibling: a client that accepts them gets those bytes,
//! and one that does not gets the file from disk.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use actix_web::web::Bytes;

use crate::web::cache;

/// Extensions of files worth compressing.
const TEXT: [&str; 6] = ["css", "js", "svg", "txt", "json", "xml"];

/// A file's compressed forms, made at start-up.
#[derive(Debug, Clone)]
pub struct Compressed {
    /// A hash of the file's content, for the ETag.
    pub hash: String,
    /// Gzip-compressed.
    pub gzip: Bytes,
    /// Brotli-compressed.
    pub br: Bytes,
}

/// Why the static folder could not be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read the static files at {path}: {source} (set --static-dir)")]
pub struct AssetsError {
    /// The file or folder that failed.
    pub path: PathBuf,
    /// What the file system said.
    pub source: std::io::Error,
}

/// One file of the folder.
#[derive(Debug, Clone)]
struct Asset {
    /// The path under `/static/` with a content hash before the extension.
    hashed: String,
    /// Where it is on disk.
    file: PathBuf,
    /// Its compressed forms, for a text file.
    compressed: Option<Compressed>,
}

/// The static files, by plain and by fingerprinted name.
#[derive(Debug)]
pub struct Assets {
    files: Vec<Asset>,
    /// Name (plain or fingerprinted) to index in `files`, and whether it is
    /// the fingerprinted one.
    by_name: HashMap<String, (usize, bool)>,
}

impl Assets {
    /// Reads `dir` and fingerprints every file in it.
    pub fn load(dir: &Path) -> Result<Self, AssetsError> {
        let mut found = Vec::new();
        walk(dir, dir, &mut found)?;
        found.sort();
        let mut files = Vec::with_capacity(found.len());
        let mut by_name = HashMap::with_capacity(found.len() * 2);
        for (path, file) in found {
            let bytes = std::fs::read(&file).map_err(|source| AssetsError {
                path: file.clone(),
                source,
            })?;
            let hash = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(&bytes));
            let hashed = match path.rsplit_once('.') {
                Some((stem, ext)) if !stem.is_empty() && !stem.ends_with('/') => {
                    format!("{stem}.{}.{ext}", &hash[..12])
                }
                _ => format!("{path}.{}", &hash[..12]),
            };
            let is_text = path
                .rsplit_once('.')
                .is_some_and(|(_, ext)| TEXT.contains(&ext));
            let compressed = is_text.then(|| Compressed {
                hash: hash.clone(),
                gzip: cache::gzip(&bytes),
                br: cache::brotli(&bytes),
            });
            by_name.insert(path.clone(), (files.len(), false));
            by_name.insert(hashed.clone(), (files.len(), true));
            files.push(Asset {
                hashed,
                file,
                compressed,
            });
        }
        Ok(Self { files, by_name })
    }

    /// The fingerprinted name of the file at `path` (under `static/`);
    /// the plain name if there is no such file, which the tests catch as a
    /// broken link. `urls::static_file` makes it an address.
    pub fn name<'a>(&'a self, path: &'a str) -> &'a str {
        match self.by_name.get(path) {
            Some((i, _)) => &self.files[*i].hashed,
            None => path,
        }
    }

    /// The file on disk for `name` (fingerprinted or plain) and whether the
    /// name was the fingerprinted one.
    pub fn find(&self, name: &str) -> Option<(&Path, bool)> {
        self.by_name
            .get(name)
            .map(|(i, fingerprinted)| (self.files[*i].file.as_path(), *fingerprinted))
    }

    /// The compressed forms of the file named `name`, if it is text.
    pub fn compressed(&self, name: &str) -> Option<&Compressed> {
        self.by_name
            .get(name)
            .and_then(|(i, _)| self.files[*i].compressed.as_ref())
    }

    /// Number of files.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when the folder has no files.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Collects (path under the root with `/`, file) for every regular file
/// below `dir`, leaving out hidden names and symbolic links.
fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) -> Result<(), AssetsError> {
    let fail = |path: &Path| {
        let path = path.to_path_buf();
        move |source| AssetsError { path, source }
    };
    for entry in std::fs::read_dir(dir).map_err(fail(dir))? {
        let entry = entry.map_err(fail(dir))?;
        let file = entry.path();
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let kind = entry.file_type().map_err(fail(&file))?;
        if kind.is_dir() {
            walk(root, &file, out)?;
        } else if kind.is_file() {
            let Ok(rel) = file.strip_prefix(root) else {
                continue;
            };
            let parts: Option<Vec<&str>> =
                rel.components().map(|c| c.as_os_str().to_str()).collect();
            if let Some(parts) = parts {
                out.push((parts.join("/"), file));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_get_fingerprinted_names_and_hidden_ones_are_left_out() {
        let dir = tempfile::TempDir::new().expect("a temporary folder");
        std::fs::create_dir_all(dir.path().join("css")).expect("a folder");
        std::fs::write(dir.path().join("css/site.css"), "body{}").expect("a file");
        std::fs::write(dir.path().join(".hidden"), "secret").expect("a file");
        std::fs::write(dir.path().join("LICENSE"), "text").expect("a file");
        let assets = Assets::load(dir.path()).expect("loads");
        assert_eq!(assets.len(), 2);
        let url = crate::web::urls::static_file(assets.name("css/site.css"));
        assert!(
            url.starts_with("/static/css/site.") && url.ends_with(".css"),
            "{url}"
        );
        let hashed = url.trim_start_matches("/static/");
        assert_eq!(assets.find(hashed).map(|(_, f)| f), Some(true));
        assert_eq!(assets.find("css/site.css").map(|(_, f)| f), Some(false));
        assert!(assets.find(".hidden").is_none());
        assert!(assets.name("LICENSE").starts_with("LICENSE."));
        assert!(Assets::load(&dir.path().join("missing")).is_err());
    }
}

//! What a database was built from: the seed's files and the code that
//! turned them into tables. Both go into the fingerprint stored in the
//! database, so a change to either rebuilds it on the next start.

use std::path::{Path, PathBuf};

use super::BuildError;

/// The source text of the build, of the seed loader and of the shared
/// vocabulary they use, by path under `src/`: any change to how the
/// database is made changes [`code_hash`].
const BUILD_CODE: &[(&str, &str)] = &[
    ("domain/element.rs", include_str!("../../domain/element.rs")),
    (
        "domain/footnote.rs",
        include_str!("../../domain/footnote.rs"),
    ),
    (
        "domain/interest.rs",
        include_str!("../../domain/interest.rs"),
    ),
    ("domain/lang.rs", include_str!("../../domain/lang.rs")),
    ("domain/mod.rs", include_str!("../../domain/mod.rs")),
    ("domain/sources.rs", include_str!("../../domain/sources.rs")),
    ("domain/text.rs", include_str!("../../domain/text.rs")),
    ("db/lang.rs", include_str!("../lang.rs")),
    ("db/build/catalogue.rs", include_str!("catalogue.rs")),
    ("db/build/derived.sql", include_str!("derived.sql")),
    ("db/build/error.rs", include_str!("error.rs")),
    ("db/build/fingerprint.rs", include_str!("fingerprint.rs")),
    ("db/build/mod.rs", include_str!("mod.rs")),
    ("db/build/profile.rs", include_str!("profile.rs")),
    ("db/build/schema.sql", include_str!("schema.sql")),
    ("db/build/scorecard.rs", include_str!("scorecard.rs")),
    (
        "db/build/search_index.sql",
        include_str!("search_index.sql"),
    ),
    ("db/build/spanish.rs", include_str!("spanish.rs")),
    ("seed/csv_rows.rs", include_str!("../../seed/csv_rows.rs")),
    (
        "seed/datasets/mod.rs",
        include_str!("../../seed/datasets/mod.rs"),
    ),
    (
        "seed/datasets/oews.rs",
        include_str!("../../seed/datasets/oews.rs"),
    ),
    (
        "seed/datasets/onet.rs",
        include_str!("../../seed/datasets/onet.rs"),
    ),
    (
        "seed/datasets/profile.rs",
        include_str!("../../seed/datasets/profile.rs"),
    ),
    (
        "seed/datasets/projections.rs",
        include_str!("../../seed/datasets/projections.rs"),
    ),
    (
        "seed/datasets/soc.rs",
        include_str!("../../seed/datasets/soc.rs"),
    ),
    (
        "seed/descriptions.rs",
        include_str!("../../seed/descriptions.rs"),
    ),
    ("seed/elements.rs", include_str!("../../seed/elements.rs")),
    ("seed/interests.rs", include_str!("../../seed/interests.rs")),
    ("seed/mod.rs", include_str!("../../seed/mod.rs")),
    ("seed/model.rs", include_str!("../../seed/model.rs")),
    ("seed/scorecard.rs", include_str!("../../seed/scorecard.rs")),
    (
        "seed/search_words.rs",
        include_str!("../../seed/search_words.rs"),
    ),
    ("seed/spanish.rs", include_str!("../../seed/spanish.rs")),
    ("seed/synthetic.rs", include_str!("../../seed/synthetic.rs")),
];

/// The fingerprint of a database built from `dir` by this program:
/// `{seed}.{code}`, the hash of every file under `dir` (see [`seed_hash`])
/// and [`code_hash`].
pub fn fingerprint(dir: &Path) -> Result<String, BuildError> {
    Ok(format!("{}.{}", seed_hash(dir)?, code_hash()))
}

/// A hash of the build and seed loader's source text.
fn code_hash() -> String {
    let mut hash = xxhash_rust::xxh3::Xxh3::new();
    for (name, text) in BUILD_CODE {
        hash.update(name.as_bytes());
        hash.update(&(text.len() as u64).to_le_bytes());
        hash.update(text.as_bytes());
    }
    format!("{:032x}", hash.digest128())
}

/// A hash of every file under `dir` (names and contents, in name order).
fn seed_hash(dir: &Path) -> Result<String, BuildError> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(&path, out)?;
            } else {
                out.push(path);
            }
        }
        Ok(())
    }
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| BuildError::Io {
            context: "cannot read",
            path,
            source,
        }
    };
    let mut files = Vec::new();
    walk(dir, &mut files).map_err(io(dir))?;
    files.sort();
    let mut hash = xxhash_rust::xxh3::Xxh3::new();
    for file in files {
        let bytes = std::fs::read(&file).map_err(io(&file))?;
        let name = file.strip_prefix(dir).unwrap_or(&file).to_string_lossy();
        hash.update(name.as_bytes());
        hash.update(&(bytes.len() as u64).to_le_bytes());
        hash.update(&bytes);
    }
    Ok(format!("{:032x}", hash.digest128()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The files under `src/{folder}`, as [`BUILD_CODE`] names them.
    fn files_in(folder: &str) -> Vec<String> {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(src.join(folder)).expect("source folder") {
            let entry = entry.expect("entry");
            let name = format!("{folder}/{}", entry.file_name().to_string_lossy());
            if entry.path().is_dir() {
                out.extend(files_in(&name));
            } else {
                out.push(name);
            }
        }
        out.sort();
        out
    }

    #[test]
    fn every_file_of_the_build_and_the_seed_loader_is_hashed() {
        let mut expected = files_in("domain");
        // The overlay the build also uses to write the Spanish indexes.
        expected.push("db/lang.rs".to_string());
        expected.extend(files_in("db/build"));
        expected.extend(files_in("seed"));
        let hashed: Vec<String> = BUILD_CODE.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(hashed, expected);
    }

    #[test]
    fn the_fingerprint_holds_the_seed_and_the_code() {
        let dir = tempfile::TempDir::new().expect("temporary folder");
        std::fs::write(dir.path().join("a.toml"), "x = 1").expect("write");
        let print = fingerprint(dir.path()).expect("fingerprint");
        let seed = seed_hash(dir.path()).expect("seed hash");
        assert_eq!(print, format!("{seed}.{}", code_hash()));
        assert_eq!(code_hash().len(), 32);
    }

    #[test]
    fn a_database_built_by_other_build_code_is_not_current() {
        let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("seed");
        let dir = tempfile::TempDir::new().expect("temporary folder");
        let target = dir.path().join("site.sqlite3");
        super::super::build_from_dir(&seed, &target).expect("the real seed builds");
        assert!(super::super::is_current(&seed, &target));
        let other_code = format!(
            "{}.{}",
            seed_hash(&seed).expect("seed hash"),
            "0".repeat(32)
        );
        let conn = rusqlite::Connection::open(&target).expect("open");
        conn.execute(
            "UPDATE meta SET value = ?1 WHERE key = 'seed_fingerprint'",
            [&other_code],
        )
        .expect("update");
        drop(conn);
        assert!(!super::super::is_current(&seed, &target));
    }
}

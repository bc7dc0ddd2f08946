//! The layering rules of docs/architecture.md, checked on the source: every
//! `crate::<module>` path in `src/` (imports and inline paths, comments
//! excluded) is an edge between two top-level modules, and
//!
//! * no module uses a module of a higher layer;
//! * nothing uses `daemon` or `cli`, except `cli` starting the daemon
//!   (`threshold run`);
//! * there is no cycle between top-level modules, even within one layer.
//!
//! A new top-level module must be given its layer in [`LAYERS`] (the test
//! fails until it is), so the table stays the one place that says who may
//! use whom.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every top-level module of `src/` and its layer (docs/architecture.md).
const LAYERS: &[(&str, u8)] = &[
    // 1: codecs, pure logic and plain helpers.
    ("audit", 1),
    ("conn_limit", 1),
    ("fsutil", 1),
    ("names", 1),
    ("onboarding", 1),
    ("pake", 1),
    ("refusal", 1),
    ("time", 1),
    // 2: the sans-IO commissioning core.
    ("commissioning", 2),
    // 3: persistence and trust.
    ("attestation", 3),
    ("store", 3),
    // 4: drivers (tasks, sockets, the radio, OpenThread).
    ("api", 4),
    ("coap", 4),
    ("core_driver", 4),
    ("device", 4),
    ("matter", 4),
    ("mdns", 4),
    ("otbr_rest", 4),
    ("metrics", 4),
    ("pairing", 4),
    ("radio", 4),
    ("systemd", 4),
    ("thread", 4),
    // 5: composition.
    ("cli", 5),
    ("config", 5),
    ("daemon", 5),
];

/// Edges allowed although they point at `daemon`: `threshold run`.
const ALLOWED_TO_DAEMON: &[&str] = &["cli"];

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to (`None` for lib.rs / main.rs).
fn top_module(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).expect("under src");
    let first = rel.components().next()?.as_os_str().to_str()?.to_owned();
    let name = first.strip_suffix(".rs").unwrap_or(&first).to_owned();
    (name != "lib" && name != "main").then_some(name)
}

/// The modules named by `crate::...` paths in one line of code (comments
/// removed): `crate::a::x`, and each item of `crate::{a::x, b}`.
fn crate_paths(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        // `crate::` inside an identifier (`my_crate::`) is not ours.
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                found.push(ident(item.trim()));
            }
        } else {
            found.push(ident(rest));
        }
    }
    found.retain(|m| !m.is_empty());
    found
}

fn ident(s: &str) -> String {
    s.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// Strips `//` comments (doc comments included); good enough for this
/// code base, which has no `//` inside string literals on import lines.
fn code_of(line: &str) -> &str {
    match line.find("//") {
        Some(i) => &line[..i],
        None => line,
    }
}

type Edges = BTreeMap<(String, String), Vec<String>>;

fn edges() -> Edges {
    let src = src_dir();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut edges = Edges::new();
    for file in files {
        let Some(from) = top_module(&src, &file) else {
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("read source");
        for (n, line) in text.lines().enumerate() {
            for to in crate_paths(code_of(line)) {
                if to != from {
                    let place = format!(
                        "{}:{}",
                        file.strip_prefix(&src).expect("under src").display(),
                        n + 1
                    );
                    edges.entry((from.clone(), to)).or_default().push(place);
                }
            }
        }
    }
    edges
}

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

#[test]
fn every_top_level_module_has_a_layer() {
    let src = src_dir();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().filter_map(|f| top_module(&src, f)).collect();
    let missing: Vec<_> = modules.iter().filter(|m| layer(m).is_none()).collect();
    assert!(
        missing.is_empty(),
        "give these modules a layer in tests/layers.rs and docs/architecture.md: {missing:?}"
    );
    let stale: Vec<_> = LAYERS
        .iter()
        .filter(|(m, _)| !modules.contains(*m))
        .collect();
    assert!(stale.is_empty(), "no such module in src/: {stale:?}");
}

#[test]
fn no_module_uses_a_higher_layer_or_the_daemon() {
    let mut bad = Vec::new();
    for ((from, to), places) in edges() {
        let (Some(lf), Some(lt)) = (layer(&from), layer(&to)) else {
            continue; // reported by every_top_level_module_has_a_layer
        };
        let to_composition = to == "daemon" || to == "cli";
        let allowed_composition = to == "daemon" && ALLOWED_TO_DAEMON.contains(&from.as_str());
        if (to_composition && !allowed_composition) || lt > lf {
            bad.push(format!(
                "{from} (layer {lf}) uses {to} (layer {lt}) at {}",
                places.join(", ")
            ));
        }
    }
    assert!(bad.is_empty(), "layering broken:\n{}", bad.join("\n"));
}

#[test]
fn no_import_cycle_between_top_level_modules() {
    let edges = edges();
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (from, to) in edges.keys() {
        graph.entry(from).or_default().insert(to);
    }
    // A cycle exists iff some edge a -> b has a path b ->* a.
    let reaches = |start: &str, goal: &str| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start];
        while let Some(n) = stack.pop() {
            if n == goal {
                return true;
            }
            if seen.insert(n) {
                stack.extend(graph.get(n).into_iter().flatten().copied());
            }
        }
        false
    };
    let cycles: Vec<String> = edges
        .iter()
        .filter(|((from, to), _)| reaches(to, from))
        .map(|((from, to), places)| format!("{from} -> {to} at {}", places.join(", ")))
        .collect();
    assert!(
        cycles.is_empty(),
        "import cycles (each edge below lies on one):\n{}",
        cycles.join("\n")
    );
}

#[test]
fn the_path_scanner_finds_what_it_must() {
    assert_eq!(crate_paths("use crate::store::Store;"), ["store"]);
    assert_eq!(
        crate_paths("use crate::{audit::AuditEvent, time};"),
        ["audit", "time"]
    );
    assert_eq!(
        crate_paths("let x = crate::mdns::is_host_label(&h) && crate::time::now();"),
        ["mdns", "time"]
    );
    assert!(crate_paths("use my_crate::store;").is_empty());
    assert!(crate_paths(code_of("/// see [`crate::daemon`]")).is_empty());
}

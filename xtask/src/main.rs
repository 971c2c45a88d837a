//! `cargo xtask`: project tasks.
//!
//! - `cargo xtask import <metadata file>…`: vendor metadata to specs/.
//! - `cargo xtask gen [--check]`: every spec in specs/ to crates/; and the
//!   generator's fixtures: codegen/fixtures/metadata (made-up products) is
//!   imported to codegen/fixtures/specs and generated to codegen/fixtures/crates.
//! - `cargo xtask corpus <dir>`: every metadata file under `dir` imported,
//!   generated into target/corpus and checked, with a table of what passed
//!   (see corpus.rs).
//! - `cargo xtask package`: every publishable crate's metadata, files and
//!   dependencies' MSRV checked, then packaged (see publish.rs).
//! - `cargo xtask bench [--quick|--decode|--calls|--burst]`: the per-call cost
//!   benchmark (crates/bench, release build): yun against hand-written
//!   reqwest over loopback, and decoding alone.

mod corpus;
mod publish;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use yun_codegen::model::Spec;
use yun_codegen::naming::crate_dirs;
use yun_codegen::read::read_metadata;
use yun_codegen::render::{render_crate, Layout};

const USAGE: &str = "usage: cargo xtask import <metadata file>…\n       cargo xtask gen [--check]\n       cargo xtask corpus <dir of metadata> [--sample N --seed S] [--no-tests]\n       cargo xtask bench [--quick|--decode|--calls|--burst]\n       cargo xtask package\n       cargo xtask <command> --help";

/// What each command does, for `cargo xtask <command> --help`.
const HELP: [(&str, &str); 5] = [
    (
        "import",
        "cargo xtask import <metadata file>…\n\n\
         Reads vendor metadata from any path and writes the project's spec, facts only, to\n\
         specs/<vendor>/<product>-<version>.json, printing every rule that merged, renamed or\n\
         dropped something. Then run `cargo xtask gen`.\n\n\
         Alibaba Cloud: one product version's `api-docs.json` (the OpenAPI portal's metadata;\n\
         acs-sdk-php keeps them as data/<product>/<version>/api-docs.json).\n\
         Tencent Cloud: one service version's `api.json` (tccli on PyPI keeps them as\n\
         tccli/services/<service>/<version>/api.json, with `examples.json` beside it).\n\n\
         The generated crate's conformance test checks the vendor's example answers when it finds\n\
         the metadata in ../shared/specs-upstream/<vendor>/, or in $YUN_SPECS_UPSTREAM/<vendor>/,\n\
         under the name import prints (`source` in the spec); without it those checks are skipped.",
    ),
    (
        "gen",
        "cargo xtask gen [--check]\n\n\
         Generates every crate under crates/ from specs/, and the generator's fixtures\n\
         (codegen/fixtures). --check generates in memory and fails when a committed file differs.",
    ),
    (
        "corpus",
        "cargo xtask corpus <dir> [--sample N --seed S] [--no-tests]\n\n\
         Imports every api.json / *.api-docs.json under <dir>, generates each into target/corpus\n\
         (never crates/), runs `cargo check` over all of them and then every crate's own\n\
         conformance test (with the example answers of the file it came from), and prints a table\n\
         (also target/corpus/report.md). --sample N takes N files chosen by --seed S;\n\
         --no-tests stops after the check.",
    ),
    (
        "bench",
        "cargo xtask bench [--quick|--decode|--calls|--burst]\n\n\
         The per-call cost benchmark (crates/bench, release build) against hand-written reqwest\n\
         on loopback; --decode or --calls runs one table, --quick a short run.",
    ),
    (
        "package",
        "cargo xtask package\n\n\
         Checks what crates.io and docs.rs need of every publishable crate and that every\n\
         dependency accepts the minimum Rust version, then packages them.",
    ),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        let command = args.first().map(String::as_str).unwrap_or_default();
        match HELP.iter().find(|(name, _)| *name == command) {
            Some((_, text)) => println!("{text}"),
            None => println!("{USAGE}"),
        }
        return ExitCode::SUCCESS;
    }
    let result = match args.first().map(String::as_str) {
        Some("import") if args.len() > 1 => import(&args[1..]),
        Some("gen") if args.len() == 1 => generate(false),
        Some("gen") if args.len() == 2 && args[1] == "--check" => generate(true),
        Some("bench") => bench(&args[1..]),
        Some("corpus") if args.len() >= 2 => {
            corpus::Options::parse(&args[1..]).and_then(|o| corpus::run(&o))
        }
        Some("package") if args.len() == 1 => publish::run(),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Builds and runs the benchmark program in release mode.
fn bench(args: &[String]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = std::process::Command::new(cargo)
        .current_dir(root())
        .args([
            "run",
            "--quiet",
            "--release",
            "--package",
            "yun-bench",
            "--",
        ])
        .args(args)
        .status()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the benchmark failed ({status})"))
    }
}

/// The workspace root (xtask lives one level below it).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// A tree of specs and the crates generated from them.
struct Tree {
    /// Where the specs are.
    specs: PathBuf,
    /// Where the crates go.
    crates: PathBuf,
    /// Where the vendor metadata the specs came from is.
    metadata: PathBuf,
    /// Import every metadata file before generating (the fixtures).
    import_first: bool,
    /// Its crates are published (not the fixtures, made-up products).
    publish: bool,
}

fn trees() -> Vec<Tree> {
    let root = root();
    vec![
        Tree {
            specs: root.join("specs"),
            crates: root.join("crates"),
            metadata: root.join("../shared/specs-upstream"),
            import_first: false,
            publish: true,
        },
        Tree {
            specs: root.join("codegen/fixtures/specs"),
            crates: root.join("codegen/fixtures/crates"),
            metadata: root.join("codegen/fixtures/metadata"),
            import_first: true,
            publish: false,
        },
    ]
}

/// Reads one metadata file into a spec and its JSON text, printing the report.
fn read_spec(file: &Path) -> Result<(Spec, String), String> {
    let name = file.display().to_string();
    let text = std::fs::read_to_string(file).map_err(|e| format!("{name}: {e}"))?;
    let (spec, report) = read_metadata(&name, &text).map_err(|e| e.to_string())?;
    println!(
        "{name}: {} operations, {} shapes",
        spec.operations.len(),
        spec.shapes.len()
    );
    for line in &report.lines {
        println!("  {line}");
    }
    if report.lines.is_empty() {
        println!("  nothing merged or dropped");
    }
    let json = serde_json::to_string_pretty(&spec).map_err(|e| e.to_string())? + "\n";
    Ok((spec, json))
}

fn write(path: &Path, content: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, content).map_err(|e| format!("{}: {e}", path.display()))
}

fn import(files: &[String]) -> Result<(), String> {
    for file in files {
        let (mut spec, mut json) = read_spec(Path::new(file))?;
        let path = root().join("specs").join(spec.spec_path());
        // What the new spec changes in the crate's API, before it is replaced.
        if let Some(old) = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| serde_json::from_str::<Spec>(&text).ok())
        {
            // The crate keeps its version (raised by hand when its API breaks),
            // and members required since the committed spec stay out of `new`.
            spec.crate_version = old.crate_version.clone();
            let marked = yun_codegen::diff::keep_constructors(&old, &mut spec);
            if !marked.is_empty() {
                println!(
                    "  {} member(s) required since the committed spec: setters checked before any I/O, \
                     not new `new` arguments: {}",
                    marked.len(),
                    marked.join(", ")
                );
            }
            json = serde_json::to_string_pretty(&spec).map_err(|e| e.to_string())? + "\n";
            let changes = yun_codegen::diff::api_changes(&old, &spec);
            let breaking = changes
                .iter()
                .filter(|c| c.starts_with("breaking:"))
                .count();
            println!(
                "  API changes against the committed spec: {} ({breaking} breaking)",
                changes.len()
            );
            for change in &changes {
                println!("    {change}");
            }
            if breaking > 0 {
                println!(
                    "  the crate's API breaks: raise `crate_version` ({}) in {} before its next release",
                    spec.crate_version(),
                    path.display()
                );
            }
        }
        write(&path, &json)?;
        println!("  -> {}", path.display());
        if let Some(source) = &spec.source {
            println!(
                "  its conformance test checks the example answers when it finds this file as \
                 ../shared/specs-upstream/{vendor}/{source} or $YUN_SPECS_UPSTREAM/{vendor}/{source}",
                vendor = spec.vendor.as_str()
            );
        }
    }
    Ok(())
}

/// Files under `dir` with the extension `ext`, sorted.
fn files_with(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = existing_files(dir)
        .into_iter()
        .filter(|f| f.to_string_lossy().ends_with(ext))
        .collect();
    out.sort();
    out
}

/// `to` relative to the directory `from`, lexically (`..` where needed).
fn relative(from: &Path, to: &Path) -> String {
    let normal = |p: &Path| -> Vec<String> {
        let mut parts: Vec<String> = Vec::new();
        for c in p.components() {
            match c {
                std::path::Component::ParentDir => {
                    parts.pop();
                }
                std::path::Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
                _ => {}
            }
        }
        parts
    };
    let (from, to) = (normal(from), normal(to));
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut out: Vec<String> = vec!["..".into(); from.len() - common];
    out.extend(to[common..].iter().cloned());
    out.join("/")
}

/// Compares `content` with `path` (check) or writes it; records what differs.
fn sync(path: &Path, content: &str, check: bool, stale: &mut Vec<String>) -> Result<bool, String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(content) {
        return Ok(false);
    }
    if check {
        stale.push(path.display().to_string());
        return Ok(false);
    }
    write(path, content)?;
    Ok(true)
}

fn generate(check: bool) -> Result<(), String> {
    let started = Instant::now();
    let mut stale = Vec::new();
    for tree in trees() {
        if tree.import_first {
            let mut imported = std::collections::BTreeMap::new();
            for file in files_with(&tree.metadata, ".json") {
                if file.to_string_lossy().ends_with(".examples.json") {
                    continue;
                }
                let (mut spec, mut json) = read_spec(&file)?;
                // As `import` does: members required since the committed
                // spec are setters, not new constructor arguments.
                let committed = tree.specs.join(spec.spec_path());
                if let Some(old) = std::fs::read_to_string(&committed)
                    .ok()
                    .and_then(|text| serde_json::from_str::<Spec>(&text).ok())
                {
                    spec.crate_version = old.crate_version.clone();
                    yun_codegen::diff::keep_constructors(&old, &mut spec);
                    json = serde_json::to_string_pretty(&spec).map_err(|e| e.to_string())? + "\n";
                }
                if let Some(other) = imported.insert(spec.spec_path(), file.clone()) {
                    return Err(format!(
                        "{} and {} are the same product and version (specs/{})",
                        other.display(),
                        file.display(),
                        spec.spec_path()
                    ));
                }
                sync(&tree.specs.join(spec.spec_path()), &json, check, &mut stale)?;
            }
        }
        let mut specs = Vec::new();
        for file in files_with(&tree.specs, ".json") {
            let text =
                std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let spec: Spec =
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
            specs.push((file, spec));
        }
        let named: Vec<(String, &Spec)> = specs
            .iter()
            .map(|(file, spec)| (file.display().to_string(), spec))
            .collect();
        let dirs = crate_dirs(&named)?;
        for ((file, spec), crate_dir) in specs.iter().zip(dirs) {
            let dir = tree.crates.join(&crate_dir);
            let layout = Layout {
                spec: relative(&dir, file),
                metadata: spec
                    .source
                    .as_ref()
                    .map(|s| relative(&dir, &tree.metadata.join(spec.vendor.as_str()).join(s))),
                crate_dir,
                publish: tree.publish,
            };
            let files =
                render_crate(spec, &layout).map_err(|e| format!("{}: {e}", file.display()))?;
            let mut changed = 0;
            for (relative, content) in &files {
                changed += usize::from(sync(&dir.join(relative), content, check, &mut stale)?);
            }
            // Files a previous generation left that this one no longer makes.
            for sub in ["src", "tests", "examples"] {
                for path in existing_files(&dir.join(sub)) {
                    let relative = path
                        .strip_prefix(&dir)
                        .map(Path::to_path_buf)
                        .unwrap_or_default();
                    if files.iter().any(|(r, _)| Path::new(r) == relative) {
                        continue;
                    }
                    if check {
                        stale.push(format!("{} (no longer generated)", path.display()));
                    } else {
                        std::fs::remove_file(&path)
                            .map_err(|e| format!("{}: {e}", path.display()))?;
                        changed += 1;
                    }
                }
            }
            if !check {
                println!(
                    "{}: {} files, {changed} changed",
                    dir.display(),
                    files.len()
                );
            }
        }
    }
    if !stale.is_empty() {
        return Err(format!(
            "generated files differ from what the specs and fixtures give in {} places (run `cargo xtask gen`):\n  {}",
            stale.len(),
            stale.join("\n  ")
        ));
    }
    println!("generated in {:.2?}", started.elapsed());
    Ok(())
}

fn existing_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(existing_files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

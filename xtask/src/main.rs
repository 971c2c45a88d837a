//! `cargo xtask`: project tasks.
//!
//! - `cargo xtask import <metadata file>…`: vendor metadata to specs/.
//! - `cargo xtask gen [--check]`: every spec in specs/ to crates/.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use yun_codegen::model::Spec;
use yun_codegen::read::read_metadata;
use yun_codegen::render::render_crate;

const USAGE: &str = "usage: cargo xtask import <metadata file>…\n       cargo xtask gen [--check]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("import") if args.len() > 1 => import(&args[1..]),
        Some("gen") if args.len() == 1 => generate(false),
        Some("gen") if args.len() == 2 && args[1] == "--check" => generate(true),
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

/// The workspace root (xtask lives one level below it).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn import(files: &[String]) -> Result<(), String> {
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let (spec, report) = read_metadata(file, &text).map_err(|e| e.to_string())?;
        let path = root().join("specs").join(spec.spec_path());
        let json = serde_json::to_string_pretty(&spec).map_err(|e| e.to_string())? + "\n";
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
        println!(
            "{file} -> {} ({} operations, {} shapes)",
            path.display(),
            spec.operations.len(),
            spec.shapes.len()
        );
        for line in &report.lines {
            println!("  {line}");
        }
        if report.lines.is_empty() {
            println!("  nothing merged or dropped");
        }
    }
    Ok(())
}

/// Every spec file under specs/, sorted.
fn spec_files() -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let specs = root().join("specs");
    let vendors = std::fs::read_dir(&specs).map_err(|e| format!("{}: {e}", specs.display()))?;
    for vendor in vendors {
        let vendor = vendor.map_err(|e| e.to_string())?.path();
        if !vendor.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&vendor).map_err(|e| format!("{}: {e}", vendor.display()))? {
            let file = file.map_err(|e| e.to_string())?.path();
            if file.extension().is_some_and(|e| e == "json") {
                out.push(file);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn generate(check: bool) -> Result<(), String> {
    let started = Instant::now();
    let mut stale = Vec::new();
    for file in spec_files()? {
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let spec: Spec =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        let dir = root().join("crates").join(spec.crate_dir());
        let files = render_crate(&spec).map_err(|e| format!("{}: {e}", file.display()))?;
        let mut written = 0;
        for (relative, content) in &files {
            let path = dir.join(relative);
            let current = std::fs::read_to_string(&path).ok();
            if current.as_deref() == Some(content.as_str()) {
                continue;
            }
            if check {
                stale.push(path.display().to_string());
                continue;
            }
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| format!("{}: {e}", parent.display()))?;
            }
            std::fs::write(&path, content).map_err(|e| format!("{}: {e}", path.display()))?;
            written += 1;
        }
        // Files a previous generation left that this one no longer makes.
        for path in existing_files(&dir.join("src"))
            .into_iter()
            .chain(existing_files(&dir.join("tests")))
        {
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
                std::fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                written += 1;
            }
        }
        if !check {
            println!(
                "{}: {} files, {written} changed",
                dir.display(),
                files.len()
            );
        }
    }
    if !stale.is_empty() {
        return Err(format!(
            "generated code differs from specs/ in {} files (run `cargo xtask gen`):\n  {}",
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

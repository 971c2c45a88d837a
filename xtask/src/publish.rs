//! `cargo xtask package`: every publishable crate as crates.io would take
//! it. Checks each one's metadata (description, license files, README,
//! keywords, categories, documentation), that its package holds no test
//! that reads outside it, that every dependency it pulls in declares a
//! minimum Rust no newer than ours (this machine has one toolchain, so the
//! declared MSRV is checked this way and by clippy's `incompatible_msrv`
//! on our own code), then packages them all in dependency order
//! (`cargo package --no-verify --package …`) and prints each size.

use crate::root;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

pub(crate) fn run() -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let metadata = cargo_json(&cargo, &["metadata", "--format-version", "1", "--locked"])?;
    let packages = metadata["packages"].as_array().cloned().unwrap_or_default();
    let members: BTreeSet<&str> = metadata["workspace_members"]
        .as_array()
        .map(|m| m.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let by_id: BTreeMap<&str, &Value> = packages
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?, p)))
        .collect();
    let publishable: Vec<&Value> = packages
        .iter()
        .filter(|p| p["id"].as_str().is_some_and(|id| members.contains(id)))
        .filter(|p| p["publish"] != Value::Array(Vec::new()))
        .collect();
    let mut problems = Vec::new();
    let mut msrv = None;
    for package in &publishable {
        let name = package["name"].as_str().unwrap_or("?");
        for field in [
            "description",
            "license",
            "readme",
            "documentation",
            "repository",
            "rust_version",
        ] {
            if package[field].as_str().is_none_or(str::is_empty) {
                problems.push(format!("{name}: no `{field}`"));
            }
        }
        for field in ["keywords", "categories"] {
            if package[field].as_array().is_none_or(Vec::is_empty) {
                problems.push(format!("{name}: no `{field}`"));
            }
        }
        msrv = msrv.or_else(|| package["rust_version"].as_str().map(str::to_owned));
        let list = cargo_lines(
            &cargo,
            &["package", "--list", "--allow-dirty", "--package", name],
        )?;
        for file in ["LICENSE-MIT", "LICENSE-APACHE", "README.md"] {
            if !list.iter().any(|f| f == file) {
                problems.push(format!("{name}: the package lacks {file}"));
            }
        }
        // A generated crate's conformance test reads the repository's specs.
        if list.iter().any(|f| f == "tests/operations.rs") {
            problems.push(format!(
                "{name}: tests/operations.rs, which reads outside the package, is packaged"
            ));
        }
    }
    let msrv = msrv.ok_or("no publishable crate declares rust-version")?;
    // Every package any publishable crate depends on, at any depth.
    let resolve = &metadata["resolve"]["nodes"];
    let nodes: BTreeMap<&str, Vec<&str>> = resolve
        .as_array()
        .map(|nodes| {
            nodes
                .iter()
                .filter_map(|n| {
                    let deps = n["deps"]
                        .as_array()?
                        .iter()
                        .filter(|d| {
                            // Normal and build dependencies reach users; dev ones do not.
                            d["dep_kinds"].as_array().is_some_and(|kinds| {
                                kinds.iter().any(|k| k["kind"].as_str() != Some("dev"))
                            })
                        })
                        .filter_map(|d| d["pkg"].as_str())
                        .collect();
                    Some((n["id"].as_str()?, deps))
                })
                .collect()
        })
        .unwrap_or_default();
    let mut seen = BTreeSet::new();
    let mut todo: Vec<&str> = publishable
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    while let Some(id) = todo.pop() {
        if seen.insert(id) {
            todo.extend(nodes.get(id).into_iter().flatten());
        }
    }
    let mut newer = Vec::new();
    for id in &seen {
        let Some(package) = by_id.get(id) else {
            continue;
        };
        if let Some(theirs) = package["rust_version"].as_str() {
            if version_key(theirs) > version_key(&msrv) {
                newer.push(format!(
                    "{} {} needs Rust {theirs}",
                    package["name"], package["version"]
                ));
            }
        }
    }
    if !newer.is_empty() {
        problems.push(format!(
            "dependencies that need a newer Rust than the declared {msrv}: {}",
            newer.join(", ")
        ));
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    println!(
        "{} publishable crates; {} packages they depend on all accept Rust {msrv}",
        publishable.len(),
        seen.len() - publishable.len()
    );
    let mut args = vec!["package", "--no-verify", "--allow-dirty", "--quiet"];
    for package in &publishable {
        args.extend(["--package", package["name"].as_str().unwrap_or("?")]);
    }
    let status = Command::new(&cargo)
        .current_dir(root())
        .args(&args)
        .status()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    if !status.success() {
        return Err(format!("cargo package failed ({status})"));
    }
    println!("| crate | package size |\n|---|---|");
    for package in &publishable {
        let (name, version) = (
            package["name"].as_str().unwrap_or("?"),
            package["version"].as_str().unwrap_or("?"),
        );
        let file = root().join(format!("target/package/{name}-{version}.crate"));
        let size = std::fs::metadata(&file)
            .map_err(|e| format!("{}: {e}", file.display()))?
            .len();
        println!("| {name} | {:.1} KiB |", size as f64 / 1024.0);
    }
    Ok(())
}

/// `1.85` or `1.85.0` as numbers, for comparing.
fn version_key(v: &str) -> Vec<u64> {
    let mut key: Vec<u64> = v.split('.').map(|p| p.parse().unwrap_or(0)).collect();
    key.resize(3, 0);
    key
}

fn cargo_json(cargo: &str, args: &[&str]) -> Result<Value, String> {
    let out = cargo_output(cargo, args)?;
    serde_json::from_slice(&out).map_err(|e| format!("cargo {}: {e}", args.join(" ")))
}

fn cargo_lines(cargo: &str, args: &[&str]) -> Result<Vec<String>, String> {
    let out = cargo_output(cargo, args)?;
    Ok(String::from_utf8_lossy(&out)
        .lines()
        .map(str::to_owned)
        .collect())
}

/// What `cargo <args>` printed, or what it said when it failed.
fn cargo_output(cargo: &str, args: &[&str]) -> Result<Vec<u8>, String> {
    let out = Command::new(cargo)
        .current_dir(root())
        .args(args)
        .output()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(out.stdout)
}

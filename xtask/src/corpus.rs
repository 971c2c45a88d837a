//! `cargo xtask corpus <dir>`: the generator tried on a whole catalogue.
//!
//! Imports every metadata file under `dir` (Alibaba Cloud `*.api-docs.json`,
//! Tencent Cloud `api.json`, at any depth), generates each into a scratch
//! workspace (`target/corpus`, never `crates/`, built in its own
//! `target/corpus/target` so other builds are not kept waiting), runs one `cargo check` over
//! all of them, then builds and runs every crate's own conformance test
//! (`tests/operations.rs`, reading the example answers from the metadata
//! file the crate came from), and prints a table: product, version,
//! operations, and whether it imported, generated, checked and passed its
//! tests, with the reason when not. The table is also written to
//! `target/corpus/report.md`.
//!
//! `--sample N --seed S` takes N of the files, chosen by the seed, for a
//! quick run; `--no-tests` stops after the check.

use crate::{files_with, relative, root, write};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;
use yun_codegen::model::Spec;
use yun_codegen::naming::crate_dirs;
use yun_codegen::read::read_metadata;
use yun_codegen::render::{render_crate, Layout};

/// One metadata file's way through the corpus run.
struct Row {
    file: String,
    product: String,
    version: String,
    operations: usize,
    crate_dir: Option<String>,
    /// Why it stopped, and at which step.
    failed: Option<(Step, String)>,
    /// What its passing test reported of the vendor's examples.
    notes: String,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    Import,
    Generate,
    Check,
    Test,
}

/// What `cargo xtask corpus` was asked.
pub(crate) struct Options {
    /// The directory of metadata files.
    pub dir: PathBuf,
    /// Only this many files, chosen by `seed`.
    pub sample: Option<(usize, u64)>,
    /// Run the crates' own tests after the check.
    pub tests: bool,
}

impl Options {
    /// `<dir> [--sample N --seed S] [--no-tests]`.
    pub(crate) fn parse(args: &[String]) -> Result<Options, String> {
        let mut dir = None;
        let (mut sample, mut seed, mut tests) = (None, 1u64, true);
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut number = |what: &str| -> Result<u64, String> {
                args.next()
                    .and_then(|n| n.parse().ok())
                    .ok_or_else(|| format!("{what} takes a whole number"))
            };
            match arg.as_str() {
                "--sample" => sample = Some(number("--sample")? as usize),
                "--seed" => seed = number("--seed")?,
                "--no-tests" => tests = false,
                other if other.starts_with('-') => return Err(format!("unknown option {other}")),
                other if dir.is_none() => dir = Some(PathBuf::from(other)),
                other => return Err(format!("one directory only ({other})")),
            }
        }
        Ok(Options {
            dir: dir.ok_or("a directory of metadata files")?,
            sample: sample.map(|n| (n, seed)),
            tests,
        })
    }
}

/// `n` of `files`, picked with a fixed-seed shuffle (xorshift), in name order.
fn sample(mut files: Vec<PathBuf>, n: usize, seed: u64) -> Vec<PathBuf> {
    let mut state = seed.max(1);
    for i in (1..files.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        files.swap(i, (state % (i as u64 + 1)) as usize);
    }
    files.truncate(n);
    files.sort();
    files
}

pub(crate) fn run(options: &Options) -> Result<(), String> {
    let dir = options.dir.as_path();
    let scratch = root().join("target/corpus");
    let mut rows = Vec::new();
    let mut specs = Vec::new();

    let started = Instant::now();
    let files: Vec<PathBuf> = files_with(dir, ".json")
        .into_iter()
        .filter(|f| {
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            name == "api.json" || name.ends_with(".api-docs.json")
        })
        .collect();
    if files.is_empty() {
        return Err(format!(
            "{}: no api.json or *.api-docs.json files",
            dir.display()
        ));
    }
    let files = match options.sample {
        Some((n, seed)) => sample(files, n, seed),
        None => files,
    };
    let mut sources = Vec::new();
    for file in &files {
        let name = relative(dir, file);
        let mut row = Row {
            file: name.clone(),
            product: String::new(),
            version: String::new(),
            operations: 0,
            crate_dir: None,
            failed: None,
            notes: String::new(),
        };
        let read = std::fs::read_to_string(file)
            .map_err(|e| e.to_string())
            .and_then(|text| read_metadata(&name, &text).map_err(|e| e.to_string()));
        match read {
            Ok((spec, _)) => {
                row.product = spec.product.clone();
                row.version = spec.version.clone();
                row.operations = spec.operations.len();
                specs.push((rows.len(), spec));
                sources.push(std::fs::canonicalize(file).unwrap_or_else(|_| file.clone()));
            }
            Err(e) => row.failed = Some((Step::Import, e)),
        }
        rows.push(row);
    }
    let import_time = started.elapsed();
    println!(
        "imported {} of {} files in {import_time:.1?}",
        specs.len(),
        files.len()
    );

    // Crate names for everything that imported; the run stops if two
    // specs would share a crate, as `cargo xtask gen` does.
    let named: Vec<(String, &Spec)> = specs
        .iter()
        .map(|(i, spec)| (rows[*i].file.clone(), spec))
        .collect();
    let dirs = crate_dirs(&named)?;

    let _ = std::fs::remove_dir_all(scratch.join("crates"));
    let _ = std::fs::remove_dir_all(scratch.join("specs"));
    write_workspace(&scratch)?;
    let started = Instant::now();
    let mut lines = 0usize;
    for (((i, spec), crate_dir), source) in specs.iter().zip(dirs).zip(&sources) {
        let row = &mut rows[*i];
        let spec_file = scratch.join("specs").join(spec.spec_path());
        let crate_path = scratch.join("crates").join(&crate_dir);
        let json = serde_json::to_string_pretty(spec).map_err(|e| e.to_string())?;
        write(&spec_file, &json)?;
        // The conformance test reads the example answers from the very
        // file the crate came from (an absolute path: the scratch
        // workspace is this machine's).
        let layout = Layout {
            spec: relative(&crate_path, &spec_file),
            metadata: Some(source.display().to_string()),
            crate_dir: crate_dir.clone(),
            publish: false,
        };
        match render_crate(spec, &layout) {
            Ok(files) => {
                for (path, content) in &files {
                    lines += content.lines().count();
                    write(&crate_path.join(path), content)?;
                }
                row.crate_dir = Some(crate_dir);
            }
            Err(e) => row.failed = Some((Step::Generate, e.to_string())),
        }
    }
    let generate_time = started.elapsed();
    println!("generated {lines} lines in {generate_time:.1?}");

    let started = Instant::now();
    let failures = check(&scratch)?;
    let check_time = started.elapsed();
    for row in rows.iter_mut().filter(|r| r.failed.is_none()) {
        let package = format!("yun-{}", row.crate_dir.as_deref().unwrap_or_default());
        if let Some(reason) = failures.get(&package) {
            row.failed = Some((Step::Check, reason.clone()));
        }
    }

    let started = Instant::now();
    if options.tests {
        let outcomes = test(&scratch, failures.keys())?;
        for row in rows.iter_mut().filter(|r| r.failed.is_none()) {
            let package = format!("yun-{}", row.crate_dir.as_deref().unwrap_or_default());
            match outcomes.get(&package) {
                Some(Err(reason)) => row.failed = Some((Step::Test, reason.clone())),
                Some(Ok(notes)) => row.notes = notes.clone(),
                None => row.failed = Some((Step::Test, "no test ran".into())),
            }
        }
    }
    let test_time = options.tests.then(|| started.elapsed());

    let report = report(
        &rows,
        dir,
        lines,
        [import_time, generate_time, check_time],
        test_time,
    );
    write(&scratch.join("report.md"), &report)?;
    println!("{report}");
    println!("(also in {})", scratch.join("report.md").display());
    Ok(())
}

/// A workspace around the generated crates that uses this checkout's
/// yun-core, dependency versions and lints.
fn write_workspace(scratch: &Path) -> Result<(), String> {
    let root = root();
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| e.to_string())?;
    let mut out = String::from("# Written by `cargo xtask corpus`.\n");
    for line in manifest.lines() {
        if line.trim_start().starts_with("members") {
            out.push_str("members = [\"crates/*\"]\n");
        } else {
            let line = line.replace("path = \"", &format!("path = \"{}/", root.display()));
            out.push_str(&line);
            out.push('\n');
        }
    }
    write(&scratch.join("Cargo.toml"), &out)?;
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| e.to_string())?;
    write(&scratch.join("Cargo.lock"), &lock)
}

/// `cargo check` over the whole scratch workspace; the packages that did
/// not compile, each with its first error.
fn check(scratch: &Path) -> Result<BTreeMap<String, String>, String> {
    let (messages, stderr) = cargo_json(
        scratch,
        &[
            "check",
            "--workspace",
            "--keep-going",
            "--quiet",
            "--message-format=json",
        ],
    )?;
    let mut checked = std::collections::BTreeSet::new();
    let mut errors: BTreeMap<String, String> = BTreeMap::new();
    for (package, message) in messages {
        match message["reason"].as_str() {
            Some("compiler-artifact") => {
                checked.insert(package);
            }
            Some("compiler-message") if message["message"]["level"] == "error" => {
                let text = message["message"]["message"].as_str().unwrap_or("error");
                errors.entry(package).or_insert_with(|| text.to_owned());
            }
            _ => {}
        }
    }
    // A package with neither an artifact nor an error did not get as far
    // as compiling (a manifest problem, or a dependency that failed).
    let manifests = std::fs::read_dir(scratch.join("crates")).map_err(|e| e.to_string())?;
    for entry in manifests.flatten() {
        let package = format!("yun-{}", entry.file_name().to_string_lossy());
        if !checked.contains(&package) && !errors.contains_key(&package) {
            let first = stderr
                .lines()
                .find(|l| l.starts_with("error"))
                .unwrap_or("not checked");
            errors.insert(package, first.to_owned());
        }
    }
    Ok(errors)
}

/// Builds every crate's conformance test (`cargo test --no-run`), but those
/// of the packages that failed their check (one compile error would stop the
/// whole build), then runs each, two at a time: per package, `Ok(notes)`
/// (what the harness said of the vendor's examples) or `Err(the first problem)`.
fn test<'a>(
    scratch: &Path,
    failed: impl Iterator<Item = &'a String>,
) -> Result<BTreeMap<String, Result<String, String>>, String> {
    let mut args: Vec<&str> = vec![
        "test",
        "--workspace",
        "--no-run",
        "--no-fail-fast",
        "--quiet",
        "--message-format=json",
        "--test",
        "operations",
    ];
    for package in failed {
        args.extend(["--exclude", package.as_str()]);
    }
    let (messages, stderr) = cargo_json(scratch, &args)?;
    if messages.is_empty() {
        return Err(format!("cargo test --no-run: {stderr}"));
    }
    let mut outcomes = BTreeMap::new();
    let mut binaries = Vec::new();
    for (package, message) in messages {
        match message["reason"].as_str() {
            Some("compiler-artifact") => {
                if let Some(exe) = message["executable"].as_str() {
                    binaries.push((package, PathBuf::from(exe)));
                }
            }
            Some("compiler-message") if message["message"]["level"] == "error" => {
                let text = message["message"]["message"].as_str().unwrap_or("error");
                outcomes
                    .entry(package)
                    .or_insert_with(|| Err(format!("the test did not build: {text}")));
            }
            _ => {}
        }
    }
    let queue = std::sync::Mutex::new(binaries);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                let next = || queue.lock().ok().and_then(|mut q| q.pop());
                while let Some((package, exe)) = next() {
                    let outcome = run_test(&exe);
                    // Each binary is large; it has done its work.
                    let _ = std::fs::remove_file(&exe);
                    if let Ok(mut r) = results.lock() {
                        r.push((package, outcome));
                    }
                }
            });
        }
    });
    for (package, outcome) in results.into_inner().unwrap_or_default() {
        outcomes.insert(package, outcome);
    }
    Ok(outcomes)
}

/// Runs one conformance test binary (examples required: the metadata is
/// there); its notes, or its first problem.
fn run_test(exe: &Path) -> Result<String, String> {
    let output = std::process::Command::new(exe)
        // The harness's summary lines of a passing test are shown only so.
        .arg("--nocapture")
        .env("YUN_REQUIRE_EXAMPLES", "1")
        .env("RUST_BACKTRACE", "0")
        .output()
        .map_err(|e| format!("{}: {e}", exe.display()))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if output.status.success() {
        // The number before `marker` in the harness's summary lines.
        let count = |marker: &str| -> usize {
            stderr
                .lines()
                .filter_map(|l| l.strip_prefix("harness: "))
                .filter_map(|l| {
                    let (before, _) = l.split_once(marker)?;
                    before.rsplit(' ').next()?.parse::<usize>().ok()
                })
                .sum()
        };
        let misfits = count(" example values fit no reading");
        let errors = count(" documented error answers");
        let unenveloped = count(" examples given the Response envelope");
        let mut notes = Vec::new();
        if misfits > 0 {
            notes.push(format!("{misfits} example values contradict the schema"));
        }
        if errors > 0 {
            notes.push(format!("{errors} error examples"));
        }
        if unenveloped > 0 {
            notes.push(format!("{unenveloped} examples without envelope"));
        }
        return Ok(notes.join("; "));
    }
    // The first problem the harness listed, else the panic message (the
    // test harness prints a failing test's panic on stdout).
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stderr.lines().chain(stdout.lines()).collect();
    let problem = lines
        .iter()
        .position(|l| l.ends_with(" problems:"))
        .and_then(|i| Some(format!("{} {}", lines[i], lines.get(i + 1)?)))
        .or_else(|| {
            lines
                .iter()
                .position(|l| l.contains("panicked at"))
                .and_then(|i| lines.get(i + 1).map(|l| (*l).to_owned()))
        })
        .unwrap_or_else(|| format!("exit {}", output.status));
    Err(problem.chars().take(300).collect())
}

/// Runs cargo in the scratch workspace (its own target directory, without
/// debug info: hundreds of test binaries with it fill tens of gigabytes):
/// each JSON message with the package it is about, and cargo's stderr.
fn cargo_json(
    scratch: &Path,
    args: &[&str],
) -> Result<(Vec<(String, serde_json::Value)>, String), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = std::process::Command::new(cargo)
        .current_dir(scratch)
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .env("CARGO_PROFILE_TEST_DEBUG", "0")
        .args(args)
        .output()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    let messages = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .map(|m| {
            (
                package_name(m["package_id"].as_str().unwrap_or_default()),
                m,
            )
        })
        .collect();
    Ok((
        messages,
        String::from_utf8_lossy(&output.stderr).into_owned(),
    ))
}

/// `yun-tencent-cvm` from a package id
/// (`path+file:///…/crates/tencent-cvm#yun-tencent-cvm@0.1.0`).
fn package_name(id: &str) -> String {
    let name = id.rsplit('#').next().unwrap_or(id);
    name.split('@').next().unwrap_or(name).to_owned()
}

fn report(
    rows: &[Row],
    dir: &Path,
    lines: usize,
    times: [std::time::Duration; 3],
    test_time: Option<std::time::Duration>,
) -> String {
    let passed = |step: Step| {
        rows.iter()
            .filter(|r| r.failed.as_ref().is_none_or(|(s, _)| *s > step))
            .count()
    };
    let tests = match test_time {
        Some(t) => format!(
            ", {} passed their own tests; building and running those tests {t:.1?}",
            passed(Step::Test)
        ),
        None => ", tests not run".to_owned(),
    };
    let mut out = format!(
        "# Corpus run: {}\n\n{} metadata files: {} imported, {} generated ({lines} lines), {} checked{tests}.\n\
         Import {:.1?}, generation {:.1?}, `cargo check` of every crate {:.1?}.\n\n\
         | file | product | version | operations | crate | imported | generated | checked | tests | reason or notes |\n\
         |---|---|---|---|---|---|---|---|---|---|\n",
        dir.display(),
        rows.len(),
        passed(Step::Import),
        passed(Step::Generate),
        passed(Step::Check),
        times[0],
        times[1],
        times[2],
    );
    let mark = |row: &Row, step: Step| match &row.failed {
        Some((s, _)) if *s == step => "no",
        Some((s, _)) if *s < step => "-",
        _ if step == Step::Test && test_time.is_none() => "-",
        _ => "yes",
    };
    for row in rows {
        let reason = row
            .failed
            .as_ref()
            .map(|(_, r)| r.as_str())
            .unwrap_or(&row.notes)
            .replace('|', "\\|")
            .replace('\n', " ");
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            row.file,
            row.product,
            row.version,
            row.operations,
            row.crate_dir.as_deref().unwrap_or("-"),
            mark(row, Step::Import),
            mark(row, Step::Generate),
            mark(row, Step::Check),
            mark(row, Step::Test),
            reason
        ));
    }
    out
}

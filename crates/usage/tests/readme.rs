//! Every ```rust block of README.md appears, as written, in
//! `examples/readme.rs` (which `cargo test` compiles) or in
//! `tests/testing_example.rs` (which it runs): so the README's examples
//! compile. Lines are compared with their indentation removed.

fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn every_readme_example_is_in_the_compiled_example_program() {
    let readme = include_str!("../../../README.md");
    let program = [
        include_str!("../examples/readme.rs"),
        include_str!("testing_example.rs"),
    ]
    .join("\n");
    let program = lines(&program);
    let mut blocks = Vec::new();
    let mut current: Option<Vec<&str>> = None;
    for line in readme.lines() {
        match (&mut current, line.trim_start()) {
            (None, fence) if fence.starts_with("```rust") => current = Some(Vec::new()),
            (Some(_), "```") => blocks.extend(current.take()),
            (Some(block), line) => block.push(line),
            (None, _) => {}
        }
    }
    assert!(blocks.len() >= 10, "found {} blocks", blocks.len());
    for block in blocks {
        let want = lines(&block.join("\n")).join("\n");
        let found = program
            .windows(lines(&want).len())
            .any(|w| w.join("\n") == want);
        assert!(
            found,
            "README example missing from examples/readme.rs:\n{want}"
        );
    }
}

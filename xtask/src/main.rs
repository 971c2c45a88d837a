//! `cargo xtask`: project tasks.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("gen") => {}
        _ => {
            eprintln!("usage: cargo xtask gen [--check]");
            std::process::exit(2);
        }
    }
}

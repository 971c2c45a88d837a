//! What the large-body tests share: the process's peak memory, and a large
//! file of a known pattern.

// Shared by several test binaries, each using a part.
#![allow(dead_code)]

use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

/// The process's peak resident memory so far (Linux `VmHWM`), in KiB.
pub fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Writes `mib` MiB of a repeating pattern to `path`; its SHA-256 in hex.
pub fn write_pattern(path: &Path, mib: u64) -> String {
    let mut hasher = Sha256::new();
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let block: Vec<u8> = (0..1 << 20).map(|i: u32| (i % 253) as u8).collect();
    for _ in 0..mib {
        file.write_all(&block).unwrap();
        hasher.update(&block);
    }
    file.flush().unwrap();
    hex::encode(hasher.finalize())
}

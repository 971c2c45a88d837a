//! What a DescribeInstances call costs with yun, next to a hand-written
//! reqwest client doing the same exchange, over loopback.
//!
//! Run with `cargo xtask bench` (a release build of this program). It builds
//! response bodies of 1, 10 and 100 instances from the example instance in
//! each vendor's metadata, then prints two tables:
//!
//! - decoding alone: yun's typed decoder, `serde_json::Value`, and
//!   serde_json skipping the whole body (`IgnoredAny`, the parser's floor),
//!   on the compact body (as the services send it) and the indented one;
//! - whole calls, sequential over one kept-alive connection to a minimal
//!   HTTP/1.1 server on 127.0.0.1: reqwest reading the body unparsed,
//!   reqwest + `serde_json::Value`, and yun's typed call (ECS with ACS3,
//!   CVM with TC3). Wall time and the client thread's CPU time per call
//!   (the client runs on a current-thread runtime, so all its work is on
//!   that thread; the server runs on others), with the ratio to the
//!   unparsed baseline. On machines with two cores or more the client
//!   thread is pinned to the first and the server's threads to the last,
//!   so every contender meets the same placement.
//!
//! `--quick` runs each row briefly (a smoke run, not figures to quote);
//! `--decode` or `--calls` prints only that table. For `perf record`,
//! `--profile decode aliyun|tencent [1|10|100]` does nothing but typed
//! decodes of that vendor's body (10 instances by default) for ten seconds,
//! and `--profile call ...` nothing but typed calls answered with it.
//! `--burst` prints the connections a burst of 1,024 concurrent calls opens
//! and keeps (see `burst`).

mod bodies;
mod burst;
mod cpu;
mod server;

use bodies::Body;
use std::future::Future;
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use yun_core::{Config, Credential};

/// How long each row measures, and in how many samples (the median counts).
struct Plan {
    warmup: Duration,
    sample: Duration,
    samples: usize,
}

const FULL: Plan = Plan {
    warmup: Duration::from_millis(200),
    sample: Duration::from_millis(150),
    samples: 9,
};

const QUICK: Plan = Plan {
    warmup: Duration::from_millis(5),
    sample: Duration::from_millis(5),
    samples: 1,
};

/// Per-iteration cost: wall time and this thread's CPU time, in µs.
#[derive(Clone, Copy)]
struct Cost {
    wall_us: f64,
    cpu_us: Option<f64>,
}

/// Times `contenders` steps side by side: a warm-up of each, then
/// `samples` rounds in which each runs for one sample period in turn, so
/// drift in the machine's state touches all of them alike. Each one's
/// result is its median sample.
async fn measure<F, Fut>(plan: &Plan, contenders: usize, mut step: F) -> Vec<Cost>
where
    F: FnMut(usize) -> Fut,
    Fut: Future<Output = ()>,
{
    for which in 0..contenders {
        let started = Instant::now();
        while started.elapsed() < plan.warmup {
            step(which).await;
        }
    }
    let mut samples = vec![Vec::with_capacity(plan.samples); contenders];
    for _ in 0..plan.samples {
        for (which, costs) in samples.iter_mut().enumerate() {
            let (wall, cpu) = (Instant::now(), cpu::thread_time());
            let mut n = 0u32;
            while wall.elapsed() < plan.sample || n == 0 {
                step(which).await;
                n += 1;
            }
            let per = |d: Duration| d.as_secs_f64() * 1e6 / f64::from(n);
            costs.push(Cost {
                wall_us: per(wall.elapsed()),
                cpu_us: cpu.zip(cpu::thread_time()).map(|(a, b)| per(b - a)),
            });
        }
    }
    samples
        .into_iter()
        .map(|mut costs: Vec<Cost>| {
            costs.sort_by(|a, b| a.wall_us.total_cmp(&b.wall_us));
            costs[costs.len() / 2]
        })
        .collect()
}

fn main() -> std::process::ExitCode {
    cpu::pin_client();
    let quick = std::env::args().any(|a| a == "--quick");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let args: Vec<String> = std::env::args().collect();
    let only = |flag: &str| args.iter().any(|a| a == flag);
    if let Some(i) = args.iter().position(|a| a == "--profile") {
        let arg = |k: usize| args.get(i + k).map_or("", String::as_str);
        return match runtime.block_on(profile(arg(1), arg(2), arg(3))) {
            Ok(n) => {
                println!("{n} runs");
                std::process::ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("bench: {e}");
                std::process::ExitCode::FAILURE
            }
        };
    }
    if only("--burst") {
        let run = async {
            let vendors = vendors()?;
            burst::run(vendors[0].bodies[0].compact.clone()).await
        };
        return match runtime.block_on(run) {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("bench: {e}");
                std::process::ExitCode::FAILURE
            }
        };
    }
    let tables = Tables {
        decode: !only("--calls"),
        calls: !only("--decode"),
    };
    match runtime.block_on(run(if quick { &QUICK } else { &FULL }, tables)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// The bodies of one vendor at each size.
struct Vendor {
    name: &'static str,
    bodies: Vec<Body>,
}

const SIZES: [usize; 3] = [1, 10, 100];

fn vendors() -> Result<[Vendor; 2], String> {
    let upstream = bodies::upstream_dir();
    let aliyun = bodies::aliyun_instance(&upstream)?;
    let tencent = bodies::tencent_instance(&upstream)?;
    Ok([
        Vendor {
            name: "aliyun ecs",
            bodies: SIZES
                .iter()
                .map(|&n| bodies::aliyun(&aliyun, n))
                .collect::<Result<_, _>>()?,
        },
        Vendor {
            name: "tencent cvm",
            bodies: SIZES
                .iter()
                .map(|&n| bodies::tencent(&tencent, n))
                .collect::<Result<_, _>>()?,
        },
    ])
}

/// Which tables to print.
struct Tables {
    decode: bool,
    calls: bool,
}

async fn run(plan: &Plan, tables: Tables) -> Result<(), String> {
    let vendors = vendors()?;
    if tables.decode {
        decode_table(plan, &vendors).await?;
    }
    if tables.calls {
        call_table(plan, &vendors).await?;
    }
    Ok(())
}

async fn decode_table(plan: &Plan, vendors: &[Vendor]) -> Result<(), String> {
    println!("## Decoding alone\n");
    println!("| body | instances | bytes | yun typed µs | yun typed MB/s | Value µs | Value MB/s | IgnoredAny MB/s | yun skip MB/s |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for vendor in vendors {
        for body in &vendor.bodies {
            for (layout, bytes) in [("compact", &body.compact), ("indented", &body.pretty)] {
                decode_row(plan, vendor.name, layout, body.instances, bytes).await?;
            }
        }
    }
    println!();
    order_table(plan, vendors).await?;
    Ok(())
}

/// What the learned member order is worth, and what a change of order
/// costs: the same compact body decoded again and again, against that body
/// and its reversed-order twin decoded in turns (each decode then meets an
/// order other than the one learned last, for the first instance at least).
async fn order_table(plan: &Plan, vendors: &[Vendor]) -> Result<(), String> {
    println!(
        "## Member order
"
    );
    println!("| body | instances | same order µs | order changing µs | ratio |");
    println!("|---|---|---|---|---|");
    for vendor in vendors {
        let typed = typed_decoder(vendor.name);
        for body in vendor.bodies.iter().filter(|b| b.instances <= 10) {
            for bytes in [&body.compact, &body.reversed] {
                let check = typed(bytes)?;
                if check != body.instances {
                    return Err(format!(
                        "{}: decoded {check} of {} instances",
                        vendor.name, body.instances
                    ));
                }
            }
            let (compact, reversed) = (&body.compact, &body.reversed);
            let costs = measure(plan, 2, |which| async move {
                let first = if which == 0 { compact } else { reversed };
                std::hint::black_box(typed(std::hint::black_box(first)).ok());
                std::hint::black_box(typed(std::hint::black_box(compact)).ok());
            })
            .await;
            // Two decodes per step.
            let (same, changing) = (costs[0].wall_us / 2.0, costs[1].wall_us / 2.0);
            println!(
                "| {} | {} | {same:.1} | {changing:.1} | {:.2} |",
                vendor.name,
                body.instances,
                changing / same
            );
        }
    }
    println!();
    Ok(())
}

async fn call_table(plan: &Plan, vendors: &[Vendor]) -> Result<(), String> {
    println!("## Whole calls over loopback (sequential, one connection)\n");
    println!("| body | instances | client | wall µs/call | client CPU µs/call | CPU / unparsed |");
    println!("|---|---|---|---|---|---|");
    for vendor in vendors {
        for body in &vendor.bodies {
            call_rows(plan, vendor.name, body).await?;
        }
    }
    Ok(())
}

/// Typed decodes of, or calls answered with, one body (10 instances
/// unless `size` says 1 or 100) for ten seconds.
async fn profile(what: &str, vendor: &str, size: &str) -> Result<u64, String> {
    let [aliyun, tencent] = vendors()?;
    let usage = "--profile decode|call aliyun|tencent [1|10|100] [--pretty]";
    let bodies = match vendor {
        "aliyun" => &aliyun.bodies,
        "tencent" => &tencent.bodies,
        _ => return Err(usage.into()),
    };
    let instances: usize = if size.is_empty() {
        10
    } else {
        size.parse().map_err(|_| usage)?
    };
    let body = bodies
        .iter()
        .find(|b| b.instances == instances)
        .ok_or(usage)?;
    // The indented body when asked for (`--pretty`), the compact one else.
    let bytes = if std::env::args().any(|a| a == "--pretty") {
        &body.pretty
    } else {
        &body.compact
    };
    let addr = server::start(bytes.clone()).map_err(|e| format!("server: {e}"))?;
    let (ecs, cvm) = clients(addr)?;
    let started = Instant::now();
    let mut n = 0;
    while started.elapsed() < Duration::from_secs(10) {
        let found = match (what, vendor) {
            ("decode", "aliyun") => aliyun_decode(bytes)?,
            ("decode", _) => tencent_decode(bytes)?,
            ("call", "aliyun") => aliyun_call(&ecs).await?,
            ("call", _) => tencent_call(&cvm).await?,
            _ => return Err(usage.into()),
        };
        std::hint::black_box(found);
        n += 1;
    }
    Ok(n)
}

fn mb_per_s(bytes: usize, cost: Cost) -> f64 {
    bytes as f64 / cost.wall_us
}

/// Decodes `bytes` once to check it fits, then times each decoder.
async fn decode_row(
    plan: &Plan,
    vendor: &str,
    layout: &str,
    instances: usize,
    bytes: &[u8],
) -> Result<(), String> {
    let typed = typed_decoder(vendor);
    let check = typed(bytes)?;
    if check != instances {
        return Err(format!(
            "{vendor}: decoded {check} of {instances} instances"
        ));
    }
    let costs = measure(plan, 4, |which| async move {
        let bytes = std::hint::black_box(bytes);
        match which {
            0 => drop(std::hint::black_box(typed(bytes).ok())),
            1 => drop(std::hint::black_box(
                serde_json::from_slice::<serde_json::Value>(bytes).ok(),
            )),
            2 => drop(std::hint::black_box(
                serde_json::from_slice::<serde::de::IgnoredAny>(bytes).ok(),
            )),
            _ => drop(std::hint::black_box(
                yun_core::json::from_slice::<Skipped>(bytes).ok(),
            )),
        }
    })
    .await;
    let (typed, value, skip, reader) = (costs[0], costs[1], costs[2], costs[3]);
    println!(
        "| {vendor} {layout} | {instances} | {} | {:.1} | {:.0} | {:.1} | {:.0} | {:.0} | {:.0} |",
        bytes.len(),
        typed.wall_us,
        mb_per_s(bytes.len(), typed),
        value.wall_us,
        mb_per_s(bytes.len(), value),
        mb_per_s(bytes.len(), skip),
        mb_per_s(bytes.len(), reader),
    );
    Ok(())
}

/// A body read by yun's reader and thrown away: the reader's own floor,
/// next to serde_json's `IgnoredAny`.
struct Skipped;

impl yun_core::json::Decode for Skipped {
    fn decode(r: &mut yun_core::json::Reader<'_>) -> Result<Self, yun_core::json::DecodeError> {
        r.skip().map(|()| Skipped)
    }
}

/// The typed decode of `vendor`'s body, returning the instances read.
fn typed_decoder(vendor: &str) -> fn(&[u8]) -> Result<usize, String> {
    if vendor.starts_with("aliyun") {
        aliyun_decode
    } else {
        tencent_decode
    }
}

fn aliyun_decode(bytes: &[u8]) -> Result<usize, String> {
    let response: yun_aliyun_ecs::operations::describe_instances::DescribeInstancesResponse =
        yun_core::response::decode_json(bytes).map_err(|e| e.to_string())?;
    Ok(response
        .instances
        .and_then(|i| i.instance)
        .map_or(0, |i| i.len()))
}

fn tencent_decode(bytes: &[u8]) -> Result<usize, String> {
    let response: yun_tencent_cvm::operations::describe_instances::DescribeInstancesResponse =
        yun_core::tencent::decode_response(bytes).map_err(|e| e.to_string())?;
    Ok(response.instance_set.map_or(0, |i| i.len()))
}

fn config(addr: SocketAddr) -> Result<Config, String> {
    Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::access_key("LTAI5tBenchKeyId", "bench-secret"))
        .endpoint_url(format!("http://{addr}"))
        .build()
        .map_err(|e| e.to_string())
}

/// yun's clients for both products, sending to `addr`.
fn clients(addr: SocketAddr) -> Result<(yun_aliyun_ecs::Client, yun_tencent_cvm::Client), String> {
    Ok((
        yun_aliyun_ecs::Client::new(config(addr)?),
        yun_tencent_cvm::Client::new(config(addr)?),
    ))
}

/// One typed ECS DescribeInstances call; the number of instances returned.
async fn aliyun_call(client: &yun_aliyun_ecs::Client) -> Result<usize, String> {
    use yun_aliyun_ecs::operations::describe_instances::DescribeInstancesRequest;
    let request = DescribeInstancesRequest::new("cn-hangzhou").page_size(100);
    let response = client
        .describe_instances(request)
        .await
        .map_err(|e| e.to_string())?;
    Ok(response
        .instances
        .and_then(|i| i.instance)
        .map_or(0, |i| i.len()))
}

/// One typed CVM DescribeInstances call; the number of instances returned.
async fn tencent_call(client: &yun_tencent_cvm::Client) -> Result<usize, String> {
    use yun_tencent_cvm::operations::describe_instances::DescribeInstancesRequest;
    let request = DescribeInstancesRequest::new().limit(100);
    let response = client
        .describe_instances(request)
        .await
        .map_err(|e| e.to_string())?;
    Ok(response.instance_set.map_or(0, |i| i.len()))
}

/// The three clients against one server answering with `body`.
async fn call_rows(plan: &Plan, vendor: &str, body: &Body) -> Result<(), String> {
    let addr = server::start(body.compact.clone()).map_err(|e| format!("server: {e}"))?;
    let url = format!("http://{addr}/?Action=DescribeInstances&RegionId=cn-hangzhou");
    let http = reqwest::Client::new();
    let fetch = || async {
        http.post(&url)
            .header("content-type", "application/json")
            .body("{}")
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| e.to_string())?
            .bytes()
            .await
            .map_err(|e| e.to_string())
    };
    let len = fetch().await?.len();
    if len != body.compact.len() {
        return Err(format!(
            "{vendor}: read {len} of {} bytes",
            body.compact.len()
        ));
    }
    let n = body.instances;
    let (ecs, cvm) = clients(addr)?;
    let aliyun = vendor.starts_with("aliyun");
    let got = if aliyun {
        aliyun_call(&ecs).await?
    } else {
        tencent_call(&cvm).await?
    };
    if got != n {
        return Err(format!("{vendor}: yun returned {got} of {n} instances"));
    }
    let costs = measure(plan, 3, |which| {
        let (fetch, ecs, cvm) = (&fetch, &ecs, &cvm);
        async move {
            match which {
                0 => drop(std::hint::black_box(fetch().await.ok())),
                1 => {
                    let bytes = fetch().await.unwrap_or_default();
                    let value = serde_json::from_slice::<serde_json::Value>(&bytes);
                    drop(std::hint::black_box(value.ok()));
                }
                _ if aliyun => drop(std::hint::black_box(aliyun_call(ecs).await.ok())),
                _ => drop(std::hint::black_box(tencent_call(cvm).await.ok())),
            }
        }
    })
    .await;
    let (unparsed, value, typed) = (costs[0], costs[1], costs[2]);
    let ratio = |c: Cost| match (c.cpu_us, unparsed.cpu_us) {
        (Some(a), Some(b)) => format!("{:.2}", a / b),
        _ => "n/a".into(),
    };
    let cpu = |c: Cost| c.cpu_us.map_or("n/a".into(), |v| format!("{v:.1}"));
    let name = if aliyun {
        "yun typed (ACS3)"
    } else {
        "yun typed (TC3)"
    };
    for (client, cost) in [
        ("reqwest, body unparsed", unparsed),
        ("reqwest + serde_json::Value", value),
        (name, typed),
    ] {
        println!(
            "| {vendor} | {n} | {client} | {:.1} | {} | {} |",
            cost.wall_us,
            cpu(cost),
            ratio(cost)
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// False (and says so) when the vendor metadata the bodies are built
    /// from is not beside the workspace, as in a plain clone; CI sets
    /// `YUN_REQUIRE_EXAMPLES`, which makes its absence a failure.
    fn have_metadata() -> bool {
        let dir = bodies::upstream_dir();
        let present = dir.join("aliyun/ecs-2014-05-26.api-docs.json").is_file()
            && dir.join("tencent/cvm-2017-03-12.examples.json").is_file();
        if !present {
            assert!(
                std::env::var_os("YUN_REQUIRE_EXAMPLES").is_none(),
                "YUN_REQUIRE_EXAMPLES is set but the vendor metadata is missing: {}",
                dir.display()
            );
            eprintln!(
                "skipped: the benchmark bodies are built from the vendor metadata in {}, which is not there",
                dir.display()
            );
        }
        present
    }

    /// The whole program, briefly: every body decodes to its instances and
    /// every client gets the whole body (each row checks this before timing).
    #[test]
    fn every_row_runs() {
        if !have_metadata() {
            return;
        }
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime");
        let tables = Tables {
            decode: true,
            calls: true,
        };
        runtime
            .block_on(run(&QUICK, tables))
            .expect("the benchmark runs");
    }

    /// The reversed twin of each body holds the same values, in another
    /// order (so the member-order rows compare like with like).
    #[test]
    fn reversed_bodies_hold_the_same_values() {
        if !have_metadata() {
            return;
        }
        for vendor in vendors().expect("the bodies build") {
            for body in &vendor.bodies {
                let value =
                    |bytes: &[u8]| serde_json::from_slice::<serde_json::Value>(bytes).unwrap();
                assert_eq!(value(&body.reversed), value(&body.compact));
                assert_ne!(body.reversed, body.compact);
                assert_eq!(body.reversed.len(), body.compact.len());
            }
        }
    }
}

//! `--burst`: what a burst of concurrent calls on one shared client costs
//! in connections. 1,024 ECS DescribeInstances calls start at once on one
//! client (HTTP/1.1: one connection per request in flight), then a second
//! burst follows; the server counts the connections opened and those the
//! client still holds open (its idle pool) after each burst settles, for
//! yun's default pool settings and two others.

use crate::server;
use std::net::SocketAddr;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use yun_aliyun_ecs::operations::describe_instances::DescribeInstancesRequest;
use yun_core::http::HttpOptions;
use yun_core::{Config, Credential};

const CALLS: usize = 1024;

/// Prints one row per pool setting.
pub async fn run(body: Vec<u8>) -> Result<(), String> {
    println!("| pool setting | burst 1: connections opened | held idle after | burst 2: opened | held idle after | burst 1 wall |");
    println!("|---|---|---|---|---|---|");
    let settings = [
        (
            "yun default (16 idle per host, 30 s)",
            HttpOptions::default(),
        ),
        (
            "unbounded idle (reqwest's default)",
            HttpOptions::default().pool_max_idle_per_host(usize::MAX),
        ),
        (
            "no idle kept",
            HttpOptions::default().pool_max_idle_per_host(0),
        ),
    ];
    for (name, http) in settings {
        // A server per row, so counts start at zero.
        let (addr, connections) =
            server::start_counted(body.clone()).map_err(|e| format!("server: {e}"))?;
        let client = yun_aliyun_ecs::Client::new(config(addr, http)?);
        let started = Instant::now();
        burst(&client).await?;
        let wall = started.elapsed();
        let first = connections.opened.load(Ordering::SeqCst);
        let idle_first = settled(&connections).await;
        burst(&client).await?;
        let second = connections.opened.load(Ordering::SeqCst) - first;
        let idle_second = settled(&connections).await;
        println!(
            "| {name} | {first} | {idle_first} | {second} | {idle_second} | {:.0} ms |",
            wall.as_secs_f64() * 1e3
        );
    }
    Ok(())
}

fn config(addr: SocketAddr, http: HttpOptions) -> Result<Config, String> {
    Config::builder()
        .region("cn-hangzhou")
        .credentials(Credential::access_key("LTAI5tBenchKeyId", "bench-secret"))
        .endpoint_url(format!("http://{addr}"))
        .http(http.env_proxy(false))
        .build()
        .map_err(|e| e.to_string())
}

/// `CALLS` calls at once on clones of one client; all must succeed.
async fn burst(client: &yun_aliyun_ecs::Client) -> Result<(), String> {
    let tasks: Vec<_> = (0..CALLS)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                client
                    .describe_instances(DescribeInstancesRequest::new("cn-hangzhou"))
                    .await
            })
        })
        .collect();
    for task in tasks {
        task.await
            .map_err(|e| e.to_string())?
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// The connections still open once closing ones have been seen by the
/// server (it polls until the count holds still for 200 ms).
async fn settled(connections: &server::Connections) -> usize {
    let mut last = connections.open.load(Ordering::SeqCst);
    loop {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let now = connections.open.load(Ordering::SeqCst);
        if now == last {
            return now;
        }
        last = now;
    }
}

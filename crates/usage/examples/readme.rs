//! Every Rust example of README.md, each inside a function that gives it
//! the names it uses; `tests/readme.rs` checks that each README block
//! appears here as written, so `cargo test` compiling this file compiles
//! the README. Not meant to be run: the calls would go to the clouds.

#![allow(dead_code, unused_variables, clippy::all)]

// Formatted as the README shows it.
#[rustfmt::skip]
mod readme {
    use yun_aliyun_ecs::DescribeInstancesRequest;
    use yun_core::{Config, Credential};

    pub type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

    async fn intro() -> Result {
        let client = yun_aliyun_ecs::Client::from_env().await?;
        let resp = client
            .describe_instances(DescribeInstancesRequest::new("cn-hangzhou").page_size(50))
            .await?;
        Ok(())
    }

    async fn raw_aliyun(key_id: &str, key_secret: &str) -> Result {
        use yun_core::aliyun::{AliyunClient, RpcRequest};
        use yun_core::{Config, Credential};

        let config = Config::builder()
            .region("cn-hangzhou")
            .credentials(Credential::access_key(key_id, key_secret))
            .build()?;
        let ecs = AliyunClient::for_product(config, "ecs");
        let mut req = RpcRequest::new("DescribeInstances", "2014-05-26");
        req.query.insert("RegionId", "cn-hangzhou");
        req.query.insert_json("InstanceIds", &["i-1", "i-2"])?;  // InstanceIds=["i-1","i-2"]: ECS reads JSON text here
        req.query.insert_flat("Tag", &serde_json::json!([{"Key": "team", "Value": "infra"}]))?;  // Tag.1.Key, Tag.1.Value
        let resp: serde_json::Value = ecs.call(&req).await?;
        Ok(())
    }

    async fn raw_aliyun_resource(config: Config) -> Result {
        use yun_core::aliyun::{AliyunClient, Body, Method, ResourceRequest};
        use yun_core::upload::FileSource;

        let cs = AliyunClient::for_product(config.clone(), "cs");
        let req = ResourceRequest::new("DescribeClusterDetail", "2015-12-15", Method::Get, "/clusters/{ClusterId}")
            .path_param("ClusterId", "c-123")          // percent-encoded into the path
            .read_only(true);
        let cluster: serde_json::Value = cs.call_resource(&req).await?;   // a 204 reads as null

        let fc = AliyunClient::for_product(config, "fc");
        let invoke = ResourceRequest::new("InvokeFunction", "2023-03-30", Method::Post,
                "/2023-03-30/functions/{functionName}/invocations")
            .path_param("functionName", "resize")
            .header("x-fc-invocation-type", "Sync")
            .body(Body::File(FileSource::path("event.json")));   // or Body::Bytes, .json_body(&value)?, Body::Form, Body::Text
        let answer = fc.send_resource(&invoke).await?;          // status, headers, body as they came
        Ok(())
    }

    async fn raw_tencent(secret_id: &str, secret_key: &str) -> Result {
        use yun_core::tencent::TencentClient;
        use yun_core::{Config, Credential};

        let config = Config::builder()
            .region("ap-guangzhou")
            .credentials(Credential::access_key(secret_id, secret_key))
            .build()?;
        let cvm = TencentClient::new(config, "cvm");
        let resp: serde_json::Value = cvm
            .call("DescribeInstances", "2017-03-12", &serde_json::json!({"Limit": 20}))
            .await?;
        Ok(())
    }

    async fn error_codes(client: yun_aliyun_ecs::Client) -> Result {
        use yun_aliyun_ecs::DescribeInstanceAttributeRequest;
        use yun_aliyun_ecs::errors;

        match client.describe_instance_attribute(DescribeInstanceAttributeRequest::new("i-gone")).await {
            Err(e) if matches!(e.code(), Some(errors::INVALID_INSTANCE_ID_NOT_FOUND)) => println!("gone"),
            Err(e) if e.code().is_some_and(|c| errors::INVALID_PARAMETER_SPELLINGS.contains(&c)) => return Err(e.into()),
            other => println!("{:?}", other?),
        }
        Ok(())
    }

    async fn call_options(client: yun_aliyun_ecs::Client, credential: Credential) -> Result {
        use std::time::Duration;
        use yun_aliyun_ecs::DescribeInstancesRequest;
        use yun_core::options::{AfterSigning, Answered, BeforeSigning, CallOptions, Interceptor};
        use yun_core::retry::RetryConfig;

        let resp = client
            .describe_instances(DescribeInstancesRequest::new("cn-hangzhou"))
            .attempt_timeout(Duration::from_secs(3))       // each attempt, connect to last byte
            .timeout(Duration::from_secs(8))               // the whole call, retries included
            .retry(RetryConfig::default().max_attempts(5)) // this call's retry rules
            .header("x-acs-resourcegroup-id", "rg-aek2")   // sent and signed
            .query("OwnerAccount", "ops")                  // a parameter the typed request lacks, signed
            .await?;

        /// Tags every call with the job that makes it, and counts throttled answers.
        struct Job(std::sync::atomic::AtomicU64);

        impl Interceptor for Job {
            fn before_signing(&self, request: &mut BeforeSigning<'_>) -> yun_core::Result<()> {
                request.header("x-acs-caller", "nightly-report")     // signed with the rest
            }
            fn after_signing(&self, request: &mut AfterSigning<'_>) -> yun_core::Result<()> {
                request.add_header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
            }
            fn on_answer(&self, answer: &Answered<'_>) {
                if answer.status() == 429 {
                    self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            }
        }

        let config = yun_core::Config::builder()
            .interceptor(Job(Default::default()))          // every call of clients built from it
            .credentials(credential)
            .build()?;
        let every_page = CallOptions::new().timeout(Duration::from_secs(30));
        let instances = yun_aliyun_ecs::Client::new(config)
            .describe_instances_paginator(DescribeInstancesRequest::new("cn-hangzhou"))
            .options(every_page)
            .collect_items()
            .await?;
        Ok(())
    }

    fn retries(credential: Credential, company_ca_pem: String) -> Result {
        use std::time::Duration;
        use yun_core::http::{HttpOptions, TlsRoots};
        use yun_core::retry::{RetryBudget, RetryConfig};

        let config = yun_core::Config::builder()
            .retry(
                RetryConfig::default()
                    .max_attempts(5)                          // 1 (or RetryConfig::disabled()) turns retries off
                    .initial_backoff(Duration::from_millis(200))
                    .max_backoff(Duration::from_secs(10))
                    .budget(Some(RetryBudget::default().capacity(100)))   // None: no budget
                    .correct_clock_skew(false)                // take the first timestamp rejection as final
                    .fill_idempotency_tokens(false)           // leave ClientToken to the caller
                    .call_timeout(Some(Duration::from_secs(20))),   // the whole call, retries included; None: no limit
            )
            .http(
                HttpOptions::default()
                    .connect_timeout(Duration::from_secs(5))  // per connection
                    .read_timeout(Duration::from_secs(20))    // for the answer to start, and between reads of it
                    .timeout(Duration::from_secs(60))         // one whole attempt
                    .pool_idle_timeout(Duration::from_secs(30))   // idle connections closed after
                    .pool_max_idle_per_host(16)               // idle connections kept per host
                    .tls_roots(TlsRoots::BundledAndSystem)    // default Bundled (webpki roots); System: the OS store
                    .ca_certificate(company_ca_pem),          // trust one more authority (PEM)
            )
            .credentials(credential)
            .build()?;
        Ok(())
    }

    async fn paging_ecs() -> Result {
        use futures_util::TryStreamExt;
        use yun_aliyun_ecs::{Client, DescribeInstancesRequest};

        let ecs = Client::from_env().await?;
        let mut instances = ecs
            .describe_instances_paginator(DescribeInstancesRequest::new("cn-hangzhou").max_results(100))
            .items();   // owns a clone of the client: 'static, Send, Unpin; can move into tokio::spawn
        while let Some(instance) = instances.try_next().await? {
            println!("{:?}", instance.instance_id);
        }
        Ok(())
    }

    async fn paging_cvm() -> Result {
        use yun_tencent_cvm::{Client, DescribeInstancesRequest};

        let cvm = Client::from_env().await?;
        let all = cvm
            .describe_instances_paginator(DescribeInstancesRequest::new().limit(100))
            .collect_items()
            .await?;
        Ok(())
    }

    async fn uploads() -> Result {
        use yun_aliyun_ocr::{Client, RecognizeCharacterRequest, RecognizeQrCodeRequest};
        use yun_aliyun_ocr::operations::recognize_qr_code::Task;

        let ocr = Client::from_env().await?;
        let text = ocr.recognize_character_from_file("scan.jpg", |url| {
            RecognizeCharacterRequest::new(url, 10, true)     // ImageURL, MinHeight, OutputProbability
        }).await?;
        let codes = ocr.recognize_qr_code_from_files(["a.png", "b.png"], |urls| {
            RecognizeQrCodeRequest::new(urls.into_iter().map(Task::new).collect())
        }).await?;
        let url = ocr.upload_file(std::fs::read("photo.jpg")?).await?;   // or just upload, bytes or a path
        Ok(())
    }

    fn tracing_setup() {
        use tracing_subscriber::{fmt::format::FmtSpan, EnvFilter};

        tracing_subscriber::fmt()
            .with_span_events(FmtSpan::CLOSE)        // one line as each call ends
            .with_env_filter(EnvFilter::from_default_env())
            .init();
    }

    async fn streaming(config: Config) -> Result {
        use futures_util::TryStreamExt;
        use yun_core::tencent::{TencentClient, TencentRequest};

        let hunyuan = TencentClient::new(config, "hunyuan");
        let body = serde_json::json!({
            "Model": "hunyuan-lite",
            "Stream": true,
            "Messages": [{"Role": "user", "Content": "Hello"}],
        });
        let request = TencentRequest::new("ChatCompletions", "2023-09-01", &body)?;
        let mut events = hunyuan.call_sse::<serde_json::Value>(&request).await?;
        while let Some(event) = events.try_next().await? {
            print!("{}", event.data["Choices"][0]["Delta"]["Content"].as_str().unwrap_or(""));
        }
        Ok(())
    }

    fn credential_providers(id: &str, secret: &str) -> Result {
        use yun_core::credentials::{
            aliyun_default_chain_with, EcsRamRole, Endpoints, Environment, RamRoleArn, TkeOidc,
        };
        use yun_core::Credential;

        let role = RamRoleArn::new(Credential::access_key(id, secret), "acs:ram::123:role/app")?
            .session_name("billing-job")
            .endpoint_url("https://sts-vpc.cn-shanghai.aliyuncs.com")?;
        let instance = EcsRamRole::new()?.role_name("app").endpoint_url("http://127.0.0.1:8081")?;
        let tke = TkeOidc::new("ap-guangzhou", "provider-id", "qcs::cam::uin/1:roleName/pod", "/var/run/token")?
            .endpoint_url("https://sts.tencentcloudapi.com")?;
        let chain = aliyun_default_chain_with(
            &Environment::process(),
            Endpoints::default().sts("http://127.0.0.1:8080").metadata("http://127.0.0.1:8081"),
        );
        Ok(())
    }
}

fn main() {}

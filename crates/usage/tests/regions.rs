//! Where a generated client's requests go, by the config's region.

use yun_core::{Config, Credential};

fn config(region: Option<&str>) -> Config {
    let builder = Config::builder().credentials(Credential::access_key("id", "secret"));
    match region {
        Some(r) => builder.region(r),
        None => builder,
    }
    .build()
    .unwrap()
}

#[test]
fn aliyun_hosts_come_from_the_metadata_table() {
    let host = |region| {
        let client = yun_aliyun_ecs::Client::new(config(region));
        client.raw().endpoint().authority().to_owned()
    };
    let listed = yun_aliyun_ecs::ENDPOINTS
        .iter()
        .find(|(region, _)| *region == "cn-hangzhou")
        .map(|(_, host)| *host);
    assert_eq!(listed, Some("ecs-cn-hangzhou.aliyuncs.com"));
    assert_eq!(host(Some("cn-hangzhou")), "ecs-cn-hangzhou.aliyuncs.com");
    assert_eq!(host(Some("xx-new-1")), "ecs.xx-new-1.aliyuncs.com");
    assert_eq!(host(None), "ecs.aliyuncs.com");
}

#[test]
fn tencent_hosts_follow_the_service() {
    let client = yun_tencent_cvm::Client::new(config(Some("ap-shanghai")));
    assert_eq!(
        client.raw().endpoint().authority(),
        "cvm.tencentcloudapi.com"
    );
    let regional = Config::builder()
        .region("ap-shanghai")
        .credentials(Credential::access_key("id", "secret"))
        .tencent_regional_endpoint(true)
        .build()
        .unwrap();
    let client = yun_tencent_cvm::Client::new(regional);
    assert_eq!(
        client.raw().endpoint().authority(),
        "cvm.ap-shanghai.tencentcloudapi.com"
    );
}

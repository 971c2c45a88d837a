#![cfg_attr(rustfmt, rustfmt_skip)]
//! README's "Testing code that calls yun" example, as written there: the
//! code under test and its test, run by `cargo test`.

use yun_aliyun_ecs::{Client, DescribeInstancesRequest};

/// The code under test: every instance id in a region.
async fn instance_ids(ecs: &Client, region: &str) -> Result<Vec<String>, yun_core::Error> {
    let instances = ecs
        .describe_instances_paginator(DescribeInstancesRequest::new(region).max_results(100))
        .collect_items()
        .await?;
    Ok(instances.into_iter().filter_map(|i| i.instance_id.map(String::from)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use yun_aliyun_ecs::operations::describe_instances::{Instance, Instances};
    use yun_aliyun_ecs::DescribeInstancesResponse;
    use yun_testing::{Fault, Mock};

    /// One page of the answer, built from the generated types.
    fn page(ids: &[&str], next_token: Option<&str>) -> DescribeInstancesResponse {
        let mut instances = Instances::default();
        instances.instance = Some(ids.iter().map(|id| {
            let mut instance = Instance::default();
            instance.instance_id = Some((*id).into());
            instance
        }).collect());
        let mut page = DescribeInstancesResponse::default();
        page.instances = Some(instances);
        page.next_token = next_token.map(Into::into);
        page
    }

    #[tokio::test]
    async fn lists_every_page_and_fails_with_the_third() {
        let mock = Mock::new();
        mock.on("DescribeInstances")
            .answer(page(&["i-1", "i-2"], Some("t-2")))
            .answer(page(&["i-3"], Some("t-3")))
            .fault(Fault::Throttle)                    // retried by the client's own rules
            .error("Forbidden.RAM", "not allowed");    // and this one is final
        let ecs = Client::new(mock.config("cn-hangzhou"));

        let err = instance_ids(&ecs, "cn-hangzhou").await.unwrap_err();
        assert_eq!(err.code(), Some("Forbidden.RAM"));

        let tokens: Vec<_> = mock.requests().iter().map(|r| r.param("NextToken")).collect();
        assert_eq!(tokens, [None, Some("t-2".into()), Some("t-3".into()), Some("t-3".into())]);
        let third: DescribeInstancesRequest = mock.requests()[2].decode().unwrap();
        assert_eq!(third.max_results, Some(100));
    }
}

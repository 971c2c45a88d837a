//! `DescribeDisasterRecoverGroupQuota`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeDisasterRecoverGroupQuota>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeDisasterRecoverGroupQuota",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_disaster_recover_group_quota`](crate::Client::describe_disaster_recover_group_quota) (`DescribeDisasterRecoverGroupQuota`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDisasterRecoverGroupQuotaRequest {}
impl DescribeDisasterRecoverGroupQuotaRequest {
    /// An empty `DescribeDisasterRecoverGroupQuotaRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}

impl ::std::fmt::Debug for DescribeDisasterRecoverGroupQuotaRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "DescribeDisasterRecoverGroupQuotaRequest", &[])
    }
}

impl ::yun_core::json::Decode for DescribeDisasterRecoverGroupQuotaRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut members = r.object()?;
        while members.next(r)?.is_some() {
            r.skip()?;
        }

        ::std::result::Result::Ok(DescribeDisasterRecoverGroupQuotaRequest::default())
    }
}

/// The response of [`Client::describe_disaster_recover_group_quota`](crate::Client::describe_disaster_recover_group_quota) (`DescribeDisasterRecoverGroupQuota`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDisasterRecoverGroupQuotaResponse {
    /// `GroupQuota`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "GroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_quota: ::std::option::Option<i64>,
    /// `CurrentNum`.
    ///
    /// Example: `25`.
    #[serde(
        rename = "CurrentNum",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_num: ::std::option::Option<i64>,
    /// `CvmInHostGroupQuota`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "CvmInHostGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_host_group_quota: ::std::option::Option<i64>,
    /// `CvmInSwGroupQuota`. Deprecated by the vendor.
    ///
    /// Example: `20`.
    #[serde(
        rename = "CvmInSwGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_sw_group_quota: ::std::option::Option<i64>,
    /// `CvmInRackGroupQuota`.
    ///
    /// Example: `30`.
    #[serde(
        rename = "CvmInRackGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_rack_group_quota: ::std::option::Option<i64>,
    /// `CvmInSwitchGroupQuota`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "CvmInSwitchGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_switch_group_quota: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeDisasterRecoverGroupQuotaResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDisasterRecoverGroupQuotaResponse",
            &[
                ("group_quota", d::opt(&self.group_quota)),
                ("current_num", d::opt(&self.current_num)),
                (
                    "cvm_in_host_group_quota",
                    d::opt(&self.cvm_in_host_group_quota),
                ),
                ("cvm_in_sw_group_quota", d::opt(&self.cvm_in_sw_group_quota)),
                (
                    "cvm_in_rack_group_quota",
                    d::opt(&self.cvm_in_rack_group_quota),
                ),
                (
                    "cvm_in_switch_group_quota",
                    d::opt(&self.cvm_in_switch_group_quota),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDisasterRecoverGroupQuotaResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "GroupQuota",
            "CurrentNum",
            "CvmInHostGroupQuota",
            "CvmInSwGroupQuota",
            "CvmInRackGroupQuota",
            "CvmInSwitchGroupQuota",
            "RequestId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = DescribeDisasterRecoverGroupQuotaResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.group_quota = r.decode()?,
                1 => out.current_num = r.decode()?,
                2 => out.cvm_in_host_group_quota = r.decode()?,
                3 => out.cvm_in_sw_group_quota = r.decode()?,
                4 => out.cvm_in_rack_group_quota = r.decode()?,
                5 => out.cvm_in_switch_group_quota = r.decode()?,
                6 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

//! The model (IR): what the readers produce, what specs/ stores, and all the
//! renderers read. Facts only: names, locations, styles, types, bounds,
//! required flags, deprecation, endpoints and error codes; no prose.

use serde::{Deserialize, Serialize};

/// One product at one API version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Spec {
    /// Which vendor and wire protocol.
    pub vendor: Vendor,
    /// The product's code as the vendor writes it (`Ecs`, `ocr`, `cvm`).
    pub product: String,
    /// The API version (`2014-05-26`).
    pub version: String,
    /// The metadata file this spec was imported from (its file name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The generated crate's own version (semver; [`Spec::DEFAULT_CRATE_VERSION`]
    /// when unset). Each product crate has its own, so a metadata change that
    /// breaks one crate's API raises that crate's version alone; `cargo
    /// xtask import` keeps the committed spec's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crate_version: Option<String>,
    /// The first label of the product's hosts (`ecs` in `ecs.cn-beijing.aliyuncs.com`,
    /// `cvm` in `cvm.tencentcloudapi.com`).
    pub endpoint_code: String,
    /// Per-region hosts the metadata lists.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub endpoints: Vec<RegionEndpoint>,
    /// Every operation, sorted by name.
    pub operations: Vec<Operation>,
    /// Named, shared shapes (Tencent Cloud objects, Alibaba Cloud
    /// `components.schemas`), sorted by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shapes: Vec<Shape>,
    /// For an Alibaba Cloud product whose operations are resource-style
    /// (a method and a path per operation), the metadata's style name:
    /// `ROA`, `V3`, `FC` or `AliGenie`. `None`: RPC (and all of Tencent Cloud).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_style: Option<String>,
}

/// The vendor, which fixes the wire protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Vendor {
    /// Alibaba Cloud, RPC style (query/form parameters, JSON responses).
    Aliyun,
    /// Tencent Cloud, JSON body (`{"Response": …}` responses).
    Tencent,
}

impl Vendor {
    /// The lower-case name used in paths and crate names.
    pub fn as_str(self) -> &'static str {
        match self {
            Vendor::Aliyun => "aliyun",
            Vendor::Tencent => "tencent",
        }
    }
}

/// A region and its host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionEndpoint {
    /// Region id (`cn-hangzhou`).
    pub region: String,
    /// Host (`ecs-cn-hangzhou.aliyuncs.com`).
    pub host: String,
}

/// One API operation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Operation {
    /// The action name (`DescribeInstances`).
    pub name: String,
    /// Allowed HTTP methods, upper case, in the metadata's order.
    pub methods: Vec<String>,
    /// Marked deprecated by the vendor.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    /// Request members.
    pub input: Vec<Member>,
    /// Response members.
    pub output: Vec<Member>,
    /// Error codes the metadata lists, by HTTP status.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ErrorCode>,
    /// The operation only reads: the vendor's metadata says so, or, where
    /// it is silent, the action's verb does (see `read::READ_VERBS`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub read_only: bool,
    /// Called without credentials: the metadata's only security scheme for
    /// it is `Anonymous` (sent unsigned, as the official SDKs send it).
    #[serde(default, skip_serializing_if = "is_false")]
    pub anonymous: bool,
    /// The top-level request member that carries an idempotency token
    /// (`ClientToken`), when the operation has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idempotency_token: Option<String>,
    /// How the operation pages, when it does (see `read::paging`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paging: Option<Paging>,
    /// A resource-style operation's path template (`/clusters/{ClusterId}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// What a successful answer holds.
    #[serde(default, skip_serializing_if = "Answer::is_object")]
    pub answer: Answer,
    /// The shared shape the answer is (a `$ref` response): the response
    /// type is that model; `output` holds its members all the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_shape: Option<String>,
}

/// What a successful answer holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Answer {
    /// A JSON object with the operation's output members (an empty answer
    /// reads as one without members).
    #[default]
    Object,
    /// Any JSON value (a list, a scalar, a free-form object).
    Json,
    /// Not JSON, or nothing declared: the status, headers and bytes as they came.
    Raw,
}

impl Answer {
    fn is_object(&self) -> bool {
        *self == Answer::Object
    }
}

/// How a paged operation pages: facts found by rule in its members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paging {
    /// The style.
    pub style: PageStyle,
    /// The request member that says which page (`PageNumber`, `Offset`, `NextToken`).
    pub position: String,
    /// The request member that sets the page size (`PageSize`, `Limit`, `MaxResults`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// Wire names from the response's root to `TotalCount` (page number,
    /// offset) or `NextToken` (token).
    pub marker: Vec<String>,
    /// Wire names from the response's root to the list of items.
    pub items: Vec<String>,
}

/// A paging style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PageStyle {
    /// `PageNumber` + `PageSize` in, `TotalCount` out.
    PageNumber,
    /// `Offset` + `Limit` in, `TotalCount` out.
    Offset,
    /// `NextToken` (+ `MaxResults`) in, `NextToken` out.
    Token,
}

/// A member of a request, response or shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// The wire name.
    pub name: String,
    /// Where an Alibaba Cloud request parameter travels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// How an Alibaba Cloud request parameter is written.
    #[serde(default, skip_serializing_if = "Style::is_plain")]
    pub style: Style,
    /// The value's type.
    #[serde(rename = "type")]
    pub ty: Type,
    /// Must be set in a request.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// Required, but not when the crate was first generated from this API
    /// version (see `diff::keep_constructors`): a setter and a check before
    /// any I/O, never an argument of `new`, so the metadata update that made
    /// it required does not break callers.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required_later: bool,
    /// Marked deprecated (or disabled) by the vendor.
    #[serde(default, skip_serializing_if = "is_false")]
    pub deprecated: bool,
    /// Value constraints.
    #[serde(default, skip_serializing_if = "Constraints::is_empty")]
    pub constraints: Constraints,
    /// The value is the URL of a file the service reads (Alibaba Cloud's
    /// `isFileTransferUrl`): the file can be uploaded for the call.
    #[serde(default, skip_serializing_if = "is_false")]
    pub file_url: bool,
    /// The name on the wire, when it is not `name`: a resource-style
    /// parameter declared in two locations (the path and the body) is two
    /// members, and the one outside the path is named `<wire>_<location>`
    /// (see `read::aliyun`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wire: Option<String>,
}

impl Member {
    /// The name the member is sent under.
    pub fn wire_name(&self) -> &str {
        self.wire.as_deref().unwrap_or(&self.name)
    }

    /// The member asks the service to stream its answer (server-sent
    /// events): a boolean named `Stream` in any letter case. yun's rule for
    /// streaming companions; `cargo xtask import` lists where it applies.
    pub fn is_stream_flag(&self) -> bool {
        self.name.eq_ignore_ascii_case("stream") && matches!(self.ty, Type::Boolean)
    }

    /// For a text member whose example is written as a JSON list (`Some(true)`,
    /// ECS `InstanceIds`: `["i-bp6…", …]`) or object (`Some(false)`): the
    /// service reads the text as JSON. The example need not parse (the
    /// metadata elides with `…`); its brackets decide.
    pub fn json_text_example(&self) -> Option<bool> {
        let e = self.constraints.example.as_deref()?.trim();
        if !matches!(self.ty, Type::String { .. }) {
            return None;
        }
        if e.starts_with('[') && e.ends_with(']') && e.contains('"') {
            Some(true)
        } else if e.starts_with('{') && e.ends_with('}') && e.contains('"') {
            Some(false)
        } else {
            None
        }
    }
}

/// Value constraints from the metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Constraints {
    /// Allowed values.
    #[serde(default, skip_serializing_if = "Vec::is_empty", rename = "enum")]
    pub enum_values: Vec<String>,
    /// Smallest value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<String>,
    /// Largest value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<String>,
    /// Fewest list items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_items: Option<u64>,
    /// Most list items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_items: Option<u64>,
    /// Longest text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u64>,
    /// A regular expression the text matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
    /// The value the service takes when the member is left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// An example value, as the metadata writes it (short values only:
    /// see `read::example`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

impl Constraints {
    /// True when nothing is constrained.
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
}

/// Where an Alibaba Cloud request parameter travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Location {
    /// The query string.
    Query,
    /// The form body.
    Body,
    /// Into the path template, percent-encoded (resource-style).
    Path,
    /// A request header (resource-style).
    Header,
    /// A member of the JSON body object (resource-style).
    JsonBody,
    /// The whole body: JSON, text or bytes by its type (resource-style).
    Payload,
}

/// How an Alibaba Cloud request parameter is written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Style {
    /// A scalar, as is.
    #[default]
    Plain,
    /// A list as `Name.1`, `Name.2`, … (objects as `Name.1.Member`).
    RepeatList,
    /// An object as `Name.Member` (lists within as `.1`, `.2`).
    Flat,
    /// The value as compact JSON text.
    Json,
    /// A list as one comma-separated value (`Name=a,b`).
    Simple,
}

impl Style {
    fn is_plain(&self) -> bool {
        *self == Style::Plain
    }
}

/// A value's type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Type {
    /// Text (`format` as the metadata gives it: `datetime`, …).
    String {
        /// The declared format, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        format: Option<String>,
    },
    /// An integer.
    Integer {
        /// Its width and sign.
        format: IntFormat,
    },
    /// A floating-point number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// Any JSON value (free-form objects).
    Any,
    /// A file's bytes (Tencent Cloud `binary`): an action with such an
    /// input member is sent as `multipart/form-data`.
    Binary,
    /// A list.
    List {
        /// The item type.
        items: Box<Type>,
    },
    /// An object declared in place (Alibaba Cloud).
    Object {
        /// Its members.
        members: Vec<Member>,
    },
    /// A named shape (Tencent Cloud objects, Alibaba Cloud schemas).
    Ref {
        /// The shape's name.
        name: String,
    },
    /// An object with any member names, all of one type
    /// (`additionalProperties`).
    Map {
        /// The values' type.
        values: Box<Type>,
    },
}

/// An integer's width and sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IntFormat {
    /// 32-bit signed.
    Int32,
    /// 64-bit signed (also integers without a format).
    Int64,
    /// 64-bit unsigned.
    Uint64,
}

/// A named shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shape {
    /// The vendor's name (`Instance`).
    pub name: String,
    /// Its members.
    pub members: Vec<Member>,
}

/// An error code an operation may return.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorCode {
    /// The HTTP status it comes with (0 when the metadata gives none).
    pub http_status: u16,
    /// The code.
    pub code: String,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Spec {
    /// A crate's version before its spec names one.
    pub const DEFAULT_CRATE_VERSION: &'static str = "0.1.0";

    /// The generated crate's version.
    pub fn crate_version(&self) -> &str {
        self.crate_version
            .as_deref()
            .unwrap_or(Self::DEFAULT_CRATE_VERSION)
    }

    /// `aliyun-ecs`: the crate's directory under crates/ and its package
    /// name after `yun-`, when this is the newest version of the product
    /// being generated (see [`crate::naming::crate_dirs`] for the others).
    pub fn crate_dir(&self) -> String {
        format!(
            "{}-{}",
            self.vendor.as_str(),
            self.product.to_ascii_lowercase()
        )
    }

    /// The spec file's path under specs/.
    pub fn spec_path(&self) -> String {
        format!(
            "{}/{}-{}.json",
            self.vendor.as_str(),
            self.product.to_ascii_lowercase(),
            self.version
        )
    }

    /// A named shape.
    pub fn shape(&self, name: &str) -> Option<&Shape> {
        self.shapes.iter().find(|s| s.name == name)
    }
}

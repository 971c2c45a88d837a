#!/usr/bin/env python3
"""Make the signing and encoding test vectors for yun-core from the vendors'
official Python SDKs.

Run once (see tools/vectors/README.md); the output under
crates/core/tests/vectors/ is committed and `cargo test` reads only that.

Every case is built from a fixed random seed, so a rerun with the same SDK
versions writes the same files. Each case records the inputs yun-core's pure
signing functions take (clock and nonce included) and what the official SDK
produced from them.
"""

import base64
import hashlib
import hmac
import json
import random
import sys
import time
import uuid
from pathlib import Path
from unittest import mock
from urllib.parse import quote, urlencode

from aliyunsdkcore.auth.composer import rpc_signature_composer as rpc_composer
from alibabacloud_openapi_util.client import Client as OpenApiUtil
from alibabacloud_tea_openapi import utils as tea_utils
from alibabacloud_tea_openapi.utils import Utils as TeaUtils
from tencentcloud.common.credential import Credential as TcCredential
from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.http.request import RequestInternal
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile

OUT = Path(__file__).resolve().parents[2] / "crates" / "core" / "tests" / "vectors"
CASES = 60
rng = random.Random(20261123)

# Values chosen to stress percent-encoding: reserved characters, unreserved
# ones the vendors leave alone (~), ones Python's quote_plus treats specially
# (space, +, *), multi-byte UTF-8, and the empty string.
AWKWARD = [
    "", " ", "a b", "*", "~", "+", "/", "=", "&", "%", "%20", "a+b=c&d",
    "中文", "云服务器 ECS", "Ünïcödé", "emoji😀", "tab\there", "line\nbreak",
    "'quote\"", "!@#$^()[]{}|\\;:,<>?`", "~user/path", "a*b*c", "-_.",
    "[{\"Key\":\"k\"}]", "2026-11-23T12:00:00Z",
]
PLAIN = ["cn-hangzhou", "i-bp67acfmxazb4p****", "50", "true", "false", "ecs.g7.large"]
NAMES = ["RegionId", "InstanceId", "PageSize", "Tag.1.Key", "Tag.1.Value", "Name",
         "Description", "ZoneId", "SecurityGroupId", "InstanceIds", "DryRun",
         "Filter.1.Key", "SystemDisk.Category", "a", "A", "_x", "Z9", "lower", "Ünï"]


def value():
    return rng.choice(AWKWARD) if rng.random() < 0.6 else rng.choice(PLAIN)


def params(n_min=0, n_max=8):
    out = {}
    for _ in range(rng.randint(n_min, n_max)):
        out[rng.choice(NAMES)] = value()
    return out


def secret(space=True):
    pool = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=&~" + (" " if space else "")
    return "".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))


def akid():
    return "LTAI" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(20))


def timestamp_iso():
    t = rng.randint(1_500_000_000, 2_000_000_000)
    return t, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


def nonce():
    return hashlib.md5(str(rng.random()).encode()).hexdigest()


def rfc3986(s):
    return quote(s, safe="~", encoding="utf-8")


# --- Alibaba Cloud RPC signature v1 -------------------------------------------

def aliyun_rpc_cases():
    cases = []
    for i in range(CASES):
        method = rng.choice(["GET", "POST"])
        ak, sk = akid(), secret()
        token = rng.choice([None, None, "STS." + secret()])
        algorithm = "HMAC-SHA256" if i % 5 == 4 else "HMAC-SHA1"
        unix, ts = timestamp_iso()
        n = nonce()
        query = params(0, 10)
        body = params(0, 4) if method == "POST" else {}
        action = rng.choice(["DescribeInstances", "RunInstances", "RecognizeIdcard"])
        version = rng.choice(["2014-05-26", "2019-12-30"])

        # The parameter set the official SDKs add, in the Tea SDK's form.
        signed = dict(query)
        signed.update({
            "Action": action, "Format": "JSON", "Version": version,
            "Timestamp": ts, "SignatureNonce": n,
            "SignatureMethod": algorithm, "SignatureVersion": "1.0", "AccessKeyId": ak,
        })
        if token:
            signed["SecurityToken"] = token
        all_params = dict(signed)
        all_params.update(body)

        # Two official implementations of the string to sign must agree.
        sts = getattr(rpc_composer, "__compose_string_to_sign")(method, all_params)
        if algorithm == "HMAC-SHA1":
            signature = OpenApiUtil.get_rpcsignature(all_params, method, sk)
            assert signature == TeaUtils.get_rpcsignature(all_params, method, sk)
            assert signature == getattr(rpc_composer, "__get_signature")(sts, sk)
        else:
            digest = hmac.new((sk + "&").encode(), sts.encode(), hashlib.sha256).digest()
            signature = base64.b64encode(digest).decode()

        wire = dict(signed)
        wire["Signature"] = signature
        # aliyunsdkcore's own query encoder, over the sorted parameters.
        encode = getattr(rpc_composer, "__pop_standard_urlencode")
        wire_query = encode(urlencode(sorted(wire.items())))
        cases.append({
            "name": f"rpc-{i}",
            "method": method,
            "action": action,
            "version": version,
            "access_key_id": ak,
            "access_key_secret": sk,
            "security_token": token,
            "algorithm": algorithm,
            "timestamp": ts,
            "unix": unix,
            "nonce": n,
            "query": sorted(query.items()),
            "body": sorted(body.items()),
            "string_to_sign": sts,
            "signature": signature,
            "wire_query": wire_query,
            "wire_body": urlencode(sorted(body.items())),
        })
    return cases


# --- Alibaba Cloud ACS3-HMAC-SHA256 --------------------------------------------

class _Req:
    def __init__(self, method, pathname, query, headers):
        self.method, self.pathname, self.query, self.headers = method, pathname, query, headers


def acs3_cases():
    cases = []
    for i in range(CASES):
        method = rng.choice(["GET", "POST"])
        ak, sk = akid(), secret()
        token = rng.choice([None, None, "STS." + secret()])
        unix, ts = timestamp_iso()
        n = nonce()
        # The Python SDK leaves ACS3 query names unencoded where the protocol
        # encodes them; real names are ASCII and identical either way.
        query = {k: v for k, v in params(0, 10).items() if k.isascii()}
        body = params(0, 4) if method == "POST" else {}
        action = rng.choice(["DescribeInstances", "RunInstances", "RecognizeIdcard"])
        version = rng.choice(["2014-05-26", "2019-12-30"])
        host = rng.choice(["ecs.aliyuncs.com", "ecs.cn-hangzhou.aliyuncs.com", "127.0.0.1:8080"])

        form = TeaUtils.to_form(body) if body else ""
        payload_hash = hashlib.sha256(form.encode()).hexdigest()
        headers = {
            "host": host,
            "x-acs-action": action,
            "x-acs-version": version,
            "x-acs-date": ts,
            "x-acs-signature-nonce": n,
            "x-acs-content-sha256": payload_hash,
        }
        if body:
            headers["content-type"] = "application/x-www-form-urlencoded"
        if token:
            headers["x-acs-accesskey-id"] = ak
            headers["x-acs-security-token"] = token
        req = _Req(method, "/", query, headers)
        auth = TeaUtils.get_authorization(req, "ACS3-HMAC-SHA256", payload_hash, ak, sk)
        assert auth == OpenApiUtil.get_authorization(req, "ACS3-HMAC-SHA256", payload_hash, ak, sk)
        canon_headers, signed_headers = tea_utils.get_canonicalized_headers(headers)
        canonical_request = "\n".join([
            method, "/", tea_utils.get_canonical_query_string(query),
            canon_headers, signed_headers, payload_hash])
        cases.append({
            "name": f"acs3-{i}",
            "method": method,
            "host": host,
            "action": action,
            "version": version,
            "access_key_id": ak,
            "access_key_secret": sk,
            "security_token": token,
            "timestamp": ts,
            "unix": unix,
            "nonce": n,
            "query": sorted(query.items()),
            "body": sorted(body.items()),
            "wire_body": form,
            "canonical_request": canonical_request,
            "signed_headers": signed_headers,
            "authorization": auth,
        })
    return cases


# --- Tencent Cloud TC3-HMAC-SHA256 and the legacy HmacSHA1/HmacSHA256 -------------

TC_PARAMS = [
    {"InstanceIds": ["ins-r8hr2upy", "ins-5d8a23rs"]},
    {"Limit": 20, "Offset": 0},
    {"Filters": [{"Name": "zone", "Values": ["ap-guangzhou-1", "中文 值"]}], "Limit": 1},
    {"InstanceName": "a b*c~d+e/f=g&h"},
    {},
    {"Placement": {"Zone": "ap-guangzhou-3", "ProjectId": 0}, "ImageId": "img-pmqg1cw7"},
]


def tencent_client(service, version, region, sk_id, sk, token, method, sign_method, language, host):
    http = HttpProfile(reqMethod=method, endpoint=host)
    profile = ClientProfile(signMethod=sign_method, httpProfile=http)
    # The SDK defaults to zh-CN and only accepts zh-CN or en-US; None sends no language.
    profile.language = language or None
    cred = TcCredential(sk_id, sk, token)
    return CommonClient(service, version, cred, region, profile=profile)


def tc3_cases():
    cases = []
    for i in range(CASES):
        service = rng.choice(["cvm", "cbs", "vpc"])
        version = "2017-03-12"
        region = rng.choice(["ap-guangzhou", "ap-shanghai", ""])
        sid, sk = "AKID" + akid()[4:], secret(space=False)
        token = rng.choice([None, None, "tok-" + secret()])
        method = rng.choice(["GET", "POST", "POST"])
        language = rng.choice(["", "zh-CN", "en-US"])
        host = rng.choice([f"{service}.tencentcloudapi.com", f"{service}.ap-guangzhou.tencentcloudapi.com"])
        action = rng.choice(["DescribeInstances", "RunInstances", "describeZones"])
        ts, _ = timestamp_iso()
        p = rng.choice(TC_PARAMS) if rng.random() < 0.5 else {k: v for k, v in params(0, 6).items()}
        client = tencent_client(service, version, region, sid, sk, token, method, "TC3-HMAC-SHA256",
                                language, host)
        req = RequestInternal(host, method, "/")
        with mock.patch("time.time", return_value=float(ts)):
            client._build_req_with_tc3_signature(action, p, req)
        h = req.header
        pairs = list(client._fix_params(p).items()) if method == "GET" else None
        cases.append({
            "name": f"tc3-{i}",
            "service": service,
            "version": version,
            "region": region or None,
            "secret_id": sid,
            "secret_key": sk,
            "token": token,
            "method": method,
            "language": language or None,
            "host": host,
            "action": action,
            "timestamp": ts,
            # GET: the flattened parameters in the order the SDK sent them.
            "query": [[k, str(v)] for k, v in pairs] if pairs is not None else None,
            # POST: the JSON body exactly as sent (its bytes are what is hashed).
            "payload": req.data if method == "POST" else None,
            "wire_query": req.data if method == "GET" else None,
            "content_type": h["Content-Type"],
            "authorization": h["Authorization"],
            "headers": {k: v for k, v in h.items()
                        if k.startswith("X-TC-") and k != "X-TC-RequestClient"},
        })
    return cases


def tencent_legacy_cases():
    cases = []
    for i in range(CASES):
        service = rng.choice(["cvm", "cbs"])
        region = rng.choice(["ap-guangzhou", ""])
        sid, sk = "AKID" + akid()[4:], secret(space=False)
        token = rng.choice([None, None, "tok-" + secret()])
        method = rng.choice(["GET", "POST"])
        sign_method = rng.choice(["HmacSHA1", "HmacSHA256"])
        language = rng.choice(["", "zh-CN"])
        host = f"{service}.tencentcloudapi.com"
        action = rng.choice(["DescribeInstances", "RunInstances"])
        ts, _ = timestamp_iso()
        nonce_value = rng.randint(1, sys.maxsize)
        p = rng.choice(TC_PARAMS) if rng.random() < 0.5 else params(0, 6)
        client = tencent_client(service, "2017-03-12", region, sid, sk, token, method, sign_method,
                                language, host)
        client.request_client = "yun"
        req = RequestInternal(host, method, "/")
        with mock.patch("time.time", return_value=float(ts)), \
                mock.patch("random.randint", return_value=nonce_value):
            client._build_req_with_old_signature(action, p, req, {})
        flat = client._fix_params(p)
        cases.append({
            "name": f"legacy-{i}",
            "service": service,
            "version": "2017-03-12",
            "region": region or None,
            "secret_id": sid,
            "secret_key": sk,
            "token": token,
            "method": method,
            "sign_method": sign_method,
            "language": language or None,
            "host": host,
            "action": action,
            "timestamp": ts,
            "nonce": nonce_value,
            "request_client": "yun",
            "params": [[k, str(v)] for k, v in flat.items()],
            "wire": req.data,
        })
    return cases


# --- Alibaba Cloud parameter flattening --------------------------------------------

def lower_bools(v):
    """The Java and Go SDKs send booleans as true/false; Python's str() gives
    True/False. yun follows the former, so vectors carry them pre-lowered."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict):
        return {k: lower_bools(x) for k, x in v.items()}
    if isinstance(v, list):
        return [lower_bools(x) for x in v]
    return v


FLATTEN = [
    {"InstanceId": ["i-1", "i-2", "i-3"]},
    {"Tag": [{"Key": "env", "Value": "prod"}, {"Key": "团队", "Value": "a b"}]},
    {"SystemDisk": {"Category": "cloud_essd", "Size": 40, "PerformanceLevel": "PL1"}},
    {"DataDisk": [{"Size": 100, "Category": "cloud_ssd", "Encrypted": True},
                  {"Size": 200, "DeleteWithInstance": False}]},
    {"Permissions": [{"Policy": "accept", "IpProtocol": "TCP", "PortRange": "22/22"}]},
    {"LaunchConfiguration.SystemDisk": {"Category": "cloud", "Size": 20}},
    {"LaunchConfiguration.Tag": [{"Key": "k", "Value": "v"}]},
    {"Filter": [{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}],
     "RegionId": "cn-hangzhou", "PageSize": 50, "DryRun": True},
    {"Outer": [{"Inner": [{"Deep": ["x", "y"]}, {"Deep": []}]}, {"Inner": []}]},
    {"Arns": [{"RoleType": "service", "AssumeRoleFor": 1234567890123, "Rolearn": "acs:ram::1:role/x"}]},
    {"Empty": [], "EmptyObject": {}, "Zero": 0, "EmptyString": ""},
    {"Nested": {"Map": {"Deeper": {"Deepest": "z"}}}},
    {"Ids": [1, 2, 3, 9007199254740993]},
]

JSON_STYLE = [
    ["InstanceIds", ["i-1", "i-2"]],
    ["Tags", [{"Key": "k", "Value": "中文 v"}]],
    ["Body", {"A": 1, "B": [True, False], "C": None}],
    ["Empty", []],
    ["Quotes", ["he said \"hi\"", "back\\slash", "tab\t", "line\n"]],
]


def flatten_cases():
    cases = []
    for i, obj in enumerate(FLATTEN):
        obj = lower_bools(obj)
        flat = TeaUtils.query(obj)
        assert flat == OpenApiUtil.query(obj)
        cases.append({"name": f"flat-{i}", "input": obj, "output": sorted(flat.items())})
    for i, (name, value) in enumerate(JSON_STYLE):
        text = TeaUtils.array_to_string_with_specified_style(value, name, "json")
        # The SDK keeps Python's True/False out of JSON text: json.dumps gives true/false.
        cases.append({"name": f"json-{i}", "input": {name: value}, "style": "json",
                      "output": [[name, text]]})
    for i, (name, value) in enumerate([["InstanceId", ["i-1", "i-2"]],
                                        ["Tag", [{"Key": "k", "Value": "v"}]]]):
        text = TeaUtils.array_to_string_with_specified_style(value, name, "repeatList")
        cases.append({"name": f"repeat-{i}", "input": {name: value}, "style": "repeatList",
                      "output": sorted(kv.split("=", 1) for kv in text.split("&&"))})
    # `simple`: a list as one comma-joined value (59 parameters in the catalogue).
    for i, (name, value) in enumerate(SIMPLE_STYLE):
        text = TeaUtils.array_to_string_with_specified_style(lower_bools(value), name, "simple")
        cases.append({"name": f"simple-{i}", "input": {name: lower_bools(value)}, "style": "simple",
                      "output": [[name, text]]})
    return cases


SIMPLE_STYLE = [
    ["AgentIds", [111, 222, 9007199254740993]],
    ["Zones", ["cn-hangzhou-h", "cn-hangzhou-i"]],
    ["One", ["only"]],
    ["Empty", []],
    ["Mixed", ["a b", "中文", True]],
]


def percent_cases():
    out = []
    for s in AWKWARD + PLAIN + ["".join(chr(c) for c in range(32, 127))]:
        out.append({"input": s, "rfc3986": rfc3986(s), "form": urlencode({"k": s})[2:]})
    return out


def tc3_multipart_cases():
    """Actions with byte members, sent the way the SDK's generated clients
    send cii's DescribeQualityScore: options IsMultipart + BinaryParams.
    The SDK writes only bytes and text parts (other values fail in its
    multipart writer), so the cases hold those."""
    cases = []
    for i in range(8):
        service = rng.choice(["cii", "demo"])
        version = "2021-04-08"
        region = rng.choice(["ap-guangzhou", ""])
        sid, sk = "AKID" + akid()[4:], secret(space=False)
        token = rng.choice([None, "tok-" + secret()])
        host = f"{service}.tencentcloudapi.com"
        action = rng.choice(["DescribeQualityScore", "UploadMedicalFile"])
        ts, _ = timestamp_iso()
        file = bytes(rng.randrange(256) for _ in range(rng.randrange(0, 300)))
        params = {"File": file}
        for name in rng.sample(["FileURL", "Name", "Type", "Remark"], rng.randrange(0, 4)):
            params[name] = value()
        boundary = uuid.UUID(int=rng.getrandbits(128), version=4)
        client = tencent_client(service, version, region, sid, sk, token, "POST", "TC3-HMAC-SHA256",
                                "", host)
        req = RequestInternal(host, "POST", "/")
        options = {"IsMultipart": True, "BinaryParams": ["File"]}
        with mock.patch("time.time", return_value=float(ts)), \
                mock.patch("uuid.uuid4", return_value=boundary):
            client._build_req_with_tc3_signature(action, params, req, options)
        h = req.header
        cases.append({
            "name": f"tc3-multipart-{i}",
            "service": service,
            "version": version,
            "region": region or None,
            "secret_id": sid,
            "secret_key": sk,
            "token": token,
            "host": host,
            "action": action,
            "timestamp": ts,
            "boundary": boundary.hex,
            # In the order sent; bytes as base64, text as text.
            "params": [[k, {"bytes": base64.b64encode(v).decode()} if isinstance(v, bytes) else v]
                       for k, v in params.items()],
            "body": base64.b64encode(req.data).decode(),
            "content_type": h["Content-Type"],
            "authorization": h["Authorization"],
        })
    return cases


# --- ACS3 with query names outside the unreserved set (map keys) -------------

MAP_KEYS = ["Tag.环境", "Mobiles.1.名称", "Labels.team a", "Labels.a+b", "Meta.Ünï", "Tag.env"]


def acs3_map_key_cases():
    """ACS3 requests whose query names are map keys outside the unreserved set:
    the official SDK signs names as they are and values percent-encoded."""
    local = random.Random(20261205)
    cases = []
    for i in range(12):
        ak = "LTAI" + "".join(local.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(20))
        sk = "".join(local.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(30))
        token = "STS.token" + str(i) if i % 3 == 0 else None
        unix = local.randint(1_500_000_000, 2_000_000_000)
        ts = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(unix))
        n = hashlib.md5(str(local.random()).encode()).hexdigest()
        query = {k: local.choice(AWKWARD + PLAIN) for k in local.sample(MAP_KEYS, local.randint(1, 4))}
        query["RegionId"] = "cn-hangzhou"
        method = local.choice(["GET", "POST"])
        payload_hash = hashlib.sha256(b"").hexdigest()
        headers = {
            "host": "eci.cn-hangzhou.aliyuncs.com",
            "x-acs-action": "CreateContainerGroup",
            "x-acs-version": "2018-08-08",
            "x-acs-date": ts,
            "x-acs-signature-nonce": n,
            "x-acs-content-sha256": payload_hash,
        }
        if token:
            headers["x-acs-accesskey-id"] = ak
            headers["x-acs-security-token"] = token
        req = _Req(method, "/", query, headers)
        auth = TeaUtils.get_authorization(req, "ACS3-HMAC-SHA256", payload_hash, ak, sk)
        canon_headers, signed_headers = tea_utils.get_canonicalized_headers(headers)
        canonical_request = "\n".join([
            method, "/", tea_utils.get_canonical_query_string(query),
            canon_headers, signed_headers, payload_hash])
        cases.append({
            "name": f"acs3-map-keys-{i}",
            "method": method,
            "host": headers["host"],
            "action": headers["x-acs-action"],
            "version": headers["x-acs-version"],
            "access_key_id": ak,
            "access_key_secret": sk,
            "security_token": token,
            "timestamp": ts,
            "unix": unix,
            "nonce": n,
            "query": sorted(query.items()),
            "body": [],
            "wire_body": "",
            "canonical_request": canonical_request,
            "signed_headers": signed_headers,
            "authorization": auth,
        })
    return cases


def write(name, data):
    OUT.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    (OUT / name).write_text(text, encoding="utf-8")
    print(f"wrote {OUT / name}: {len(data) if isinstance(data, list) else ''}")


def main():
    write("aliyun_rpc.json", aliyun_rpc_cases())
    write("aliyun_acs3.json", acs3_cases())
    write("tencent_tc3.json", tc3_cases())
    write("tencent_legacy.json", tencent_legacy_cases())
    write("aliyun_flatten.json", flatten_cases())
    write("percent.json", percent_cases())
    # Last, so the files above keep their random draws.
    write("tencent_tc3_multipart.json", tc3_multipart_cases())
    write("aliyun_acs3_map_keys.json", acs3_map_key_cases())


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Resource-style (ROA, V3, FC) request vectors, from the official generated
Python SDKs: alibabacloud-cs20151215 (ROA), alibabacloud-ocr-api20210707
(V3, an image as the raw body) and alibabacloud-fc20230330 (FC).

Each case calls the SDK's client with its transport replaced, so nothing
leaves the machine, with a fixed clock and nonce, and records what the SDK
would have sent: method, encoded path, query, headers and body bytes. It
also records the ACS3 canonical request and `Authorization` the SDK's own
signing code computes over the headers yun signs (host, content-type, the
x-acs-* headers and the request's own header members; the SDK also signs
its user-agent and accept headers, which yun leaves unsigned).

Run as make_vectors.py is run (see README.md); writes
crates/core/tests/vectors/aliyun_resource.json.
"""

import base64
import json
from pathlib import Path
from unittest import mock

from alibabacloud_cs20151215 import models as cs_models
from alibabacloud_cs20151215.client import Client as CsClient
from alibabacloud_fc20230330 import models as fc_models
from alibabacloud_fc20230330.client import Client as FcClient
from alibabacloud_ocr_api20210707 import models as ocr_models
from alibabacloud_ocr_api20210707.client import Client as OcrClient
from alibabacloud_tea_openapi import utils as tea_utils
from alibabacloud_tea_openapi import utils_models as open_api_models
from alibabacloud_tea_openapi.utils import Utils as TeaUtils
from darabonba.core import DaraCore
from darabonba.runtime import RuntimeOptions

OUT = Path(__file__).resolve().parents[2] / "crates" / "core" / "tests" / "vectors"
AK, SK = "LTAI5tResourceVectors", "resource-vector-secret"
TIMESTAMP, UNIX = "2026-12-05T08:00:00Z", 1_796_457_600
NONCE = "0123456789abcdef0123456789abcdef"


class Captured(Exception):
    pass


def capture(call):
    """Runs `call` with the SDK's transport replaced; returns its request."""
    seen = {}

    def do_action(request, runtime):
        seen["request"] = request
        raise Captured()

    with mock.patch.object(DaraCore, "do_action", do_action), \
            mock.patch.object(TeaUtils, "get_timestamp", return_value=TIMESTAMP), \
            mock.patch.object(TeaUtils, "get_nonce", return_value=NONCE):
        try:
            call()
        except Exception:  # the SDK wraps the capture in its retry error
            pass
    return seen["request"]


def config(endpoint):
    return open_api_models.Config(access_key_id=AK, access_key_secret=SK, endpoint=endpoint)


def body_bytes(request):
    body = request.body
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode("utf-8")
    if hasattr(body, "read"):
        return body.read()
    return bytes(body)


YUN_SIGNS = ("host", "content-type")


class _Req:
    def __init__(self, method, pathname, query, headers):
        self.method, self.pathname, self.query, self.headers = method, pathname, query, headers


def case(name, product, action, version, template, path_params, header_members, request):
    headers = {k.lower(): v for k, v in request.headers.items()}
    body = body_bytes(request)
    signed = {k: v for k, v in headers.items()
              if k in YUN_SIGNS or (k.startswith("x-acs-") and k != "x-acs-credentials-provider")
              or k in [h.lower() for h in header_members]}
    payload_hash = signed["x-acs-content-sha256"]
    req = _Req(request.method, request.pathname, request.query, signed)
    auth = TeaUtils.get_authorization(req, "ACS3-HMAC-SHA256", payload_hash, AK, SK)
    canon_headers, signed_headers = tea_utils.get_canonicalized_headers(signed)
    canonical = "\n".join([request.method, request.pathname,
                           tea_utils.get_canonical_query_string(request.query),
                           canon_headers, signed_headers, payload_hash])
    return {
        "name": name,
        "product": product,
        "action": action,
        "version": version,
        "method": request.method,
        "template": template,
        "path_params": path_params,
        "header_members": {h: headers[h.lower()] for h in header_members},
        "host": headers["host"],
        "path": request.pathname,
        "query": sorted((k, v) for k, v in (request.query or {}).items() if v is not None),
        "content_type": headers.get("content-type"),
        "body_base64": base64.b64encode(body).decode(),
        "timestamp": TIMESTAMP,
        "unix": UNIX,
        "nonce": NONCE,
        "access_key_id": AK,
        "access_key_secret": SK,
        "canonical_request": canonical,
        "authorization": auth,
    }


def cases():
    rt = RuntimeOptions(autoretry=False)
    out = []

    cs = CsClient(config("cs.cn-hangzhou.aliyuncs.com"))
    pool = cs_models.CreateClusterNodePoolRequest(
        nodepool_info=cs_models.CreateClusterNodePoolRequestNodepoolInfo(name="pool 一", type="ess"),
        count=2,
    )
    r = capture(lambda: cs.create_cluster_node_pool_with_options(
        "c-1 集群/x", pool, {"x-acs-demo": "v"}, rt))
    out.append(case("cs-create-node-pool", "cs", "CreateClusterNodePool", "2015-12-15",
                    "/clusters/{ClusterId}/nodepools", {"ClusterId": "c-1 集群/x"}, ["x-acs-demo"], r))

    r = capture(lambda: cs.describe_clusters_v1with_options(
        cs_models.DescribeClustersV1Request(name="a b*c~", cluster_type="ManagedKubernetes",
                                            page_size=20, page_number=1), {}, rt))
    out.append(case("cs-describe-clusters", "cs", "DescribeClustersV1", "2015-12-15",
                    "/api/v1/clusters", {}, [], r))

    r = capture(lambda: cs.delete_cluster_nodepool_with_options(
        "c-1", "np-2", cs_models.DeleteClusterNodepoolRequest(force=True), {}, rt))
    out.append(case("cs-delete-node-pool", "cs", "DeleteClusterNodepool", "2015-12-15",
                    "/clusters/{ClusterId}/nodepools/{NodepoolId}",
                    {"ClusterId": "c-1", "NodepoolId": "np-2"}, [], r))

    # `cluster_id` declared in the path and in the JSON body: the SDK sends both.
    r = capture(lambda: cs.create_trigger_with_options(
        "c-1", cs_models.CreateTriggerRequest(cluster_id="c-1", action="redeploy",
                                              project_id="default/web", type="deployment"), {}, rt))
    out.append(case("cs-create-trigger-path-and-body", "cs", "CreateTrigger", "2015-12-15",
                    "/clusters/{cluster_id}/triggers", {"cluster_id": "c-1"}, [], r))

    ocr = OcrClient(config("ocr-api.cn-hangzhou.aliyuncs.com"))
    image = bytes(range(256)) * 4
    r = capture(lambda: ocr.recognize_general_with_options(
        ocr_models.RecognizeGeneralRequest(body=__import__("io").BytesIO(image)), rt))
    out.append(case("ocr-recognize-general", "ocr-api", "RecognizeGeneral", "2021-07-07",
                    "/", {}, [], r))

    fc = FcClient(config("1234.cn-hangzhou.fc.aliyuncs.com"))
    payload = b'{"event": "\xe4\xb8\x80"}'
    r = capture(lambda: fc.invoke_function_with_options(
        "my fn", fc_models.InvokeFunctionRequest(body=__import__("io").BytesIO(payload), qualifier="LATEST"),
        fc_models.InvokeFunctionHeaders(x_fc_invocation_type="Async", x_fc_log_type="Tail"), rt))
    out.append(case("fc-invoke-function", "fc", "InvokeFunction", "2023-03-30",
                    "/2023-03-30/functions/{functionName}/invocations", {"functionName": "my fn"},
                    ["x-fc-invocation-type", "x-fc-log-type"], r))

    function = fc_models.CreateFunctionInput(function_name="f1", handler="index.handler",
                                             runtime="python3.10", memory_size=512,
                                             environment_variables={"MODE": "prod", "键": "值"})
    r = capture(lambda: fc.create_function_with_options(
        fc_models.CreateFunctionRequest(body=function), {}, rt))
    out.append(case("fc-create-function", "fc", "CreateFunction", "2023-03-30",
                    "/2023-03-30/functions", {}, [], r))
    return out


def main():
    data = cases()
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    (OUT / "aliyun_resource.json").write_text(text, encoding="utf-8")
    print(f"wrote {OUT / 'aliyun_resource.json'}: {len(data)}")


if __name__ == "__main__":
    main()

"""Test-only HTTP node for osmem-server (never used by the product code).

The official client sends ``application/vnd.elasticsearch+json; compatible-with=N``; osmem
(like OpenSearch) answers 406 to that. This node sends plain ``application/json`` instead. The
store picks it up through ``ADSWEEP_ES_NODE_CLASS=tests.store.esnode:PlainJsonNode``.
"""

from __future__ import annotations

from typing import Any

from elastic_transport import HttpHeaders, Urllib3HttpNode


class PlainJsonNode(Urllib3HttpNode):
    def perform_request(self, method: str, target: str, body: Any = None,
                        headers: HttpHeaders | None = None, **kw: Any):  # fmt: skip
        headers = HttpHeaders(headers or {})
        for name in ("accept", "content-type"):
            if "vnd.elasticsearch" in headers.get(name, ""):
                ndjson = "x-ndjson" in headers[name]
                headers[name] = "application/x-ndjson" if ndjson else "application/json"
        return super().perform_request(method, target, body, headers, **kw)

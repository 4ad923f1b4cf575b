"""The embedded OpenSearch node of the test session: a real engine, green, with our modules."""

from __future__ import annotations


def test_node_is_a_green_opensearch_2_19_with_the_modules_the_store_needs(opensearch_node):
    root = opensearch_node.request("GET", "/")
    assert root["version"]["distribution"] == "opensearch"
    assert root["version"]["number"] == "2.19.6"
    assert opensearch_node.url.startswith("http://127.0.0.1:")
    assert opensearch_node.request("GET", "/_cluster/health")["status"] == "green"
    # The benchmark's engine_cpu_s: the JVM has worked (started, answered), and it only grows.
    used = opensearch_node.cpu_seconds()
    assert used > 0 and opensearch_node.cpu_seconds() >= used
    plugins = {p["component"] for p in opensearch_node.request("GET", "/_cat/plugins?format=json")}
    modules = opensearch_node.request("GET", "/_nodes/plugins")["nodes"]
    names = {p["classname"] for n in modules.values() for p in n["plugins"]}
    assert {
        "org.opensearch.transport.Netty4Plugin",
        "org.opensearch.analysis.common.CommonAnalysisPlugin",
        "org.opensearch.painless.PainlessPlugin",
        "org.opensearch.index.reindex.ReindexPlugin",
    } <= names, (plugins, names)


def test_cjk_bigrams_and_whitespace_analysis_are_built_in(opensearch_node):
    """The store indexes Chinese without analyzer plugins: cjk bigrams plus jieba words."""
    cjk = opensearch_node.request("POST", "/_analyze", {"analyzer": "cjk", "text": "电工证包过"})
    assert [t["token"] for t in cjk["tokens"]] == ["电工", "工证", "证包", "包过"]
    ws = opensearch_node.request(
        "POST", "/_analyze",
        {"tokenizer": "whitespace", "filter": ["lowercase"], "text": "电工证 包过 WX123"},
    )  # fmt: skip
    assert [t["token"] for t in ws["tokens"]] == ["电工证", "包过", "wx123"]

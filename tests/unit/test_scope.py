from crawlers.scope import in_scope, scope_hosts


def test_scope_is_the_seeds_hosts_and_their_subdomains():
    hosts = scope_hosts(["https://www.shop.example/a", "http://127.0.0.1:8080/"], ["extra.example"])
    assert hosts == frozenset({"shop.example", "127.0.0.1", "extra.example"})
    assert in_scope("https://shop.example/x", hosts)
    assert in_scope("https://m.shop.example/x", hosts)
    assert in_scope("https://www.shop.example/x", hosts)
    assert in_scope("http://127.0.0.1:9999/other-port", hosts)
    assert in_scope("https://a.extra.example/", hosts)


def test_scope_rejects_look_alikes_and_other_schemes():
    hosts = scope_hosts(["https://shop.example/"])
    assert not in_scope("https://evilshop.example/", hosts)
    assert not in_scope("https://shop.example.evil.com/", hosts)
    assert not in_scope("ftp://shop.example/file", hosts)
    assert not in_scope("mailto:a@shop.example", hosts)
    assert not in_scope("https://other.example/?u=shop.example", hosts)

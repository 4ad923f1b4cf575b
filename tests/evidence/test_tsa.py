"""RFC 3161 timestamps of a run's manifest against OpenSSL's own TSA, run locally."""

from __future__ import annotations

import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from pipelines.errors import TimestampError
from pipelines.evidence.tsa import build_request, response_status, timestamp_run

TSA_CNF = """
[ req ]
distinguished_name = dn
[ dn ]
[ tsa_ext ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = critical,timeStamping
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {dir}
serial = $dir/serial
signer_cert = $dir/tsa.crt
signer_key = $dir/tsa.key
certs = $dir/ca.crt
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256
accuracy = secs:1
ess_cert_id_alg = sha256
"""


def _ssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def tsa(tmp_path_factory):
    """A CA, a TSA certificate and an HTTP endpoint that answers with ``openssl ts -reply``."""
    d = tmp_path_factory.mktemp("tsa")
    (d / "tsa.cnf").write_text(TSA_CNF.format(dir=d))
    (d / "serial").write_text("01\n")
    _ssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt",
         "-days", "2", "-subj", "/CN=adsweep test CA", cwd=d)  # fmt: skip
    _ssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr",
         "-subj", "/CN=adsweep test TSA", "-config", "tsa.cnf", cwd=d)  # fmt: skip
    _ssl("x509", "-req", "-in", "tsa.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
         "-CAcreateserial", "-out", "tsa.crt", "-days", "2", "-extfile", "tsa.cnf",
         "-extensions", "tsa_ext", cwd=d)  # fmt: skip
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            with lock:
                (d / "q.tsq").write_bytes(body)
                _ssl("ts", "-reply", "-config", "tsa.cnf", "-queryfile", "q.tsq",
                     "-out", "r.tsr", cwd=d)  # fmt: skip
                reply = (d / "r.tsr").read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, *a):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/tsa", d
    server.shutdown()
    server.server_close()


def test_request_is_valid_der_for_openssl(tmp_path):
    q = tmp_path / "q.tsq"
    q.write_bytes(build_request(b"\x11" * 32, nonce=0x1234))
    out = subprocess.run(["openssl", "ts", "-query", "-in", str(q), "-text"],
                         capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "Hash Algorithm: sha256" in out and "11 11 11" in out and "Nonce: 0x1234" in out
    assert "Certificate required: yes" in out


def test_timestamp_run_verifies_with_openssl(captured_run, tsa):
    url, d = tsa
    archive = captured_run[0]
    tsr = timestamp_run(archive, "run-ev", url)
    assert response_status(tsr.read_bytes()) == 0
    manifest = archive.manifest_path("run-ev")
    ok = subprocess.run(["openssl", "ts", "-verify", "-data", str(manifest), "-in", str(tsr),
                         "-CAfile", str(d / "ca.crt"), "-untrusted", str(d / "tsa.crt")],
                        capture_output=True, text=True)  # fmt: skip
    assert ok.returncode == 0 and "Verification: OK" in ok.stdout
    manifest.write_bytes(manifest.read_bytes() + b"\n")  # any change breaks the token
    bad = subprocess.run(["openssl", "ts", "-verify", "-data", str(manifest), "-in", str(tsr),
                          "-CAfile", str(d / "ca.crt"), "-untrusted", str(d / "tsa.crt")],
                         capture_output=True, text=True)  # fmt: skip
    assert bad.returncode != 0


def test_pipeline_timestamps_at_close(tmp_path, tsa):
    from scrapy.utils.test import get_crawler

    from crawlers.settings_docs import adsweep_defaults
    from pipelines.evidence.pipeline import EvidencePipeline
    from tests.store.storefactory import page_item

    crawler = get_crawler(settings_dict={**adsweep_defaults(), "EVIDENCE_DIR": str(tmp_path / "ev"),
                                         "ADSWEEP_RUN_ID": "r-ts", "EVIDENCE_TSA_URL": tsa[0]})  # fmt: skip
    crawler.stats.open_spider()
    pipe = EvidencePipeline.from_crawler(crawler)
    pipe.open_spider()
    pipe.process_item(page_item(1))
    pipe.close_spider()
    assert crawler.stats.get_value("adsweep/evidence/timestamped") == 1
    assert (tmp_path / "ev/runs/r-ts/manifest.tsr").exists()


def test_unreachable_tsa_is_an_error(captured_run):
    with pytest.raises(TimestampError, match="无法连接"):
        timestamp_run(captured_run[0], "run-ev", "http://127.0.0.1:9/tsa", timeout=2)

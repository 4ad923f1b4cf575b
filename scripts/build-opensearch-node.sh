#!/usr/bin/env bash
# Build deploy/opensearch-node: the embedded OpenSearch 2.19.6 node that the tests, the store
# benchmark and `adsweep store node` start (pipelines/store/node.py).
#  - skipped when target/ was built from the same pom.xml and sources (a stamp of their hash);
#  - Maven runs offline first (every jar cached in ~/.m2 after the first build) and goes to
#    Maven Central only when something is missing, e.g. on a fresh machine (about 60 MB).
set -euo pipefail
cd "$(dirname "$0")/../deploy/opensearch-node"
stamp=target/.adsweep-build
want=$( (cat pom.xml; find src -type f | LC_ALL=C sort | xargs cat) | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -d target/lib ]; then
  echo "adsweep setup: OpenSearch node up to date"
  exit 0
fi
start=$(date +%s)
rm -rf target
log=$(mktemp)
if mvn -B -q -o compile >"$log" 2>&1; then
  how="offline"
elif mvn -B -q compile >"$log" 2>&1; then
  how="downloading from Maven Central"
else
  cat "$log" >&2
  rm -f "$log"
  echo "adsweep setup: building the OpenSearch node failed (see above)" >&2
  exit 1
fi
rm -f "$log"
echo "$want" >"$stamp"
echo "adsweep setup: OpenSearch node built ($how) in $(($(date +%s) - start)) s: $(ls target/lib | wc -l) jars"

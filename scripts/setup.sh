#!/usr/bin/env bash
# Set up adsweep on a fresh Debian 12 machine (idempotent: a second run skips what is there).
#  - Debian packages: chromium, CJK fonts, WeasyPrint's libraries, poppler, redis, openssl
#  - .venv in the repo root with the locked Python dependencies (uv + uv.lock)
#  - Java 17 + Maven, and the embedded OpenSearch node the store tests run on
#    (deploy/opensearch-node; set ADSWEEP_SKIP_OPENSEARCH=1 to skip on a machine that only crawls)
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  chromium fonts-noto-cjk fonts-symbola
  libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
  poppler-utils redis-server openssl
  openjdk-17-jdk-headless maven
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "adsweep setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "adsweep setup: Debian packages present"
fi

export UV_PYTHON_DOWNLOADS=never
if ! command -v uv >/dev/null 2>&1; then
  echo "adsweep setup: installing uv"
  python3 -m pip install --quiet --disable-pip-version-check uv
fi
PY=$(command -v python3.11 || command -v python3)
uv sync --frozen --extra dev --python "$PY" --quiet
echo "adsweep setup: .venv ready ($(.venv/bin/python --version))"

# Bytecode, written once. Machines that set PYTHONDONTWRITEBYTECODE=1 (these do) never write a
# .pyc on import, so every process compiled every module it imports from source: Scrapy, Twisted,
# NumPy and the lexicon's 7,000-line modules, about 1.3 s of CPU per process, paid by every crawl
# and every one of the test suite's subprocesses. compileall writes them (it skips files whose
# .pyc is current, so a second setup takes seconds); imports read them whatever that variable says.
SITE=$(.venv/bin/python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
.venv/bin/python -m compileall -q -j 0 "$SITE" crawlers lexicon pipelines reports reviewer >/dev/null \
  || echo "adsweep setup: some files could not be byte-compiled (they compile on import, as before)"
echo "adsweep setup: bytecode written"

if [ "${ADSWEEP_SKIP_OPENSEARCH:-0}" != "1" ]; then
  bash scripts/build-opensearch-node.sh
fi

# Official-document fonts (GB/T 9704): FandolFang is Debian's only simplified FangSong, inside
# texlive-lang-chinese; fontconfig sees it only from a font directory. The alias file lets
# LibreOffice render DOCX letters that name the fonts officials' machines have (仿宋, 宋体, …).
FONT_DIR=/usr/local/share/fonts/adsweep-fandol
FANDOL=/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
if [ ! -f "$FONT_DIR/FandolFang-Regular.otf" ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  if [ ! -f "$FANDOL/FandolFang-Regular.otf" ]; then
    echo "adsweep setup: installing texlive-lang-chinese (FandolFang)"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends texlive-lang-chinese >/dev/null
  fi
  $SUDO mkdir -p "$FONT_DIR"
  $SUDO cp "$FANDOL"/FandolFang-Regular.otf "$FANDOL"/FandolKai-Regular.otf \
    "$FANDOL"/FandolHei-Regular.otf "$FANDOL"/FandolHei-Bold.otf "$FONT_DIR/"
  $SUDO cp scripts/fonts/65-adsweep-gbt9704.conf /etc/fonts/conf.d/
  $SUDO fc-cache -f >/dev/null
fi
[ -n "$(fc-list FandolFang family)" ] || { echo "adsweep setup: FandolFang not visible to fontconfig" >&2; exit 1; }
echo "adsweep setup: official-document fonts present (FandolFang, Noto Serif CJK SC)"

# The detector's build (variant automata, the segmenter's lexicon words; 10-20 s of CPU on a small
# machine) is kept in ~/.cache/adsweep/build (lexicon/buildcache.py): built here once, every later
# adsweep process (and the test suite's hundreds of them) reads it back instead of building again.
.venv/bin/python -c "from lexicon import get_detector; get_detector()"
echo "adsweep setup: detector built (cache: ${ADSWEEP_BUILD_CACHE:-${XDG_CACHE_HOME:-~/.cache}/adsweep/build})"

#!/usr/bin/env bash
# Debian packages the tests, the demo and the benchmarks need; installs only what is missing.
#   fonts-noto-cjk         CJK fonts (宋体/黑体 styles) for PDF rendering and OCR test scans
#   fonts-wqy-zenhei       a TrueType CJK font: test PDFs like Word's, whose fonts are TrueType
#   libharfbuzz-subset0    WeasyPrint subsets fonts with it (without it a PDF page takes seconds)
#   poppler-utils          pdftoppm / pdffonts, to check rendered PDFs
#   chromium               headless browser tests (Playwright drives Debian's Chromium)
#   goaccess               reference counts for the access-log metrics
#   postgresql             the production database, tested beside SQLite
#   libreoffice-writer-nogui, libreoffice-calc-nogui
#                          converts old .doc/.xls reports to .docx/.xlsx for extraction
#   gcc, python3-dev       mypyc compiles the extraction's hot modules (scripts/compile.py)
#   nodejs, npm            only when npm is missing: fetches axe-core for the accessibility tests
set -euo pipefail
PACKAGES=(fonts-noto-cjk fonts-wqy-zenhei libharfbuzz-subset0 poppler-utils chromium goaccess postgresql
  libreoffice-writer-nogui libreoffice-calc-nogui gcc python3-dev)
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "missing system packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "installing system packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

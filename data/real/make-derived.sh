#!/usr/bin/env bash
# Regenerates every derived form of data/real from data/real/published/ (see README.md).
# Needs: bash, python3 (standard library), pdftotext (Debian poppler-utils), and for docx-pdf/
# soffice (Debian libreoffice-writer-nogui). Same bytes on a re-run (checked with poppler 22.12.0 and
# LibreOffice 7.4 on Debian 12; another version of either may render differently).
set -euo pipefail
cd "$(dirname "$0")"
export LC_ALL=C.UTF-8 TZ=UTC
PUB=published
T=tools
SAMPLES="000_e68cb52c77f44b56 001_27f8d99802f30b11 002_a8c5ccbb08d3ebcc 003_26d78d44b29d2cd6 004_c11da406a9962a57"
PDF=101_huaian-city-gov-2024
HTML=104_shuyang-drc-2023
DOCX_REPORTS="000_e68cb52c77f44b56 001_27f8d99802f30b11 002_a8c5ccbb08d3ebcc 004_c11da406a9962a57 $PDF $HTML 106_pingtan-office-2019 108_pingtan-office-2023 110_pingtan-econdev-2022"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

fresh() { rm -rf "$1"; mkdir -p "$1/truth"; }

echo "crawled/"
fresh crawled
for s in $SAMPLES; do
  python3 $T/crawled.py lines $PUB/$s.txt crawled/$s.txt
  python3 $T/derive_truth.py flattened $PUB/truth/$s.json crawled/truth/$s.json $s.txt \
    "crawled/: made by tools/crawled.py lines from published/$s.txt (lines joined with spaces, the cells of a row run together, the next label glued on)."
done
python3 $T/crawled.py html $PUB/$HTML.html crawled/$HTML.txt
python3 $T/derive_truth.py flattened $PUB/truth/$HTML.json crawled/truth/$HTML.json $HTML.txt \
  "crawled/: made by tools/crawled.py html from published/$HTML.html (innerText of a text-only crawler: the cells of a table row concatenated without separators, rows separated by a space)."

for mode in default raw layout; do
  echo "pdftotext-$mode/"
  fresh pdftotext-$mode
  opt=(); [ $mode != default ] && opt=(-$mode)
  pdftotext "${opt[@]}" -enc UTF-8 $PUB/$PDF.pdf pdftotext-$mode/$PDF.txt
  python3 $T/derive_truth.py copy $PUB/truth/$PDF.json pdftotext-$mode/truth/$PDF.json $PDF.txt \
    "pdftotext-$mode/: pdftotext ${opt[*]} -enc UTF-8 (poppler-utils) of published/$PDF.pdf; truth = the PDF's truth."
done

echo "docx-pdf/"
fresh docx-pdf
mkdir -p docx-pdf/sources
pdftotext -enc UTF-8 $PUB/$PDF.pdf "$WORK/$PDF.txt"
cp crawled/$HTML.txt "$WORK/$HTML.txt"
for s in $DOCX_REPORTS; do
  src=$PUB/$s.txt; [ -f "$WORK/$s.txt" ] && src="$WORK/$s.txt"
  python3 $T/docx_report.py $PUB/truth/$s.json "$src" docx-pdf/sources/$s.docx
  python3 $T/derive_truth.py tables $PUB/truth/$s.json docx-pdf/truth/$s.json $s.pdf \
    "docx-pdf/: sources/$s.docx written by tools/docx_report.py (official template structure, merged cells) from this report's truth and its own narrative text, rendered to PDF by LibreOffice headless; truth = the source truth's agency, year, template and tables."
done
soffice -env:UserInstallation=file://$WORK/lo-profile --headless --convert-to pdf --outdir docx-pdf docx-pdf/sources/*.docx >"$WORK/soffice.log" 2>&1 \
  || { cat "$WORK/soffice.log"; exit 1; }
for f in docx-pdf/*.pdf; do python3 $T/pdf_stable.py "$f"; done
ls docx-pdf/*.pdf | wc -l | xargs echo "  PDFs:"

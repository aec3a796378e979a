#!/usr/bin/env bash
# Opens an experiment report in headless Chromium (Debian's `chromium`), takes a full-page
# screenshot, and checks that the tables and every plot are there: the DOM must hold the tables and
# one inline PNG per plot file in the folder, and the screenshot must show the plots' coloured
# pixels. Not part of the test suite (it needs a browser); run it after `rebalance compare`.
# Usage: tools/report_check.sh EXPERIMENT_DIR     (writes EXPERIMENT_DIR/report-screenshot.png)
set -euo pipefail
DIR="$(cd "${1:?usage: tools/report_check.sh EXPERIMENT_DIR}" && pwd)"
BROWSER="$(command -v chromium || command -v chromium-browser || true)"
[[ -n "$BROWSER" ]] || { echo "report_check: chromium not found (apt-get install chromium)" >&2; exit 2; }
URL="file://$DIR/report.html"
SHOT="$DIR/report-screenshot.png"
FLAGS=(--headless --no-sandbox --disable-gpu --hide-scrollbars)
DOM="$("$BROWSER" "${FLAGS[@]}" --dump-dom "$URL" 2>/dev/null)"
"$BROWSER" "${FLAGS[@]}" --window-size=1280,12000 --screenshot="$SHOT" "$URL" >/dev/null 2>&1
PLOTS=$(ls "$DIR"/*.png | grep -v report-screenshot | wc -l)
INLINE=$(grep -o 'src="data:image/png;base64,' <<<"$DOM" | wc -l)
TABLES=$(grep -o '<table' <<<"$DOM" | wc -l)
/usr/bin/python3 - "$SHOT" "$PLOTS" "$INLINE" "$TABLES" <<'PY'
import sys
from PIL import Image
shot, plots, inline, tables = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
img = Image.open(shot).convert("RGB")
w, h = img.size
# pixels that are clearly coloured (not white, grey or black): lines, bars, heat-map cells
coloured = sum(1 for r, g, b in img.getdata() if max(r, g, b) - min(r, g, b) > 60)
print(f"screenshot {w}x{h}, {coloured} coloured pixels; {inline} inline plots for {plots} PNG files; {tables} tables")
ok = inline == plots and plots >= 2 and tables >= 1 and coloured > 20000 * plots
print("report check: " + ("OK" if ok else "FAILED"))
sys.exit(0 if ok else 1)
PY

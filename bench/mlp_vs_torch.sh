#!/usr/bin/env bash
# MLP training speed, Rebalance vs the PyTorch reference, side by side in one run on identical data.
# Needs Debian's python3-torch and python3-sklearn (see ../shared/ref/README.md).
# Usage: bench/mlp_vs_torch.sh [REF_DIR]   (default REF_DIR: ../shared/ref)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
REF="${1:-$ROOT/../shared/ref}"
WORK="$ROOT/bench/work"
mkdir -p "$WORK"
DATA="$WORK/fingerprints.csv.gz"
PY=/usr/bin/python3

"$ROOT/rebalance" --version >/dev/null   # builds the app if needed
if [[ ! -f "$DATA" ]]; then
  "$PY" "$REF/torch_mlp_bench.py" --save-data "$DATA" --epochs 1 >/dev/null 2>&1
fi

row() { # name json
  "$PY" -c 'import json,sys; j=json.loads(sys.argv[2]); print(f"| {sys.argv[1]:<28} | {j[\"threads\"]:>7} | {j[\"samples_per_s\"]:>12,.0f} | {j.get(\"test_roc_auc\",0):.4f} |")' "$1" "$2"
}

echo "| peer                         | threads |    samples/s | test ROC-AUC |"
echo "|------------------------------|---------|--------------|--------------|"
for t in 1 2; do
  J=$("$PY" "$REF/torch_mlp_bench.py" --data "$DATA" --threads "$t" 2>/dev/null | tail -1)
  row "PyTorch (python)" "$J"
done
for t in 1 2; do
  J=$("$ROOT/rebalance" bench-mlp --data "$DATA" --threads "$t" | tail -1)
  row "Rebalance (DJL, PyTorch)" "$J"
done

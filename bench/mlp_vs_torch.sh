#!/usr/bin/env bash
# MLP training speed, Rebalance vs the PyTorch reference, side by side in one run on identical data.
# Needs Debian's python3-torch and python3-sklearn (see ../shared/ref/README.md).
# Usage: bench/mlp_vs_torch.sh [REF_DIR]   (default REF_DIR: ../shared/ref; ROUNDS=2 by default)
set -euo pipefail
# Both peers keep freed memory in the process (glibc's defaults hand large blocks back to the system, and
# on the development VM every page fault is slow: PyTorch's 3x3 convolution took 36 ms instead of 1.8 ms).
source "$(dirname "$0")/malloc_env.sh"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
REF="${1:-$ROOT/../shared/ref}"
ROUNDS="${ROUNDS:-2}"
WORK="$ROOT/bench/work"
mkdir -p "$WORK"
DATA="$WORK/fingerprints.csv.gz"
PY=/usr/bin/python3

"$ROOT/rebalance" --version >/dev/null   # builds the app if needed
if [[ ! -f "$DATA" ]]; then
  "$PY" "$REF/torch_mlp_bench.py" --save-data "$DATA" --epochs 1 >/dev/null 2>&1
fi

row() { # round name json
  "$PY" - "$1" "$2" "$3" <<'PY'
import json, sys
j = json.loads(sys.argv[3])
print("| %s | %s | %d | %s | %.4f |" % (sys.argv[1], sys.argv[2], j["threads"],
      format(int(j["samples_per_s"]), ","), j["test_roc_auc"]))
PY
}
rebalance() { "$ROOT/rebalance" bench-mlp --data "$DATA" "$@" | tail -1; }

table() {
  echo "| round | peer | threads | samples/s | test ROC-AUC |"
  echo "|---|---|---|---|---|"
  for r in $(seq 1 "$ROUNDS"); do
    for t in 1 2; do
      row "$r" "PyTorch $("$PY" -c 'import torch; print(torch.__version__)') (Python)" \
        "$("$PY" "$REF/torch_mlp_bench.py" --data "$DATA" --threads "$t" 2>/dev/null | tail -1)"
      row "$r" "Rebalance, dense, fused Adam" "$(rebalance --threads "$t")"
      row "$r" "Rebalance, sparse-binary, fused Adam" "$(rebalance --threads "$t" --input-encoding sparse_binary)"
    done
    row "$r" "Rebalance, dense, DJL Adam" "$(rebalance --threads 2 --adam djl)"
  done
}

# the table, then each round's best against best (the ratio the issue's target is about)
table | "$PY" "$ROOT/bench/ratios.py"

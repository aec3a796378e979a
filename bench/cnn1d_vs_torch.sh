#!/usr/bin/env bash
# 1-D CNN regression training speed, Rebalance vs an identical PyTorch model, side by side in one run on
# identical data (the synthetic signal task: sigma ~ U(1,10), 128 values from N(0, sigma^2) per sample).
# Needs Debian's python3-torch. Usage: bench/cnn1d_vs_torch.sh   (ROUNDS=2 by default)
set -euo pipefail
# Both peers keep freed memory in the process (glibc's defaults hand large blocks back to the system, and
# on the development VM every page fault is slow: PyTorch's 3x3 convolution took 36 ms instead of 1.8 ms).
source "$(dirname "$0")/malloc_env.sh"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${ROUNDS:-2}"
WORK="$ROOT/bench/work"
mkdir -p "$WORK"
DATA="$WORK/signals.csv.gz"
PY=/usr/bin/python3
REF="$ROOT/bench/reference/torch_cnn1d_bench.py"

"$ROOT/rebalance" --version >/dev/null   # builds the app if needed
if [[ ! -f "$DATA" ]]; then
  "$PY" "$REF" --save-data "$DATA" --epochs 1 >/dev/null 2>&1
fi

row() { # round name json
  "$PY" - "$1" "$2" "$3" <<'PY'
import json, sys
j = json.loads(sys.argv[3])
print("| %s | %s | %d | %s | %.3f |" % (sys.argv[1], sys.argv[2], j["threads"],
      format(int(j["samples_per_s"]), ","), j["test_rmse"]))
PY
}

echo "| round | peer | threads | samples/s | test RMSE |"
echo "|---|---|---|---|---|"
for r in $(seq 1 "$ROUNDS"); do
  for t in 1 2; do
    row "$r" "PyTorch $("$PY" -c 'import torch; print(torch.__version__)') (Python)" \
      "$("$PY" "$REF" --data "$DATA" --threads "$t" 2>/dev/null | tail -1)"
    row "$r" "Rebalance cnn1d, fused Adam" "$("$ROOT/rebalance" bench-cnn1d --data "$DATA" --threads "$t" | tail -1)"
  done
done

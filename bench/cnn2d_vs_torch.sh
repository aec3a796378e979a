#!/usr/bin/env bash
# 2-D CNN training speed, Rebalance vs an identical PyTorch model, side by side in one run on identical
# data: the MNIST subset in data/mnist (10,000 training images of 28 x 28, 10 classes; test accuracy on
# the 2,000 test images). Needs Debian's python3-torch. Usage: bench/cnn2d_vs_torch.sh   (ROUNDS=2, EPOCHS=10
# by default; both peers train EPOCHS epochs and report the training images over the median epoch time, the first
# epoch untimed. Ten, not six: with two busy replicas the JVM's compiler threads share the two cores for the first
# few epochs (C2 took 9 % of all samples of a run), and a median over nine epochs is less swayed by them.)
set -euo pipefail
# Both peers keep freed memory in the process (glibc's defaults hand large blocks back to the system, and
# on the development VM every page fault is slow: PyTorch's 3x3 convolution took 36 ms instead of 1.8 ms).
source "$(dirname "$0")/malloc_env.sh"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${ROUNDS:-2}"
EPOCHS="${EPOCHS:-10}"
DATA="$ROOT/data/mnist"
PY=/usr/bin/python3
REF="$ROOT/bench/reference/torch_cnn2d_bench.py"

"$ROOT/rebalance" --version >/dev/null   # builds the app if needed

row() { # round name json
  "$PY" - "$1" "$2" "$3" <<'PY'
import json, sys
j = json.loads(sys.argv[3])
# cores used: engine threads times replicas (each replica runs on its own thread)
print("| %s | %s | %d | %s | %.4f |" % (sys.argv[1], sys.argv[2], j["threads"] * j.get("replicas", 1),
      format(int(j["samples_per_s"]), ","), j["test_accuracy"]))
PY
}

table() {
  echo "| round | peer | threads | samples/s | test accuracy |"
  echo "|---|---|---|---|---|"
  for r in $(seq 1 "$ROUNDS"); do
    for t in 1 2; do
      row "$r" "PyTorch $("$PY" -c 'import torch; print(torch.__version__)') (Python)" \
        "$("$PY" "$REF" --data "$DATA" --threads "$t" --epochs "$EPOCHS" 2>/dev/null | tail -1)"
      row "$r" "Rebalance cnn2d, fused Adam" "$("$ROOT/rebalance" bench-cnn2d --data "$DATA" --threads "$t" --epochs "$EPOCHS" | tail -1)"
    done
    # data-parallel: two one-thread replicas, each on half of every batch
    row "$r" "Rebalance cnn2d, 2 replicas x 1 thread" \
      "$("$ROOT/rebalance" bench-cnn2d --data "$DATA" --threads 1 --replicas 2 --epochs "$EPOCHS" | tail -1)"
  done
}

# the table, then each round's best against best (the ratio the issue's target is about)
table | "$PY" "$ROOT/bench/ratios.py"

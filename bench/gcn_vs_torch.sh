#!/usr/bin/env bash
# Graph-network featurisation and training speed, Rebalance vs the PyTorch + RDKit reference, side by
# side in one run on the same SMILES file (same architecture, batch size and 75 atom features).
# Needs Debian's python3-torch, python3-sklearn, python3-rdkit, python3-pandas (../shared/ref/README.md).
# Usage: bench/gcn_vs_torch.sh [DATA] [REF_DIR]   (defaults: data/ames_hansen2009.csv, ../shared/ref;
#        ROUNDS=2, EPOCHS=6 by default)
set -euo pipefail
# Both peers keep freed memory in the process (glibc's defaults hand large blocks back to the system, and
# on the development VM every page fault is slow: PyTorch's 3x3 convolution took 36 ms instead of 1.8 ms).
source "$(dirname "$0")/malloc_env.sh"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DATA="${1:-$ROOT/data/ames_hansen2009.csv}"
REF="${2:-$ROOT/../shared/ref}"
ROUNDS="${ROUNDS:-2}"
EPOCHS="${EPOCHS:-6}"
PY=/usr/bin/python3

"$ROOT/rebalance" --version >/dev/null   # builds the app if needed

row() { # round name json
  "$PY" - "$1" "$2" "$3" <<'PY'
import json, sys
j = json.loads(sys.argv[3])
print("| %s | %s | %d | %.2f | %s | %.3f | %.3f |" % (sys.argv[1], sys.argv[2], j["threads"], j["featurise_s"],
      format(int(j["molecules_per_s"]), ","), j["test"]["balanced_accuracy"], j["test"]["roc_auc"]))
PY
}

echo "| round | peer | threads | featurise s | training molecules/s | test bal. acc. | test ROC-AUC |"
echo "|---|---|---|---|---|---|---|"
for r in $(seq 1 "$ROUNDS"); do
  for t in 1 2; do
    row "$r" "PyTorch $("$PY" -c 'import torch; print(torch.__version__)') + RDKit (Python)" \
      "$("$PY" "$REF/torch_gcn_bench.py" --data "$DATA" --epochs "$EPOCHS" --threads "$t" 2>/dev/null | tail -1)"
    row "$r" "Rebalance (DJL + CDK)" "$("$ROOT/rebalance" bench-gcn --data "$DATA" --epochs "$EPOCHS" --threads "$t" | tail -1)"
  done
done

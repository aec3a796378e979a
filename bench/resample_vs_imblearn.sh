#!/usr/bin/env bash
# Sampler speed and class counts, Rebalance vs imbalanced-learn, side by side on identical data.
# Needs Debian's python3-sklearn python3-imblearn python3-pandas (see ../shared/ref/README.md).
# Usage: bench/resample_vs_imblearn.sh [REF_DIR]   env: SIZES="10000 100000" METHODS=smote,enn REPEATS=3
set -euo pipefail
# Both peers keep freed memory in the process (glibc's defaults hand large blocks back to the system, and
# on the development VM every page fault is slow: PyTorch's 3x3 convolution took 36 ms instead of 1.8 ms).
source "$(dirname "$0")/malloc_env.sh"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
REF="${1:-$ROOT/../shared/ref}"
SIZES="${SIZES:-10000 100000}"
METHODS="${METHODS:-smote,adasyn,borderline1,tomek,enn,nearmiss1}"
REPEATS="${REPEATS:-3}"
WORK="$ROOT/bench/work"
mkdir -p "$WORK"
PY=/usr/bin/python3
"$ROOT/rebalance" --version >/dev/null

# imbalanced-learn's method names -> Rebalance's catalogue names
declare -A NAME=([smote]=smote [adasyn]=adasyn [borderline1]=borderline-smote-1 [tomek]=tomek-links
                 [enn]=enn [nearmiss1]=near-miss-1 [random_over]=random-over [random_under]=random-under)

echo "| n | method | imbalanced-learn s | Rebalance s | speed-up | counts equal |"
echo "|---|---|---|---|---|---|"
for n in $SIZES; do
  DATA="$WORK/classification_$n.csv"
  [[ -f "$DATA" ]] || "$PY" "$REF/resample_ref.py" --n "$n" --methods random_over --repeats 1 --save-data "$DATA" >/dev/null
  REF_JSON=$("$PY" "$REF/resample_ref.py" --data "$DATA" --methods "$METHODS" --repeats "$REPEATS" | tail -1)
  # one JVM per sampler: run one after another in one JVM, the samplers' hot loops were compiled for each
  # other's shapes and the later ones ran up to 7x slower, in an order-dependent way
  OUR_JSON=$(for m in ${METHODS//,/ }; do "$ROOT/rebalance" bench-resample --data "$DATA" --methods "${NAME[$m]}" --repeats "$REPEATS" \
      | tail -1; done | "$PY" -c 'import json, sys
merged = {"results": {}}
for line in sys.stdin:
    merged["results"].update(json.loads(line)["results"])
print(json.dumps(merged))')
  "$PY" - "$n" "$METHODS" "$REF_JSON" "$OUR_JSON" <<'PY'
import json, sys
n, methods, ref, ours = sys.argv[1], sys.argv[2].split(","), json.loads(sys.argv[3]), json.loads(sys.argv[4])
names = {"smote": "smote", "adasyn": "adasyn", "borderline1": "borderline-smote-1", "tomek": "tomek-links",
         "enn": "enn", "nearmiss1": "near-miss-1", "random_over": "random-over", "random_under": "random-under"}
for m in methods:
    r, o = ref["results"][m], ours["results"][names[m]]
    same = {str(k): v for k, v in r["counts"].items()} == {str(k): v for k, v in o["counts"].items()}
    print(f"| {n} | {m} | {r['median_s']:.3f} | {o['median_s']:.3f} | {r['median_s'] / o['median_s']:.1f}x | {same} |")
PY
done

#!/usr/bin/env python3
"""Recomputes with scikit-learn the reference values that the metric tests check by hand.

Run with Debian's interpreter and packages (apt-get install python3-sklearn):
    /usr/bin/python3 tools/reference/metrics_reference.py
Each line names the case and the test that uses it; every value must equal the test's constant
to 1e-12 or better.
"""
from sklearn.metrics import (accuracy_score, average_precision_score, balanced_accuracy_score,
                             f1_score, matthews_corrcoef, precision_score, recall_score,
                             roc_auc_score)

CASES = [
    ("anchor (RankingTest, MetricsCommandTest)", [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]),
    ("ties (RankingTest)", [0, 0, 1, 1, 0, 1], [0.1, 0.4, 0.4, 0.8, 0.8, 0.9]),
    ("perfect separation (RankingTest)", [0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]),
]

for name, y, s in CASES:
    p = [1 if v >= 0.5 else 0 for v in s]
    print(f"{name}: roc_auc={roc_auc_score(y, s)!r} average_precision={average_precision_score(y, s)!r} "
          f"at 0.5: precision={precision_score(y, p, zero_division=0)!r} recall={recall_score(y, p)!r} "
          f"f1={f1_score(y, p, zero_division=0)!r} mcc={matthews_corrcoef(y, p)!r} "
          f"balanced_accuracy={balanced_accuracy_score(y, p)!r} accuracy={accuracy_score(y, p)!r}")

# all predictions negative (BinaryMetricsTest): precision and F1 0 by zero_division=0, MCC 0
y, p = [0, 0, 1, 1], [0, 0, 0, 0]
print(f"all negative: precision={precision_score(y, p, zero_division=0)!r} f1={f1_score(y, p, zero_division=0)!r} "
      f"mcc={matthews_corrcoef(y, p)!r}")

# multiclass (MetricsCommandTest.multiclassTakesOneColumnPerClass)
y = ["a", "b", "c", "c"]
p = ["a", "b", "c", "a"]
print(f"multiclass: accuracy={accuracy_score(y, p)!r} balanced_accuracy={balanced_accuracy_score(y, p)!r} "
      f"recall_c={recall_score(y, p, labels=['c'], average=None)[0]!r}")

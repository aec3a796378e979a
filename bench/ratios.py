"""Passes a side-by-side table (| round | peer | threads | samples/s | ...) from stdin through as it comes, then prints,
per round, the best Rebalance row against the reference's best row: the ratio the speed targets are about.
usage: ... | /usr/bin/python3 bench/ratios.py"""
import sys

rounds = {}
for line in sys.stdin:
    print(line, end="", flush=True)
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 4 or not cells[0].isdigit():
        continue
    speed = float(cells[3].replace(",", ""))
    side = "reference" if cells[1].startswith("PyTorch") else "rebalance"
    best = rounds.setdefault(int(cells[0]), {})
    if side not in best or speed > best[side][0]:
        best[side] = (speed, "%s, %s thread(s)" % (cells[1], cells[2]))
print()
print("| round | reference's best | Rebalance's best | ratio |")
print("|---|---|---|---|")
for r in sorted(rounds):
    ref, ours = rounds[r].get("reference"), rounds[r].get("rebalance")
    if ref and ours:
        print("| %d | %s (%s) | %s (%s) | %.2fx |" % (r, format(int(ref[0]), ","), ref[1], format(int(ours[0]), ","),
                                                  ours[1], ours[0] / ref[0]))

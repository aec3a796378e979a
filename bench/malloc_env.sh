# Sourced by the bench scripts: glibc settings for both peers of a benchmark (Python and the JVM). Tensors
# up to 32 MiB come from the heap and freed memory stays there, so an operation does not map fresh pages
# (and pay a page fault per 4 KiB) every time it allocates its output. Already set values are kept.
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-33554432}"
export MALLOC_TRIM_THRESHOLD_="${MALLOC_TRIM_THRESHOLD_:-4294967296}"
export MALLOC_TOP_PAD_="${MALLOC_TOP_PAD_:-67108864}"
# The JVM's counterpart: its heap is touched once at start (and when it grows), so new objects land on pages
# that are already mapped instead of faulting them in during the timed runs (SMOTE's 30 MB output: 2.8 ms
# median for the copy without, about half with). The heap starts at 1 GB: grown step by step during the warm-up,
# each growth was touched inside a young-collection pause (up to 0.6 s) and the first timed runs came out slower.
export REBALANCE_JAVA_OPTS="-XX:+AlwaysPreTouch -Xms1g ${REBALANCE_JAVA_OPTS:-}"

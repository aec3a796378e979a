/*
 * MKL vendor shim. The PyTorch CPU library that DJL loads carries Intel oneMKL, which asks
 * mkl_serv_intel_cpu_true() whether it runs on an Intel processor and, if not, takes slower generic
 * code paths even where the processor has the same instruction sets (AVX2, AVX-512). On the AMD EPYC
 * machine of docs/benchmarks.md its single-precision matrix product ran at 88 GFLOP/s without this
 * shim and at 150-170 GFLOP/s with it (Debian's PyTorch build: 180-190).
 *
 * The launcher ./rebalance compiles this file (when a C compiler is present and the processor is not
 * Intel's) and preloads it, so MKL sees this answer instead. MKL still chooses its kernels by the
 * instruction sets the processor reports. Set REBALANCE_MKL_SHIM=0 to run without it.
 */
int mkl_serv_intel_cpu_true(void) {
    return 1;
}

/* FNV-1a-style hash of PyTorch's float32 exp/log functions (as linked into libtorch_cpu.so) over
 * all 2^32 float bit patterns, in 16 parts of 2^28 inputs, NaNs canonicalised to 0x7fc00000.
 * Float32Checksum (the same hash over Kindling's SleefMath / MklExp / MklSqrt) must print the same
 * 16 lines.
 *   which = sleef-exp: Sleef_expf8_u10avx2 (Vectorized<float>::exp, softmax/sigmoid/silu)
 *           sleef-log: Sleef_logf8_u10avx2 (Vectorized<float>::log, log_softmax)
 *           mkl-exp:   vmsExp in VML_HA mode, as ATen calls it (torch.exp)
 *           mkl-sqrt:  vmsSqrt, likewise (torch.sqrt; MklSqrt, see ../mklsqrt/README.md)
 * Build: gcc -O2 -mavx2 -mfma float32_checksum.c -o float32_checksum -ldl
 * Run:   ./float32_checksum path/to/libtorch_cpu.so sleef-exp */
#include <dlfcn.h>
#include <immintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef __m256 (*sleef_t)(__m256);
typedef void (*vms_t)(int, const float *, float *, long long);

int main(int argc, char **argv) {
    void *h = dlopen(argv[1], RTLD_NOW | RTLD_GLOBAL);
    if (!h || argc < 3) { fprintf(stderr, "usage: float32_checksum libtorch_cpu.so sleef-exp|sleef-log|mkl-exp|mkl-sqrt\n"); return 1; }
    const char *which = argv[2];
    sleef_t sleef = strcmp(which, "sleef-exp") == 0 ? (sleef_t) dlsym(h, "Sleef_expf8_u10avx2")
            : strcmp(which, "sleef-log") == 0 ? (sleef_t) dlsym(h, "Sleef_logf8_u10avx2") : NULL;
    vms_t vms = strcmp(which, "mkl-exp") == 0 ? (vms_t) dlsym(h, "vmsExp")
            : strcmp(which, "mkl-sqrt") == 0 ? (vms_t) dlsym(h, "vmsSqrt") : NULL;
    if (!sleef && !vms) { fprintf(stderr, "unknown function %s\n", which); return 1; }
    int n = 1 << 24;
    uint32_t *a = aligned_alloc(32, (size_t) n * 4), *r = aligned_alloc(32, (size_t) n * 4);
    for (uint64_t part = 0; part < 16; part++) {
        uint64_t hash = 0xcbf29ce484222325ull;
        for (uint64_t base = part << 28; base < (part + 1) << 28; base += n) {
            for (int i = 0; i < n; i++) a[i] = (uint32_t) (base + i);
            if (vms) {
                vms(n, (const float *) a, (float *) r, 0x2 | 0x140000 | 0x100 /* VML_HA | FTZDAZ_OFF | ERRMODE_IGNORE */);
            } else {
                for (int i = 0; i < n; i += 8) {
                    _mm256_store_ps((float *) (r + i), sleef(_mm256_load_ps((const float *) (a + i))));
                }
            }
            for (int i = 0; i < n; i++) {
                uint32_t b = r[i];
                if ((b & 0x7f800000u) == 0x7f800000u && (b & 0x7fffffu)) b = 0x7fc00000u;
                hash = (hash ^ b) * 0x100000001b3ull;
            }
        }
        printf("%016llx\n", (unsigned long long) hash);
    }
    return 0;
}

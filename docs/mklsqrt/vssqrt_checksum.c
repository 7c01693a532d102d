/* FNV-1a-style hash of MKL vmsSqrt (as linked into PyTorch's libtorch_cpu.so) over all 2^32 float
 * bit patterns, in 16 parts of 2^28 inputs, NaNs canonicalised to 0x7fc00000. MklSqrtChecksum
 * (same hash over MklSqrt.sqrt) must print the same 16 lines.
 * Build: gcc -O2 vssqrt_checksum.c -o vssqrt_checksum -ldl; run: ./vssqrt_checksum path/to/libtorch_cpu.so */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef void (*vms_t)(int, const float *, float *, long long);

int main(int argc, char **argv) {
    void *h = dlopen(argv[1], RTLD_NOW | RTLD_GLOBAL);
    if (!h) { fprintf(stderr, "%s\n", dlerror()); return 1; }
    vms_t f = (vms_t) dlsym(h, "vmsSqrt");
    int n = 1 << 24;
    uint32_t *a = malloc((size_t) n * 4), *r = malloc((size_t) n * 4);
    for (uint64_t part = 0; part < 16; part++) {
        uint64_t hash = 0xcbf29ce484222325ull;
        for (uint64_t base = part << 28; base < (part + 1) << 28; base += n) {
            for (int i = 0; i < n; i++) a[i] = (uint32_t) (base + i);
            f(n, (const float *) a, (float *) r, 2 /* VML_HA */);
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

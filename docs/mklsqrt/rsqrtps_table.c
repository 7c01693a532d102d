/* Prints this CPU's rsqrtps results as MklSqrt's table: for x in [1, 2) and [2, 4), the 12-bit
 * mantissa (all results lie in [0.5, 1)) for each value of x's top 12 mantissa bits, as a start
 * value and the string of decrements. Build: gcc -O2 rsqrtps_table.c -o rsqrtps_table */
#include <immintrin.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>

int main(void) {
    for (int odd = 0; odd < 2; odd++) {
        int prev = -1;
        for (uint32_t k = 0; k < 4096; k++) {
            uint32_t in = ((127u + odd) << 23) | (k << 11), out;
            float x, r;
            memcpy(&x, &in, 4);
            r = _mm_cvtss_f32(_mm_rsqrt_ps(_mm_set1_ps(x)));
            memcpy(&out, &r, 4);
            int v = (out >> 11) & 0xfff;
            if (prev < 0) printf("%s start 0x%x\n", odd ? "odd" : "even", v);
            else printf("%d", prev - v);
            prev = v;
        }
        printf("\n");
    }
    return 0;
}

/*
 * The C reference of the stats bench: the replicates of the mean drawn exactly as @bootstat/stats draws them
 * (xoroshiro128+ per block of 256 resamples from the block's stream-tree state, Lemire's multiply-shift with
 * rejection, NumPy's pairwise summation), then the two percentile ends by sorting. The bench gives it the data and
 * the block states on stdin, checks that its replicates have the same bits as ours (an FNV-1a hash of their bytes),
 * and compares the times: a fast TypeScript engine should be within 1.5x of this.
 *
 * Build: cc -O2 -o c-reference c-reference.c   (the bench compiles it when a C compiler is present)
 * stdin: n B runs, then n doubles (as %a hex floats), then 4 words per block (pure-rand's state layout).
 * stdout: {"medianMs":…,"hash":"…","low":…,"high":…}
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BLOCK 256

static double pairwise(const double *x, const uint32_t *idx, long n) {
  if (n < 8) {
    double r = 0.0; /* NumPy starts from -0.0 only through its accumulators; a plain sum starts at 0 */
    for (long i = 0; i < n; i++) r += x[idx[i]];
    return r;
  }
  if (n <= 128) {
    double r[8];
    for (int k = 0; k < 8; k++) r[k] = x[idx[k]];
    long i = 8;
    long end = n - (n % 8);
    for (; i < end; i += 8)
      for (int k = 0; k < 8; k++) r[k] += x[idx[i + k]];
    double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; i++) res += x[idx[i]];
    return res;
  }
  long half = n / 2;
  half -= half % 8;
  return pairwise(x, idx, half) + pairwise(x, idx + half, n - half);
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double quantile7(const double *s, long n, double p) {
  double v = (n - 1) * p;
  if (v >= n - 1) return s[n - 1];
  long lo = (long)v;
  double t = v - lo, a = s[lo], b = s[lo + 1], d = b - a;
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int main(void) {
  long n, B, runs;
  if (scanf("%ld %ld %ld", &n, &B, &runs) != 3) return 2;
  double *x = malloc(n * sizeof *x);
  for (long i = 0; i < n; i++)
    if (scanf("%la", &x[i]) != 1) return 2;
  long blocks = (B + BLOCK - 1) / BLOCK;
  uint64_t *s0 = malloc(blocks * sizeof *s0), *s1 = malloc(blocks * sizeof *s1);
  for (long b = 0; b < blocks; b++) {
    unsigned long h0, l0, h1, l1;
    if (scanf("%lu %lu %lu %lu", &h0, &l0, &h1, &l1) != 4) return 2;
    s0[b] = ((uint64_t)(h0 & 0xffffffffu) << 32) | (l0 & 0xffffffffu);
    s1[b] = ((uint64_t)(h1 & 0xffffffffu) << 32) | (l1 & 0xffffffffu);
  }
  uint32_t *idx = malloc(n * sizeof *idx);
  double *rep = malloc(B * sizeof *rep), *sorted = malloc(B * sizeof *sorted);
  uint32_t threshold = (uint32_t)((UINT64_C(4294967296) - (uint64_t)n) % (uint64_t)n);
  double *times = malloc(runs * sizeof *times), low = 0, high = 0;
  for (long run = 0; run < runs; run++) {
    double t0 = now_ms();
    for (long b = 0; b < blocks; b++) {
      uint64_t a = s0[b], c = s1[b];
      long first = b * BLOCK, rows = B - first < BLOCK ? B - first : BLOCK;
      for (long r = 0; r < rows; r++) {
        for (long i = 0; i < n;) {
          uint32_t w = (uint32_t)(a + c); /* xoroshiro128+: the low word of s0 + s1 */
          uint64_t t = c ^ a;
          a = ((a << 24) | (a >> 40)) ^ t ^ (t << 16);
          c = (t << 37) | (t >> 27);
          uint64_t m = (uint64_t)w * (uint64_t)n; /* Lemire: reject when the low word is below 2^32 mod n */
          if ((uint32_t)m >= threshold) idx[i++] = (uint32_t)(m >> 32);
        }
        rep[first + r] = pairwise(x, idx, n) / n;
      }
    }
    memcpy(sorted, rep, B * sizeof *rep);
    qsort(sorted, B, sizeof *sorted, cmp);
    low = quantile7(sorted, B, 0.025);
    high = quantile7(sorted, B, 0.975);
    times[run] = now_ms() - t0;
  }
  qsort(times, runs, sizeof *times, cmp);
  uint64_t h = UINT64_C(0xcbf29ce484222325); /* FNV-1a over the replicates' bytes, little-endian */
  const unsigned char *bytes = (const unsigned char *)rep;
  for (long i = 0; i < B * 8; i++) h = (h ^ bytes[i]) * UINT64_C(0x100000001b3);
  printf("{\"medianMs\":%.6f,\"hash\":\"%016llx\",\"low\":%.17g,\"high\":%.17g}\n", times[runs / 2],
         (unsigned long long)h, low, high);
  return 0;
}

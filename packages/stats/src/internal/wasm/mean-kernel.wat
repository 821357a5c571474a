;; Bootstrap replicates of the mean, the same bits as the JS path, in one pass per resample: each 32-bit word of
;; xoroshiro128+ (xoroshiro128plus.ts) becomes an index by Lemire's multiply-shift with rejection (fill-indices.ts),
;; and the gathered x[index] are added at once in NumPy's pairwise order (mean.ts, meanOfIndices), so no index is
;; stored. The additions are f64.add in the JS order and the mean is one f64.div: nothing an engine may fuse or
;; reassociate. Assembled by scripts/build-wasm.mjs into mean-kernel-bytes.ts; loaded by fused-mean.ts.
(module
  (memory (export "memory") 1)

  ;; The generator, 64-bit lanes (pure-rand's [s0.hi, s0.lo, s1.hi, s1.lo] joined), between calls of $leaf.
  (global $s0 (mut i64) (i64.const 0))
  (global $s1 (mut i64) (i64.const 0))
  ;; n, and Lemire's threshold 2^32 mod n: a word whose product with n has a low half below it is rejected.
  (global $range (mut i64) (i64.const 0))
  (global $threshold (mut i32) (i32.const 0))

  ;; After a rejected word, from the globals: the product word · n of the next accepted word. Rare (probability
  ;; below n / 2^32), so it is kept out of the unrolled loop. The words are drawn as in $leaf.
  (func $redraw (result i64)
    (local $m i64) (local $t i64)
    (loop $retry
      (local.set $m (i64.mul (i64.and (i64.add (global.get $s0) (global.get $s1)) (i64.const 0xffffffff))
        (global.get $range)))
      (local.set $t (i64.xor (global.get $s1) (global.get $s0)))
      (global.set $s0 (i64.xor (i64.xor (i64.rotl (global.get $s0) (i64.const 24)) (local.get $t))
        (i64.shl (local.get $t) (i64.const 16))))
      (global.set $s1 (i64.rotl (local.get $t) (i64.const 37)))
      (br_if $retry (i32.lt_u (i32.wrap_i64 (local.get $m)) (global.get $threshold))))
    (local.get $m))

  ;; Sum of x[i_1] .. x[i_n] for the next n <= 128 indices, as pairwiseGatherSum adds a block of n <= 128.
  ;; Each draw, written out at its nine uses (engines do not reliably inline a small function):
  ;;   word m = low32(s0 + s1) · n; t = s1 ^ s0; s0 = rotl(s0, 24) ^ t ^ (t << 16); s1 = rotl(t, 37);
  ;;   if low32(m) < threshold, $redraw; the index is high32(m).
  (func $leaf (param $x i32) (param $n i32) (result f64)
    (local $s0 i64) (local $s1 i64) (local $t i64) (local $m i64) (local $range i64) (local $threshold i32)
    (local $r0 f64) (local $r1 f64) (local $r2 f64) (local $r3 f64)
    (local $r4 f64) (local $r5 f64) (local $r6 f64) (local $r7 f64)
    (local $res f64) (local $k i32)
    (local.set $s0 (global.get $s0))
    (local.set $s1 (global.get $s1))
    (local.set $range (global.get $range))
    (local.set $threshold (global.get $threshold))
    ;; n >= 8: accumulator j adds the values j, j + 8, j + 16, ... of the whole groups of 8. The JS starts r_j at
    ;; the first value; -0 + v is v for every v (+0 and -0 included), so starting at -0 gives the same bits.
    ;; n < 8: $res stays +0 and the loop below adds every value, as the JS does (so a lone -0 sums to +0).
    (if (i32.ge_u (local.get $n) (i32.const 8))
      (then
        (local.set $r0 (f64.const -0))
        (local.set $r1 (f64.const -0))
        (local.set $r2 (f64.const -0))
        (local.set $r3 (f64.const -0))
        (local.set $r4 (f64.const -0))
        (local.set $r5 (f64.const -0))
        (local.set $r6 (f64.const -0))
        (local.set $r7 (f64.const -0))
        (local.set $k (i32.shr_u (local.get $n) (i32.const 3)))
        (loop $group
          ;; r0
          (local.set $m (i64.mul (i64.and (i64.add (local.get $s0) (local.get $s1)) (i64.const 0xffffffff))
            (local.get $range)))
          (local.set $t (i64.xor (local.get $s1) (local.get $s0)))
          (local.set $s0 (i64.xor (i64.xor (i64.rotl (local.get $s0) (i64.const 24)) (local.get $t))
            (i64.shl (local.get $t) (i64.const 16))))
          (local.set $s1 (i64.rotl (local.get $t) (i64.const 37)))
          (if (i32.lt_u (i32.wrap_i64 (local.get $m)) (local.get $threshold))
            (then
              (global.set $s0 (local.get $s0)) (global.set $s1 (local.get $s1))
              (local.set $m (call $redraw))
              (local.set $s0 (global.get $s0)) (local.set $s1 (global.get $s1))))
          (local.set $r0 (f64.add (local.get $r0)
            (f64.load (i32.add (local.get $x)
              (i32.shl (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 32))) (i32.const 3))))))
          ;; r1
          (local.set $m (i64.mul (i64.and (i64.add (local.get $s0) (local.get $s1)) (i64.const 0xffffffff))
            (local.get $range)))
          (local.set $t (i64.xor (local.get $s1) (local.get $s0)))
          (local.set $s0 (i64.xor (i64.xor (i64.rotl (local.get $s0) (i64.const 24)) (local.get $t))
            (i64.shl (local.get $t) (i64.const 16))))
          (local.set $s1 (i64.rotl (local.get $t) (i64.const 37)))
          (if (i32.lt_u (i32.wrap_i64 (local.get $m)) (local.get $threshold))
            (then
              (global.set $s0 (local.get $s0)) (global.set $s1 (local.get $s1))
              (local.set $m (call $redraw))
              (local.set $s0 (global.get $s0)) (local.set $s1 (global.get $s1))))
          (local.set $r1 (f64.add (local.get $r1)
            (f64.load (i32.add (local.get $x)
              (i32.shl (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 32))) (i32.const 3))))))
          ;; r2
          (local.set $m (i64.mul (i64.and (i64.add (local.get $s0) (local.get $s1)) (i64.const 0xffffffff))
            (local.get $range)))
          (local.set $t (i64.xor (local.get $s1) (local.get $s0)))
          (local.set $s0 (i64.xor (i64.xor (i64.rotl (local.get $s0) (i64.const 24)) (local.get $t))
            (i64.shl (local.get $t) (i64.const 16))))
          (local.set $s1 (i64.rotl (local.get $t) (i64.const 37)))
          (if (i32.lt_u (i32.wrap_i64 (local.get $m)) (local.get $threshold))
            (then
              (global.set $s0 (local.get $s0)) (global.set $s1 (local.get $s1))
              (local.set $m (call $redraw))
              (local.set $s0 (global.get $s0)) (local.set $s1 (global.get $s1))))
          (local.set $r2 (f64.add (local.get $r2)
            (f64.load (i32.add (local.get $x)
              (i32.shl (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 32))) (i32.const 3))))))
          ;; r3
          (local.set $m (i64.mul (i64.and (i64.add (local.get $s0) (local.get $s1)) (i64.const 0xffffffff))
            (local.get $range)))
          (local.set $t (i64.xor (local.get $s1) (local.get $s0)))
          (local.set $s0 (i64.xor (i64.xor (i64.rotl (local.get $s0) (i64.const 24)) (local.get $t))
            (i64.shl (local.get $t) (i64.const 16))))
          (local.set $s1 (i64.rotl (local.get $t) (i64.const 37)))
          (if (i32.lt_u (i32.wrap_i64 (local.get $m)) (local.get $threshold))
            (then
              (global.set $s0 (local.get $s0)) (global.set $s1 (local.get $s1))
              (local.set $m (call $redraw))
              (local.set $s0 (global.get $s0)) (local.set $s1 (global.get $s1))))
          (local.set $r3 (f64.add (local.get $r3)
            (f64.load (i32.add (local.get $x)
              (i32.shl (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 32))) (i32.const 3))))))
          ;; r4
          (local.set $m (i64.mul (i64.and (i64.add (local.get $s0) (local.get $s1)) (i64.const 0xffffffff))
            (local.get $range)))
          (local.set $t (i64.xor (local.get $s1) (local.get $s0)))
          (local.set $s0 (i64.xor (i64.xor (i64.rotl (local.get $s0) (i64.const 24)) (local.get $t))
            (i64.shl (local.get $t) (i64.const 16))))
          (local.set $s1 (i64.rotl (local.get $t) (i64.const 37)))
          (if (i32.lt_u (i32.wrap_i64 (local.get $m)) (local.get $threshold))
            (then
              (global.set $s0 (local.get $s0)) (global.set $s1 (local.get $s1))
              (local.set $m (call $redraw))
              (local.set $s0 (global.get $s0)) (local.set $s1 (global.get $s1))))
          (local.set $r4 (f64.add (local.get $r4)
            (f64.load (i32.add (local.get $x)
              (i32.shl (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 32))) (i32.const 3))))))
          ;; r5
          (local.set $m (i64.mul (i64.and (i64.add (local.get $s0) (local.get $s1)) (i64.const 0xffffffff))
            (local.get $range)))
          (local.set $t (i64.xor (local.get $s1) (local.get $s0)))
          (local.set $s0 (i64.xor (i64.xor (i64.rotl (local.get $s0) (i64.const 24)) (local.get $t))
            (i64.shl (local.get $t) (i64.const 16))))
          (local.set $s1 (i64.rotl (local.get $t) (i64.const 37)))
          (if (i32.lt_u (i32.wrap_i64 (local.get $m)) (local.get $threshold))
            (then
              (global.set $s0 (local.get $s0)) (global.set $s1 (local.get $s1))
              (local.set $m (call $redraw))
              (local.set $s0 (global.get $s0)) (local.set $s1 (global.get $s1))))
          (local.set $r5 (f64.add (local.get $r5)
            (f64.load (i32.add (local.get $x)
              (i32.shl (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 32))) (i32.const 3))))))
          ;; r6
          (local.set $m (i64.mul (i64.and (i64.add (local.get $s0) (local.get $s1)) (i64.const 0xffffffff))
            (local.get $range)))
          (local.set $t (i64.xor (local.get $s1) (local.get $s0)))
          (local.set $s0 (i64.xor (i64.xor (i64.rotl (local.get $s0) (i64.const 24)) (local.get $t))
            (i64.shl (local.get $t) (i64.const 16))))
          (local.set $s1 (i64.rotl (local.get $t) (i64.const 37)))
          (if (i32.lt_u (i32.wrap_i64 (local.get $m)) (local.get $threshold))
            (then
              (global.set $s0 (local.get $s0)) (global.set $s1 (local.get $s1))
              (local.set $m (call $redraw))
              (local.set $s0 (global.get $s0)) (local.set $s1 (global.get $s1))))
          (local.set $r6 (f64.add (local.get $r6)
            (f64.load (i32.add (local.get $x)
              (i32.shl (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 32))) (i32.const 3))))))
          ;; r7
          (local.set $m (i64.mul (i64.and (i64.add (local.get $s0) (local.get $s1)) (i64.const 0xffffffff))
            (local.get $range)))
          (local.set $t (i64.xor (local.get $s1) (local.get $s0)))
          (local.set $s0 (i64.xor (i64.xor (i64.rotl (local.get $s0) (i64.const 24)) (local.get $t))
            (i64.shl (local.get $t) (i64.const 16))))
          (local.set $s1 (i64.rotl (local.get $t) (i64.const 37)))
          (if (i32.lt_u (i32.wrap_i64 (local.get $m)) (local.get $threshold))
            (then
              (global.set $s0 (local.get $s0)) (global.set $s1 (local.get $s1))
              (local.set $m (call $redraw))
              (local.set $s0 (global.get $s0)) (local.set $s1 (global.get $s1))))
          (local.set $r7 (f64.add (local.get $r7)
            (f64.load (i32.add (local.get $x)
              (i32.shl (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 32))) (i32.const 3))))))
          (br_if $group (local.tee $k (i32.sub (local.get $k) (i32.const 1)))))
        ;; r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7))
        (local.set $res (f64.add
          (f64.add (f64.add (local.get $r0) (local.get $r1)) (f64.add (local.get $r2) (local.get $r3)))
          (f64.add (f64.add (local.get $r4) (local.get $r5)) (f64.add (local.get $r6) (local.get $r7)))))))
    ;; The n mod 8 values after the groups, one by one.
    (local.set $k (i32.and (local.get $n) (i32.const 7)))
    (block $done
      (loop $rest
        (br_if $done (i32.eqz (local.get $k)))
        (local.set $m (i64.mul (i64.and (i64.add (local.get $s0) (local.get $s1)) (i64.const 0xffffffff))
          (local.get $range)))
        (local.set $t (i64.xor (local.get $s1) (local.get $s0)))
        (local.set $s0 (i64.xor (i64.xor (i64.rotl (local.get $s0) (i64.const 24)) (local.get $t))
          (i64.shl (local.get $t) (i64.const 16))))
        (local.set $s1 (i64.rotl (local.get $t) (i64.const 37)))
        (if (i32.lt_u (i32.wrap_i64 (local.get $m)) (local.get $threshold))
          (then
            (global.set $s0 (local.get $s0)) (global.set $s1 (local.get $s1))
            (local.set $m (call $redraw))
            (local.set $s0 (global.get $s0)) (local.set $s1 (global.get $s1))))
        (local.set $res (f64.add (local.get $res)
          (f64.load (i32.add (local.get $x)
            (i32.shl (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 32))) (i32.const 3))))))
        (local.set $k (i32.sub (local.get $k) (i32.const 1)))
        (br $rest)))
    (global.set $s0 (local.get $s0))
    (global.set $s1 (local.get $s1))
    (local.get $res))

  ;; Sum of the next n values in pairwiseGatherSum's order: n <= 128 is a leaf; otherwise split at
  ;; half = floor(n / 2) rounded down to a multiple of 8, and the left half's indices are drawn first.
  (func $sum (param $x i32) (param $n i32) (result f64)
    (local $half i32)
    (if (result f64) (i32.le_u (local.get $n) (i32.const 128))
      (then (call $leaf (local.get $x) (local.get $n)))
      (else
        (local.set $half (i32.and (i32.shr_u (local.get $n) (i32.const 1)) (i32.const -8)))
        (f64.add
          (call $sum (local.get $x) (local.get $half))
          (call $sum (local.get $x) (i32.sub (local.get $n) (local.get $half)))))))

  ;; Writes $rows replicate means (f64) at $out for the f64[n] at $x, each from the next n indices, starting
  ;; from the generator state [s0.hi, s0.lo, s1.hi, s1.lo]; stores the advanced state at bytes 0..15 in the same
  ;; layout. Needs 1 <= n < 2^32 and a state that is not all zero (xoroshiro never leaves the zero state).
  (func (export "means")
    (param $s0hi i32) (param $s0lo i32) (param $s1hi i32) (param $s1lo i32)
    (param $n i32) (param $rows i32) (param $x i32) (param $out i32)
    (local $range i64) (local $nf f64) (local $outEnd i32)
    (global.set $s0 (i64.or (i64.shl (i64.extend_i32_u (local.get $s0hi)) (i64.const 32))
      (i64.extend_i32_u (local.get $s0lo))))
    (global.set $s1 (i64.or (i64.shl (i64.extend_i32_u (local.get $s1hi)) (i64.const 32))
      (i64.extend_i32_u (local.get $s1lo))))
    (local.set $range (i64.extend_i32_u (local.get $n)))
    (global.set $range (local.get $range))
    ;; (2^32 - n) mod n, as fillIndices computes it
    (global.set $threshold (i32.wrap_i64
      (i64.rem_u (i64.sub (i64.const 0x100000000) (local.get $range)) (local.get $range))))
    (local.set $nf (f64.convert_i32_u (local.get $n)))
    (local.set $outEnd (i32.add (local.get $out) (i32.shl (local.get $rows) (i32.const 3))))
    (block $done
      (loop $row
        (br_if $done (i32.eq (local.get $out) (local.get $outEnd)))
        (f64.store (local.get $out) (f64.div (call $sum (local.get $x) (local.get $n)) (local.get $nf)))
        (local.set $out (i32.add (local.get $out) (i32.const 8)))
        (br $row)))
    (i32.store offset=0 (i32.const 0) (i32.wrap_i64 (i64.shr_u (global.get $s0) (i64.const 32))))
    (i32.store offset=4 (i32.const 0) (i32.wrap_i64 (global.get $s0)))
    (i32.store offset=8 (i32.const 0) (i32.wrap_i64 (i64.shr_u (global.get $s1) (i64.const 32))))
    (i32.store offset=12 (i32.const 0) (i32.wrap_i64 (global.get $s1)))))

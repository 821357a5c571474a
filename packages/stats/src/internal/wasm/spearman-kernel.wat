;; Bootstrap replicates of Spearman's rho of paired data, the same bits as the JS path (fillIndices, then
;; SpearmanResampler.fromIndices in spearman-counts.ts), drawn, counted and ranked here. Each 32-bit word of
;; xoroshiro128+ becomes an index by Lemire's multiply-shift with rejection, as in mean-kernel.wat; the draw of
;; pair p is counted at its sorted x and y positions; one pass per variable gives each position its average rank.
;;
;; The ranks are kept doubled and centred, d = 2·rank − (n + 1) = 2·below + c − n, an integer: so every sum is an
;; exact i64 (|terms| <= n³ < 2^53 for n <= COUNT_RANKING_LIMIT) and four times the JS's exact f64 sum, which is
;; recovered exactly by · 0.25. Exact sums do not depend on their order. rho is then the JS's three roundings:
;; sxy / sqrt(sxx · syy), clamped to [-1, 1]; NaN when sxx or syy is 0. Assembled by scripts/build-wasm.mjs into
;; spearman-kernel-bytes.ts; loaded by fused-spearman.ts.
;;
;; Memory (byte offsets, laid out by fused-spearman.ts): pos holds, for pair p, 4·posX[p] and 4·posY[p] at
;; pos + 8p; endX / endY hold 4·end[k] of each variable's tie groups (pointer 0: untied, every group one point);
;; yAt holds 4·(y position of x position k); cx, cy are u32 draw counts by position, zero on entry and left zero;
;; ry is i32 scratch for y's doubled centred ranks; out receives f64 rho, one per row.
(module
  (memory (export "memory") 1)

  ;; The generator, 64-bit lanes (pure-rand's [s0.hi, s0.lo, s1.hi, s1.lo] joined), between calls.
  (global $s0 (mut i64) (i64.const 0))
  (global $s1 (mut i64) (i64.const 0))
  ;; n, and Lemire's threshold 2^32 mod n: a word whose product with n has a low half below it is rejected.
  (global $range (mut i64) (i64.const 0))
  (global $threshold (mut i32) (i32.const 0))
  ;; 4 · Σ cx·rx·ry of the row, left by $rankX.
  (global $sxy (mut i64) (i64.const 0))

  ;; After a rejected word, from the globals: the product word · n of the next accepted word (as mean-kernel.wat).
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

  ;; Draws the row's n indices and counts each pair p at cx[posX[p]] and cy[posY[p]]. Each draw, written out at
  ;; its five uses (engines do not reliably inline a small function):
  ;;   word m = low32(s0 + s1) · n; t = s1 ^ s0; s0 = rotl(s0, 24) ^ t ^ (t << 16); s1 = rotl(t, 37);
  ;;   if low32(m) < threshold, $redraw; the index is high32(m), and 8 · index = (m >> 29) & ~7.
  (func $draw (param $n i32) (param $pos i32) (param $cx i32) (param $cy i32)
    (local $s0 i64) (local $s1 i64) (local $t i64) (local $m i64) (local $range i64) (local $threshold i32)
    (local $at i32) (local $k i32)
    (local.set $s0 (global.get $s0))
    (local.set $s1 (global.get $s1))
    (local.set $range (global.get $range))
    (local.set $threshold (global.get $threshold))
    ;; Four draws per turn while four are left (about a fifth faster than one: more of the draws overlap).
    (if (i32.ge_u (local.get $n) (i32.const 4))
      (then
        (loop $four
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
          (local.set $at (i32.add (local.get $pos)
            (i32.and (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 29))) (i32.const -8))))
          (local.set $k (i32.add (local.get $cx) (i32.load (local.get $at))))
          (i32.store (local.get $k) (i32.add (i32.load (local.get $k)) (i32.const 1)))
          (local.set $k (i32.add (local.get $cy) (i32.load offset=4 (local.get $at))))
          (i32.store (local.get $k) (i32.add (i32.load (local.get $k)) (i32.const 1)))
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
          (local.set $at (i32.add (local.get $pos)
            (i32.and (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 29))) (i32.const -8))))
          (local.set $k (i32.add (local.get $cx) (i32.load (local.get $at))))
          (i32.store (local.get $k) (i32.add (i32.load (local.get $k)) (i32.const 1)))
          (local.set $k (i32.add (local.get $cy) (i32.load offset=4 (local.get $at))))
          (i32.store (local.get $k) (i32.add (i32.load (local.get $k)) (i32.const 1)))
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
          (local.set $at (i32.add (local.get $pos)
            (i32.and (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 29))) (i32.const -8))))
          (local.set $k (i32.add (local.get $cx) (i32.load (local.get $at))))
          (i32.store (local.get $k) (i32.add (i32.load (local.get $k)) (i32.const 1)))
          (local.set $k (i32.add (local.get $cy) (i32.load offset=4 (local.get $at))))
          (i32.store (local.get $k) (i32.add (i32.load (local.get $k)) (i32.const 1)))
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
          (local.set $at (i32.add (local.get $pos)
            (i32.and (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 29))) (i32.const -8))))
          (local.set $k (i32.add (local.get $cx) (i32.load (local.get $at))))
          (i32.store (local.get $k) (i32.add (i32.load (local.get $k)) (i32.const 1)))
          (local.set $k (i32.add (local.get $cy) (i32.load offset=4 (local.get $at))))
          (i32.store (local.get $k) (i32.add (i32.load (local.get $k)) (i32.const 1)))
          (br_if $four (i32.ge_u (local.tee $n (i32.sub (local.get $n) (i32.const 4))) (i32.const 4))))))
    (if (i32.ne (local.get $n) (i32.const 0))
      (then
        (loop $next
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
          (local.set $at (i32.add (local.get $pos)
            (i32.and (i32.wrap_i64 (i64.shr_u (local.get $m) (i64.const 29))) (i32.const -8))))
          (local.set $k (i32.add (local.get $cx) (i32.load (local.get $at))))
          (i32.store (local.get $k) (i32.add (i32.load (local.get $k)) (i32.const 1)))
          (local.set $k (i32.add (local.get $cy) (i32.load offset=4 (local.get $at))))
          (i32.store (local.get $k) (i32.add (i32.load (local.get $k)) (i32.const 1)))
          (br_if $next (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))
    (global.set $s0 (local.get $s0))
    (global.set $s1 (local.get $s1)))

  ;; y's pass: writes each position's doubled centred rank d to ry, clears cy, returns 4 · Σ c·centred² = Σ c·d².
  ;; A tie group of C draws after B below has d = 2B + C − n; "a" is 2B − n.
  (func $rankY (param $n i32) (param $cy i32) (param $end i32) (param $ry i32) (result i64)
    (local $a i32) (local $c i32) (local $d i32) (local $k i32) (local $j i32) (local $to i32) (local $last i32)
    (local $cd i64) (local $squares i64)
    (local.set $a (i32.sub (i32.const 0) (local.get $n)))
    (local.set $last (i32.shl (local.get $n) (i32.const 2)))
    (if (i32.eqz (local.get $end))
      (then
        (loop $position
          (local.set $c (i32.load (i32.add (local.get $cy) (local.get $k))))
          (i32.store (i32.add (local.get $cy) (local.get $k)) (i32.const 0))
          (local.set $d (i32.add (local.get $a) (local.get $c)))
          (local.set $a (i32.add (local.get $d) (local.get $c)))
          (i32.store (i32.add (local.get $ry) (local.get $k)) (local.get $d))
          (local.set $cd (i64.mul (i64.extend_i32_u (local.get $c)) (i64.extend_i32_s (local.get $d))))
          (local.set $squares (i64.add (local.get $squares)
            (i64.mul (local.get $cd) (i64.extend_i32_s (local.get $d)))))
          (br_if $position (i32.ne (local.tee $k (i32.add (local.get $k) (i32.const 4))) (local.get $last)))))
      (else
        (loop $group
          (local.set $to (i32.load (i32.add (local.get $end) (local.get $k))))
          (local.set $c (i32.const 0))
          (local.set $j (local.get $k))
          (loop $count
            (local.set $c (i32.add (local.get $c) (i32.load (i32.add (local.get $cy) (local.get $j)))))
            (i32.store (i32.add (local.get $cy) (local.get $j)) (i32.const 0))
            (br_if $count (i32.ne (local.tee $j (i32.add (local.get $j) (i32.const 4))) (local.get $to))))
          (local.set $d (i32.add (local.get $a) (local.get $c)))
          (local.set $a (i32.add (local.get $d) (local.get $c)))
          (local.set $cd (i64.mul (i64.extend_i32_u (local.get $c)) (i64.extend_i32_s (local.get $d))))
          (local.set $squares (i64.add (local.get $squares)
            (i64.mul (local.get $cd) (i64.extend_i32_s (local.get $d)))))
          (loop $write
            (i32.store (i32.add (local.get $ry) (local.get $k)) (local.get $d))
            (br_if $write (i32.ne (local.tee $k (i32.add (local.get $k) (i32.const 4))) (local.get $to))))
          (br_if $group (i32.ne (local.get $k) (local.get $last))))))
    (local.get $squares))

  ;; x's pass, as y's, but instead of storing x's ranks it adds their products at once: sets $sxy to
  ;; 4 · Σ cx·rx·ry = Σ_k cx[k]·dx[k]·ry[yAt[k]] (a tie group's Σ cx·ry times its one dx), clears cx, returns Σ c·dx².
  (func $rankX (param $n i32) (param $cx i32) (param $end i32) (param $yAt i32) (param $ry i32) (result i64)
    (local $a i32) (local $c i32) (local $cj i32) (local $d i32) (local $k i32) (local $to i32) (local $last i32)
    (local $cd i64) (local $s i64) (local $squares i64) (local $sxy i64)
    (local.set $a (i32.sub (i32.const 0) (local.get $n)))
    (local.set $last (i32.shl (local.get $n) (i32.const 2)))
    (if (i32.eqz (local.get $end))
      (then
        (loop $position
          (local.set $c (i32.load (i32.add (local.get $cx) (local.get $k))))
          (i32.store (i32.add (local.get $cx) (local.get $k)) (i32.const 0))
          (local.set $d (i32.add (local.get $a) (local.get $c)))
          (local.set $a (i32.add (local.get $d) (local.get $c)))
          (local.set $cd (i64.mul (i64.extend_i32_u (local.get $c)) (i64.extend_i32_s (local.get $d))))
          (local.set $squares (i64.add (local.get $squares)
            (i64.mul (local.get $cd) (i64.extend_i32_s (local.get $d)))))
          (local.set $sxy (i64.add (local.get $sxy) (i64.mul (local.get $cd) (i64.extend_i32_s
            (i32.load (i32.add (local.get $ry) (i32.load (i32.add (local.get $yAt) (local.get $k)))))))))
          (br_if $position (i32.ne (local.tee $k (i32.add (local.get $k) (i32.const 4))) (local.get $last)))))
      (else
        (loop $group
          (local.set $to (i32.load (i32.add (local.get $end) (local.get $k))))
          (local.set $c (i32.const 0))
          (local.set $s (i64.const 0))
          (loop $count
            (local.set $cj (i32.load (i32.add (local.get $cx) (local.get $k))))
            (i32.store (i32.add (local.get $cx) (local.get $k)) (i32.const 0))
            (local.set $c (i32.add (local.get $c) (local.get $cj)))
            (local.set $s (i64.add (local.get $s) (i64.mul (i64.extend_i32_u (local.get $cj)) (i64.extend_i32_s
              (i32.load (i32.add (local.get $ry) (i32.load (i32.add (local.get $yAt) (local.get $k)))))))))
            (br_if $count (i32.ne (local.tee $k (i32.add (local.get $k) (i32.const 4))) (local.get $to))))
          (local.set $d (i32.add (local.get $a) (local.get $c)))
          (local.set $a (i32.add (local.get $d) (local.get $c)))
          (local.set $cd (i64.mul (i64.extend_i32_u (local.get $c)) (i64.extend_i32_s (local.get $d))))
          (local.set $squares (i64.add (local.get $squares)
            (i64.mul (local.get $cd) (i64.extend_i32_s (local.get $d)))))
          (local.set $sxy (i64.add (local.get $sxy) (i64.mul (local.get $s) (i64.extend_i32_s (local.get $d)))))
          (br_if $group (i32.ne (local.get $k) (local.get $last))))))
    (global.set $sxy (local.get $sxy))
    (local.get $squares))

  ;; Writes $rows replicates of rho (f64) at $out, each from the next n indices, starting from the generator state
  ;; [s0.hi, s0.lo, s1.hi, s1.lo]; stores the advanced state at bytes 0..15 in the same layout. Needs
  ;; 1 <= n <= COUNT_RANKING_LIMIT, a state that is not all zero, and the memory laid out as described above.
  (func (export "rho")
    (param $s0hi i32) (param $s0lo i32) (param $s1hi i32) (param $s1lo i32) (param $n i32) (param $rows i32)
    (param $pos i32) (param $endX i32) (param $endY i32) (param $yAt i32) (param $cx i32) (param $cy i32)
    (param $ry i32) (param $out i32)
    (local $range i64) (local $outEnd i32) (local $sxx f64) (local $syy f64)
    (global.set $s0 (i64.or (i64.shl (i64.extend_i32_u (local.get $s0hi)) (i64.const 32))
      (i64.extend_i32_u (local.get $s0lo))))
    (global.set $s1 (i64.or (i64.shl (i64.extend_i32_u (local.get $s1hi)) (i64.const 32))
      (i64.extend_i32_u (local.get $s1lo))))
    (local.set $range (i64.extend_i32_u (local.get $n)))
    (global.set $range (local.get $range))
    ;; (2^32 - n) mod n, as fillIndices computes it
    (global.set $threshold (i32.wrap_i64
      (i64.rem_u (i64.sub (i64.const 0x100000000) (local.get $range)) (local.get $range))))
    (local.set $outEnd (i32.add (local.get $out) (i32.shl (local.get $rows) (i32.const 3))))
    (block $done
      (loop $row
        (br_if $done (i32.eq (local.get $out) (local.get $outEnd)))
        (call $draw (local.get $n) (local.get $pos) (local.get $cx) (local.get $cy))
        ;; The exact i64 sums are 4·sxx, 4·syy and 4·sxy (below 2^53, so converted exactly); · 0.25 is exact.
        (local.set $syy (f64.mul (f64.convert_i64_s
          (call $rankY (local.get $n) (local.get $cy) (local.get $endY) (local.get $ry))) (f64.const 0.25)))
        (local.set $sxx (f64.mul (f64.convert_i64_s
          (call $rankX (local.get $n) (local.get $cx) (local.get $endX) (local.get $yAt) (local.get $ry)))
          (f64.const 0.25)))
        (f64.store (local.get $out)
          (if (result f64) (i32.or (f64.eq (local.get $sxx) (f64.const 0)) (f64.eq (local.get $syy) (f64.const 0)))
            (then (f64.const nan))
            (else
              (f64.min (f64.const 1) (f64.max (f64.const -1)
                (f64.div (f64.mul (f64.convert_i64_s (global.get $sxy)) (f64.const 0.25))
                  (f64.sqrt (f64.mul (local.get $sxx) (local.get $syy)))))))))
        (local.set $out (i32.add (local.get $out) (i32.const 8)))
        (br $row)))
    (i32.store offset=0 (i32.const 0) (i32.wrap_i64 (i64.shr_u (global.get $s0) (i64.const 32))))
    (i32.store offset=4 (i32.const 0) (i32.wrap_i64 (global.get $s0)))
    (i32.store offset=8 (i32.const 0) (i32.wrap_i64 (i64.shr_u (global.get $s1) (i64.const 32))))
    (i32.store offset=12 (i32.const 0) (i32.wrap_i64 (global.get $s1)))))

// Helpers shared by the benchmark sections in scripts/bench/.

/** A deterministic pseudo-random generator (LCG), so every run measures the same generated input. */
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

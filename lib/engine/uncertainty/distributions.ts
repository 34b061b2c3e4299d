/**
 * Distributions (the generator is pure-rand's; these turn its uniforms into draws).
 */

export type Uniform = () => number;

/** Inverse CDF of a triangular distribution: u in [0, 1) -> value. */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low;
  if (width <= 0) return mode;
  const cut = (mode - low) / width;
  return u < cut ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
}

/** A standard normal draw (Box-Muller, one of the pair; simple and exact). */
function normal(uniform: Uniform): number {
  const u1 = 1 - uniform(); // (0, 1]: log is finite
  const u2 = uniform();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** A Gamma(shape, 1) draw: Marsaglia and Tsang (2000), boosted for shape < 1. */
export function gamma(shape: number, uniform: Uniform): number {
  if (!(shape > 0)) return 0;
  // Past ~1e9 the draw equals its mean to double precision, and the rejection test below would overflow.
  if (shape > 1e9) return shape;
  if (shape < 1) return gamma(shape + 1, uniform) * Math.pow(1 - uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(uniform);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = 1 - uniform();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

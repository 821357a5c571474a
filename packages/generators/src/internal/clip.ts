/** The largest |input rho| the outcomes use: the reference clips every mixing weight to ±0.999. */
export const RHO_CLIP = 0.999;

/** x clipped to [−RHO_CLIP, RHO_CLIP]. */
export function clipRho(x: number): number {
  return Math.min(RHO_CLIP, Math.max(-RHO_CLIP, x));
}

/** Pearson's r of a bivariate normal with Spearman's rho ρ_S: 2·sin(π·ρ_S/6) (Pearson 1907), clipped to ±0.999. */
export function spearmanToPearson(rho: number): number {
  return clipRho(2 * Math.sin((Math.PI * rho) / 6));
}

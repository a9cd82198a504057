/**
 * Residual (unexplained, assay) error of an observed concentration, with ε₁, ε₂ independent
 * standard normals:
 * - additive: C + σ_add·ε₁
 * - proportional: C·(1 + σ_prop·ε₁)
 * - combined (NONMEM style, two ε): C·(1 + σ_prop·ε₁) + σ_add·ε₂, variance σ_add² + σ_prop²·C².
 */
export type ResidualErrorModel =
  | { readonly kind: "additive"; readonly additiveSdMgPerL: number }
  | { readonly kind: "proportional"; readonly proportionalSd: number }
  | { readonly kind: "combined"; readonly additiveSdMgPerL: number; readonly proportionalSd: number };

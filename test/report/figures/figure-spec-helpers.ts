import type { TopLevelSpec } from "vega-lite";

/** A view or layer of a spec, as far as the tests read it. */
export interface SpecLayer {
  readonly mark?: unknown;
  readonly encoding?: Record<string, { readonly title?: unknown; readonly field?: unknown; readonly scale?: unknown; readonly legend?: unknown } | undefined>;
  readonly layer?: readonly SpecLayer[];
  readonly hconcat?: readonly SpecLayer[];
  readonly vconcat?: readonly SpecLayer[];
  readonly concat?: readonly SpecLayer[];
}

/** Every layer of a spec, depth first (the spec itself first). */
export function layersOf(spec: TopLevelSpec | SpecLayer): SpecLayer[] {
  const view = spec as SpecLayer;
  const children = [...(view.layer ?? []), ...(view.hconcat ?? []), ...(view.vconcat ?? []), ...(view.concat ?? [])];
  return [...(view.encoding === undefined ? [] : [view]), ...children.flatMap(layersOf)];
}

/** The titles of every x and y channel of a spec (the axis titles). */
export function axisTitles(spec: TopLevelSpec): string[] {
  return layersOf(spec).flatMap((layer) => ["x", "y"].flatMap((channel) => {
    const title = layer.encoding?.[channel]?.title;
    return typeof title === "string" ? [title] : [];
  }));
}

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Every file of a results folder, subfolders included (figures/…svg, adam/…), as sorted relative paths with "/". */
export function resultFiles(folder: string, prefix = ""): string[] {
  return readdirSync(join(folder, prefix))
    .sort()
    .flatMap((name) => {
      const relative = prefix === "" ? name : `${prefix}/${name}`;
      return statSync(join(folder, relative)).isDirectory() ? resultFiles(folder, relative) : [relative];
    });
}

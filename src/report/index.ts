export { formatNumber, SIGNIFICANT_DIGITS } from "./format-number.js";
export { renderCsv, neutraliseFormula, type CsvCell } from "./render-csv.js";
export { renderOutputs, type RenderedFile } from "./render-outputs.js";
export { renderReport, type ReportContext } from "./render-report.js";
export { renderManifest, VOLATILE_MANIFEST_FIELDS, type HashedFile, type ManifestContent } from "./render-manifest.js";
export { RESULTS_FORMAT_VERSION, OUTPUT_FILES, type OutputFile } from "./results-format.js";
export { checkOutputFolder, hashContent, removePartialResults, writeResultsAtomically } from "./write-results.js";
export { renderMarkdownTable, formatFixed, formatPercent, formatPValue, formatSignificant } from "./markdown-table.js";

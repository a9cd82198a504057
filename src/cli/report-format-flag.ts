import { InputError } from "../errors.js";
import { REPORT_FORMATS, type ReportFormat } from "../report/index.js";

/** The --format flag of simulate, merge, sweep and vpc: markdown (the default) or html. */
export interface ReportFormatFlag {
  readonly format?: string;
}

/** The report format a command was asked for (commander checks the choices; a value from elsewhere is checked here too). */
export function reportFormatOf(flags: ReportFormatFlag): ReportFormat {
  const format = flags.format ?? "markdown";
  if ((REPORT_FORMATS as readonly string[]).includes(format)) return format as ReportFormat;
  throw new InputError([{ code: "USAGE_INVALID_VALUE", message: `--format must be ${REPORT_FORMATS.join(" or ")}, got ${JSON.stringify(format)}`, hint: "--format html also writes a self-contained HTML report with the figures inline", location: { kind: "flag", flag: "--format" } }]);
}

/** --format html on a shard: the report is written by merge, which has the whole run. */
export function checkNoHtmlOnShard(flags: ReportFormatFlag): void {
  if (reportFormatOf(flags) === "html") throw new InputError([{ code: "USAGE_INVALID_VALUE", message: "--format html needs the whole run, and a shard has a slice of it", hint: "give --format html to twin-trial merge, which joins the shards and writes the report", location: { kind: "flag", flag: "--format" } }]);
}

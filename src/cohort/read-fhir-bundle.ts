import { InputError } from "../errors.js";
import type { ImportedObservation, ImportedPatient, ImportedRecords, RecordPlace } from "./imported-records.js";
import { scanJson, type TextPosition } from "./scan-json.js";

/** The code system of LOINC codes in a CodeableConcept (FHIR R4 terminology). */
const LOINC_SYSTEM = "http://loinc.org";
/** ObservationStatus values of a record that was never valid: such Observations are left out. */
const SKIPPED_STATUSES = new Set(["entered-in-error", "cancelled"]);
const BUNDLE_HINT = "cohort.file must be one FHIR R4 Bundle in JSON (type collection, transaction, batch or searchset) whose entries hold Patient and Observation resources; Synthea writes one Bundle per patient: join their entries into one Bundle, or read its CSV export with format: synthea";

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function bundleIssue(file: string, position: TextPosition, detail: { code: string; message: string; hint: string }): InputError {
  return new InputError([{ ...detail, location: { kind: "json", file, line: position.line, column: position.column } }]);
}

/** "https://server/fhir/Patient/7/_history/2" and "Patient/7" name the same patient; urn:uuid: references stay as they are. */
function normalReference(reference: string): string {
  const match = /(?:^|\/)(Patient\/[^/]+)(?:\/_history\/[^/]+)?$/.exec(reference);
  return reference.startsWith("urn:") || match === null ? reference : (match[1] as string);
}

function readPatient(resource: JsonObject, entry: JsonObject, place: RecordPlace): ImportedPatient {
  const id = textOf(resource["id"]) ?? "";
  const fullUrl = textOf(entry["fullUrl"]);
  const references = [...(id === "" ? [] : [`Patient/${id}`]), ...(fullUrl === undefined ? [] : [fullUrl])];
  return { id, references, birthDate: textOf(resource["birthDate"]), deathDate: textOf(resource["deceasedDateTime"]), isDeceased: resource["deceasedBoolean"] === true, sex: textOf(resource["gender"]), place };
}

/** The wanted LOINC codes of a CodeableConcept, each once. */
function loincCodes(concept: unknown, wanted: ReadonlySet<string>): string[] {
  if (!isObject(concept) || !Array.isArray(concept["coding"])) return [];
  const codes = (concept["coding"] as unknown[]).filter(isObject).flatMap((coding) => (coding["system"] === LOINC_SYSTEM && typeof coding["code"] === "string" && wanted.has(coding["code"]) ? [coding["code"]] : []));
  return [...new Set(codes)];
}

/** The number, its text and its unit spellings, from an Observation or a component. */
function measuredValue(holder: JsonObject): Pick<ImportedObservation, "value" | "valueText" | "units"> {
  const quantity = holder["valueQuantity"];
  if (isObject(quantity)) {
    const units = [textOf(quantity["unit"]), textOf(quantity["code"])].filter((unit): unit is string => unit !== undefined);
    const value = quantity["value"];
    if (typeof value === "number" && Number.isFinite(value)) return { value, valueText: String(value), units };
    return { valueText: value === undefined ? "a valueQuantity without a value" : JSON.stringify(value), units };
  }
  const other = Object.keys(holder).find((key) => key.startsWith("value"));
  return { valueText: other === undefined ? "no value" : `${other} ${JSON.stringify(holder[other]).slice(0, 60)}`, units: [] };
}

/** One record per wanted LOINC code of an Observation and of its components (blood pressure panels carry systolic and diastolic as components). */
function readObservation(resource: JsonObject, place: Omit<Extract<RecordPlace, { kind: "json" }>, "fields">, wanted: ReadonlySet<string>): ImportedObservation[] {
  if (SKIPPED_STATUSES.has(textOf(resource["status"]) ?? "")) return [];
  const subject = resource["subject"];
  const patient = normalReference(isObject(subject) ? (textOf(subject["reference"]) ?? "") : "");
  const date = textOf(resource["effectiveDateTime"]) ?? textOf(resource["effectiveInstant"]);
  const components = Array.isArray(resource["component"]) ? (resource["component"] as unknown[]) : [];
  const measured = [
    ...loincCodes(resource["code"], wanted).map((loinc) => ({ loinc, holder: resource, prefix: "" })),
    ...components.flatMap((component, index) => (isObject(component) ? loincCodes(component["code"], wanted).map((loinc) => ({ loinc, holder: component, prefix: `component[${index}].` })) : [])),
  ];
  return measured.flatMap(({ loinc, holder, prefix }) => {
    // A documented absence (dataAbsentReason) is a missing value, not an error.
    if (holder["dataAbsentReason"] !== undefined && holder["valueQuantity"] === undefined) return [];
    const fields = { patient: "subject.reference", value: `${prefix}valueQuantity.value`, unit: `${prefix}valueQuantity.unit`, date: "effectiveDateTime" };
    return [{ patient, loinc, ...measuredValue(holder), date, place: { ...place, fields } }];
  });
}

/** The root object as a Bundle with its entries, or the issue of what it is instead. */
function bundleEntries(root: unknown, file: string): readonly unknown[] {
  const start = { line: 1, column: 1 };
  if (!isObject(root) || root["resourceType"] !== "Bundle") {
    const got = isObject(root) ? (typeof root["resourceType"] === "string" ? `a ${root["resourceType"]} resource` : "JSON without a resourceType") : "JSON that is not an object";
    throw bundleIssue(file, start, { code: "COHORT_FHIR_INVALID", message: `expected a FHIR Bundle, got ${got}`, hint: BUNDLE_HINT });
  }
  const entries = root["entry"] ?? [];
  if (!Array.isArray(entries)) throw bundleIssue(file, start, { code: "COHORT_FHIR_INVALID", message: "the Bundle's entry is not a list", hint: BUNDLE_HINT });
  return entries;
}

/**
 * Reads a FHIR R4 Bundle (JSON text): its Patients, and the Observations (and components)
 * with a wanted LOINC code, each with the line and column where its entry starts. Other
 * resources are skipped. Invalid JSON is COHORT_JSON_SYNTAX at its line and column; a file
 * that is not a Bundle, COHORT_FHIR_INVALID; a Bundle without patients, COHORT_EMPTY.
 */
export function readFhirBundle(text: string, file: string, wanted: ReadonlySet<string>): ImportedRecords {
  // A byte-order mark is not JSON; a space keeps every column where an editor shows it.
  const json = text.startsWith("\uFEFF") ? ` ${text.slice(1)}` : text;
  const scan = scanJson(json);
  if (scan.error !== undefined) throw bundleIssue(file, scan.error.position, { code: "COHORT_JSON_SYNTAX", message: `the file is not valid JSON: ${scan.error.message}`, hint: "fix the JSON at this place (a FHIR Bundle in JSON, as a FHIR server or Synthea exports it)" });
  const entries = bundleEntries(JSON.parse(json) as unknown, file);
  const patients: ImportedPatient[] = [];
  const observations: ImportedObservation[] = [];
  entries.forEach((entry, index) => {
    const resource = isObject(entry) ? entry["resource"] : undefined;
    if (!isObject(entry) || !isObject(resource)) return;
    const place = { kind: "json" as const, file, ...(scan.entryPositions[index] ?? { line: 1, column: 1 }), entry: index };
    if (resource["resourceType"] === "Patient") patients.push(readPatient(resource, entry, { ...place, fields: { id: "id", birth: "birthDate", death: "deceasedDateTime" } }));
    else if (resource["resourceType"] === "Observation") observations.push(...readObservation(resource, place, wanted));
  });
  if (patients.length === 0) throw bundleIssue(file, { line: 1, column: 1 }, { code: "COHORT_EMPTY", message: `the Bundle has no Patient entries (${entries.length} entries)`, hint: "the cohort's patients are the Bundle's Patient resources: include them (a search with _include or _revinclude, or a collection Bundle)" });
  return { patients, observations };
}

import { describe, expect, it } from "vitest";
import { parameterCodes, renderAdam, studyDayOf, timePointText, uniqueSubjectId, variableNameOf } from "../../../src/report/adam/index.js";
import { keptReplicates, readCsv } from "../../helpers/kept-replicates.js";

const IDENTIFIERS = ["STUDYID", "USUBJID", "SUBJID", "SIMREP"];

/** The ADaM files of a shipped spec's kept replicates, by file name. */
function adamOf(name: string, edits: readonly [path: (string | number)[], value: unknown][] = []): Map<string, string> {
  const { plan, kept } = keptReplicates(name, edits);
  return new Map(renderAdam(plan, kept).map(({ file, content }) => [file, content]));
}

/** The variables define.md lists for each dataset file, in order. */
function defineVariables(define: string): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const section of define.split(/^## /m).slice(1)) {
    const file = /^`([a-z]+\.csv)`:/m.exec(section)?.[1];
    if (file === undefined) continue;
    byFile.set(`adam/${file}`, [...section.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((match) => match[1] as string));
  }
  return byFile;
}

describe("ADaM column sets (CDISC names)", () => {
  const phase2 = adamOf("pbc-phase2.yaml", [[["outputs", "keep_replicates"], 2], [["trial", "replicates"], 2]]);

  it("ADSL: identifiers, source, arm, flags, baseline covariates of the cohort, study days, disposition", () => {
    expect(readCsv(phase2.get("adam/adsl.csv") ?? "").header).toEqual([
      ...IDENTIFIERS, "SRCROW", "SRCID",
      "ARM", "ARMCD", "ACTARM", "ACTARMCD", "TRT01P", "TRT01PN", "TRT01A", "TRT01AN",
      "RANDFL", "ITTFL", "SAFFL", "EFFFL",
      // pbc-phase2's cohort columns in order: age (years), sex, then the others by their own names
      "AGE", "AGEU", "SEX", "BILI", "ALBUMIN", "AST", "PLATELET", "PROTIME", "STAGE", "ASCITES",
      "ENTRYDY", "TRTSDY", "TRTEDY", "TRTDURD", "NDOSEPL", "NDOSETK",
      "EOSSTT", "DCSREAS", "EOSDY", "DTHFL",
    ]);
  });

  it("ADAE, ADTTE and ADPC", () => {
    expect(readCsv(phase2.get("adam/adae.csv") ?? "").header).toEqual([...IDENTIFIERS, "TRTA", "TRTAN", "AESEQ", "AETERM", "AEDECOD", "AEBODSYS", "AETOXGR", "AESER", "AEACN", "ASTDY", "AENDY", "AONSETH", "ADURN", "ADURU", "TRTEMFL"]);
    expect(readCsv(phase2.get("adam/adtte.csv") ?? "").header).toEqual([...IDENTIFIERS, "TRTP", "TRTPN", "TRTA", "TRTAN", "PARAMCD", "PARAM", "PARAMN", "AVAL", "AVALU", "CNSR", "EVNTDESC", "CNSDTDSC", "ENTRYDY"]);
    expect(readCsv(phase2.get("adam/adpc.csv") ?? "").header).toEqual([...IDENTIFIERS, "TRTP", "TRTPN", "TRTA", "TRTAN", "PARAMCD", "PARAM", "AVAL", "AVALU", "AVALTRUE", "ATPT", "NFRLT", "ARELTM", "ARELTMU", "ADY"]);
  });

  it("a dataset without rows is written with its header only (pbc-phase2 has no time-to-event endpoint and no sampling times)", () => {
    expect(readCsv(phase2.get("adam/adtte.csv") ?? "").rows).toEqual([]);
    expect(readCsv(phase2.get("adam/adpc.csv") ?? "").rows).toEqual([]);
    expect(phase2.get("adam/adtte.csv")?.split("\n")).toHaveLength(2);
  });

  it("USUBJID is unique across the kept replicates; SIMREP keeps them apart", () => {
    const { rows } = readCsv(phase2.get("adam/adsl.csv") ?? "");
    expect(rows).toHaveLength(2 * 180);
    expect(new Set(rows.map((row) => row.USUBJID)).size).toBe(rows.length);
    expect(rows[180]).toMatchObject({ USUBJID: "pbc-phase2-R2-1", SUBJID: "1", SIMREP: "2" });
    expect(new Set(rows.map((row) => row.SEX))).toEqual(new Set(["F", "M"]));
  });

  it.each([
    ["pbc-phase2.yaml", [[["outputs", "keep_replicates"], 2], [["trial", "replicates"], 2]]],
    ["pbc-survival.yaml", []],
    ["pbc-turnover.yaml", []],
    ["oncology-dose-modification.yaml", []],
  ] as const)("define.md lists exactly the columns of every CSV, in order (%s)", (name, edits) => {
    const files = name === "pbc-phase2.yaml" ? phase2 : adamOf(name, edits);
    const listed = defineVariables(files.get("adam/define.md") ?? "");
    expect([...listed.keys()]).toEqual(["adam/adsl.csv", "adam/adae.csv", "adam/adtte.csv", "adam/adpc.csv"]);
    for (const [file, variables] of listed) expect(variables, file).toEqual(readCsv(files.get(file) ?? "").header);
  });

  it("ADTTE of a time-to-event trial: one row per subject and endpoint, PARAMCD from the endpoint id", () => {
    const survival = adamOf("pbc-survival.yaml");
    const { rows } = readCsv(survival.get("adam/adtte.csv") ?? "");
    expect(rows).toHaveLength(312);
    expect(new Set(rows.map((row) => row.PARAMCD))).toEqual(new Set(["DEATH_OR"]));
    expect(new Set(rows.map((row) => row.CNSR))).toEqual(new Set(["0", "1"]));
    // no dropout section: a censored time is the analysis cutoff
    expect(new Set(rows.filter((row) => row.CNSR === "1").map((row) => row.CNSDTDSC))).toEqual(new Set(["ANALYSIS CUTOFF"]));
    expect(new Set(rows.filter((row) => row.CNSR === "0").map((row) => row.EVNTDESC))).toEqual(new Set(["Time to death or liver transplantation"]));
  });

  it("define.md states the caveats", () => {
    const define = phase2.get("adam/define.md") ?? "";
    expect(define).toContain("ADaM-shaped, not CDISC-conformant: there is no define.xml, no SDTM lineage");
    expect(define).toContain("study days replace the date variables (TRTSDT, TRTEDT, ASTDT, STARTDT)");
    expect(define).toContain("Digital twins (a patient simulated again under control) are counterfactual, not observed subjects, and are left out");
  });
});

describe("ADaM naming and day rules", () => {
  it("studyDayOf: day 1 is the first 24 h, no day 0", () => {
    expect([0, 23.999, 24, 30, 83 * 24].map(studyDayOf)).toEqual([1, 1, 2, 2, 84]);
  });

  it("uniqueSubjectId and timePointText", () => {
    expect(uniqueSubjectId("pbc-phase2", 2, 17)).toBe("pbc-phase2-R2-17");
    expect(timePointText(0.5)).toBe("0.5 H AFTER FIRST DOSE");
  });

  it("variableNameOf: upper case, safe characters, COV_ for a taken name", () => {
    expect(variableNameOf("alp_uln", new Set())).toBe("ALP_ULN");
    expect(variableNameOf("10x", new Set())).toBe("V10X");
    expect(variableNameOf("c.rp", new Set())).toBe("C_RP");
    expect(variableNameOf("arm", new Set(["ARM"]))).toBe("COV_ARM");
    expect(variableNameOf("arm", new Set(["ARM", "COV_ARM"]))).toBe("COV_ARM_2");
  });

  it("parameterCodes: at most 8 characters, unique", () => {
    expect(parameterCodes(["death_or_transplant", "os"])).toEqual(["DEATH_OR", "OS"]);
    expect(parameterCodes(["death_or_transplant", "death_or_relapse"])).toEqual(["DEATH_OR", "DEATH_O2"]);
  });
});

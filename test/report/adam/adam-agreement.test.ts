import { describe, expect, it } from "vitest";
import { renderAdae, renderAdpc, renderAdsl, renderAdtte } from "../../../src/report/adam/index.js";
import { renderAdverseEvents } from "../../../src/report/render-adverse-events.js";
import { renderConcentrations } from "../../../src/report/render-concentrations.js";
import { renderPatients } from "../../../src/report/render-patients.js";
import { keptReplicates, readCsv } from "../../helpers/kept-replicates.js";

/**
 * The ADaM datasets repeat the numbers of patients.csv, adverse_events.csv and
 * concentrations.csv (the patients under their own arm; twins are not subjects): the same
 * text, since both go through the one number format.
 */
function ownRows(text: string): Record<string, string>[] {
  return readCsv(text).rows.filter((row) => row.is_twin !== "true");
}

/** Pairs each row of `left` with the row of `right` at the same position, after checking the counts. */
function paired<T, U>(left: readonly T[], right: readonly U[]): [T, U][] {
  expect(left.length).toBe(right.length);
  return left.map((row, index) => [row, right[index] as U]);
}

describe("ADSL agrees with patients.csv", () => {
  const { plan, kept } = keptReplicates("pbc-phase2.yaml", [[["outputs", "keep_replicates"], 2], [["trial", "replicates"], 2]]);
  const labels = new Map(plan.arms.map((arm) => [arm.id, arm.label]));

  it("identifiers, arm, source patient, baseline covariates and doses", () => {
    const pairs = paired(readCsv(renderAdsl(plan, kept)).rows, ownRows(renderPatients(plan, kept)));
    expect(pairs).toHaveLength(360);
    for (const [adsl, patient] of pairs) {
      expect([adsl.SIMREP, adsl.SUBJID, adsl.ARMCD, adsl.TRT01P, adsl.SRCROW, adsl.SRCID, adsl.ENTRYDY]).toEqual([patient.replicate, patient.patient_id, patient.arm, labels.get(patient.arm ?? ""), patient.source_row, patient.source_id, patient.entry_day]);
      expect([adsl.AGE, adsl.BILI, adsl.ALBUMIN, adsl.AST, adsl.PLATELET, adsl.PROTIME, adsl.STAGE]).toEqual([patient.age, patient.bili, patient.albumin, patient.ast, patient.platelet, patient.protime, patient.stage]);
      expect(adsl.SEX).toBe(patient.sex?.toUpperCase());
      expect(adsl.ASCITES).toBe(patient.ascites === "true" ? "Y" : "N");
      expect([adsl.NDOSEPL, adsl.NDOSETK]).toEqual([patient.doses_planned, patient.doses_taken]);
      expect(adsl.USUBJID).toBe(`pbc-phase2-R${patient.replicate}-${patient.patient_id}`);
    }
  });

  it("disposition and treatment days of a trial with dropout and time-driven adverse events", () => {
    const oncology = keptReplicates("oncology-dose-modification.yaml");
    const pairs = paired(readCsv(renderAdsl(oncology.plan, oncology.kept)).rows, ownRows(renderPatients(oncology.plan, oncology.kept)));
    const reasons: Record<string, string> = { death: "DEATH", "adverse-event": "ADVERSE EVENT", "lack-of-efficacy": "LACK OF EFFICACY", withdrawal: "WITHDRAWAL BY SUBJECT" };
    expect(pairs.some(([, patient]) => patient.dropout !== "none")).toBe(true);
    for (const [adsl, patient] of pairs) {
      const left = patient.dropout !== "none";
      expect(adsl.EOSSTT).toBe(left ? "DISCONTINUED" : "COMPLETED");
      expect(adsl.DCSREAS).toBe(left ? reasons[patient.dropout ?? ""] : "NA");
      expect(adsl.EOSDY).toBe(left ? String(Math.floor(Number(patient.dropout_day)) + 1) : "NA");
      expect(adsl.DTHFL).toBe(patient.dropout === "death" ? "Y" : "NA");
      if (left) expect(Number(adsl.TRTEDY)).toBeLessThanOrEqual(Number(adsl.EOSDY));
      expect(adsl.NDOSETK).toBe(patient.doses_taken);
    }
  });
});

describe("ADAE agrees with adverse_events.csv", () => {
  it("logistic terms: one row at the worst grade, onset and seriousness NA", () => {
    const { plan, kept } = keptReplicates("pbc-phase2.yaml", [[["outputs", "keep_replicates"], 2], [["trial", "replicates"], 2]]);
    const pairs = paired(readCsv(renderAdae(plan, kept)).rows, ownRows(renderAdverseEvents(plan, kept)));
    expect(pairs.length).toBeGreaterThan(10);
    for (const [adae, event] of pairs) {
      expect([adae.SIMREP, adae.SUBJID, adae.AETERM, adae.AEDECOD, adae.AETOXGR, adae.AONSETH, adae.AESER, adae.ASTDY]).toEqual([event.replicate, event.patient_id, event.label, event.label, event.grade, "NA", "NA", "NA"]);
      expect([adae.AEBODSYS, adae.AEACN, adae.TRTEMFL]).toEqual(["Unclassified", "DOSE NOT CHANGED", "Y"]);
    }
  });

  it("time-driven terms: each occurrence with its onset, day, seriousness, action, organ class and duration", () => {
    const { plan, kept } = keptReplicates("oncology-dose-modification.yaml");
    const pairs = paired(readCsv(renderAdae(plan, kept)).rows, ownRows(renderAdverseEvents(plan, kept)));
    const actions: Record<string, string> = { none: "DOSE NOT CHANGED", interrupted: "DRUG INTERRUPTED", reduced: "DOSE REDUCED", "interrupted-reduced": "MULTIPLE", discontinued: "DRUG WITHDRAWN" };
    expect(new Set(pairs.map(([adae]) => adae.AEACN)).size).toBeGreaterThan(1);
    const sequences = new Map<string, number>();
    for (const [adae, event] of pairs) {
      expect([adae.AETERM, adae.AEDECOD, adae.AEBODSYS, adae.AETOXGR, adae.AONSETH, adae.ADURN]).toEqual([event.label, event.pt, event.soc, event.grade, event.onset_h, event.duration_h]);
      expect(adae.AESER).toBe(event.serious === "true" ? "Y" : "N");
      expect(adae.AEACN).toBe(actions[event.action_taken ?? ""]);
      expect(adae.ASTDY).toBe(String(Math.floor(Number(event.onset_h) / 24) + 1));
      expect(adae.AENDY).toBe(event.duration_h === "NA" ? "NA" : String(Math.floor((Number(event.onset_h) + Number(event.duration_h)) / 24) + 1));
      const sequence = (sequences.get(adae.USUBJID ?? "") ?? 0) + 1;
      sequences.set(adae.USUBJID ?? "", sequence);
      expect(adae.AESEQ).toBe(String(sequence));
    }
  });
});

describe("ADPC agrees with concentrations.csv", () => {
  it("observed (AVAL) and true (AVALTRUE) concentrations at each nominal time", () => {
    const { plan, kept } = keptReplicates("pbc-turnover.yaml");
    const labels = new Map(plan.arms.map((arm) => [arm.id, arm.label]));
    const pairs = paired(readCsv(renderAdpc(plan, kept)).rows, readCsv(renderConcentrations(plan, kept)).rows);
    expect(pairs).toHaveLength(2 * 50 * 7);
    for (const [adpc, sample] of pairs) {
      expect([adpc.SIMREP, adpc.SUBJID, adpc.TRTA, adpc.NFRLT, adpc.ARELTM, adpc.AVAL, adpc.AVALTRUE]).toEqual([sample.replicate, sample.patient_id, labels.get(sample.arm ?? ""), sample.time_h, sample.time_h, sample.observed_mg_per_l, sample.concentration_mg_per_l]);
      expect([adpc.PARAMCD, adpc.AVALU, adpc.ATPT]).toEqual(["CONC", "mg/L", `${sample.time_h} H AFTER FIRST DOSE`]);
    }
  });
});

describe("ADTTE agrees with patients.csv", () => {
  it("AVAL is <endpoint>_time_days and CNSR is 0 for an event, 1 when censored", () => {
    const { plan, kept } = keptReplicates("pbc-survival.yaml");
    const pairs = paired(readCsv(renderAdtte(plan, kept)).rows, ownRows(renderPatients(plan, kept)));
    for (const [adtte, patient] of pairs) {
      expect([adtte.SUBJID, adtte.TRTPN, adtte.AVAL, adtte.AVALU, adtte.ENTRYDY]).toEqual([patient.patient_id, patient.arm === "placebo" ? "1" : "2", patient.death_or_transplant_time_days, "DAYS", patient.entry_day]);
      expect(adtte.CNSR).toBe(patient.death_or_transplant_event === "true" ? "0" : "1");
    }
  });
});

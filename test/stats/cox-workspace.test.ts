import { describe, expect, it } from "vitest";
import { createCoxWorkspace } from "../../src/stats/cox-workspace.js";

describe("createCoxWorkspace", () => {
  it("doc example: a p × p information matrix and one risk per patient", () => {
    const work = createCoxWorkspace(2, 10);
    expect(work.information.length).toBe(4);
    expect([work.score.length, work.risks.length]).toEqual([2, 10]);
  });
});

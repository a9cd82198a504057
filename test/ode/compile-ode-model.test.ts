import { describe, expect, it } from "vitest";
import { ExpressionError } from "../../src/errors.js";
import { compileOdeModel, findOdeModelErrors, OdeModelError, simulateOdeModel, type OdeModelDefinition } from "../../src/ode/index.js";
import { ONE_COMPARTMENT_ORAL, TIGHT } from "./ode-model-fixtures.js";

/** The problems as plain data, to compare verbatim. */
const problemsOf = (definition: OdeModelDefinition) =>
  findOdeModelErrors(definition).map(({ message, offset, hint, path, compartment }) => ({ message, offset, hint, path, compartment }));
const withCentral = (central: string): OdeModelDefinition => ({ ...ONE_COMPARTMENT_ORAL, equations: { ...ONE_COMPARTMENT_ORAL.equations, central } });
const KNOWN = "known variables: depot, central, ka, cl, v, t";

describe("compileOdeModel", () => {
  it("compiles one equation per compartment (the doc example)", () => {
    const model = compileOdeModel(ONE_COMPARTMENT_ORAL);
    expect(model.equations.length).toBe(2);
    expect(model.compartments).toEqual(["depot", "central"]);
    expect(model.equations.map((equation) => equation.expression.variables)).toEqual([["ka", "depot"], ["ka", "depot", "cl", "v", "central"]]);
    expect(findOdeModelErrors(ONE_COMPARTMENT_ORAL)).toEqual([]);
  });

  it("throws an OdeModelError, which is an ExpressionError with the path and the compartment", () => {
    let caught: unknown;
    try {
      compileOdeModel(withCentral("ka * depot - cl / vv * central"));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OdeModelError);
    expect(caught).toBeInstanceOf(ExpressionError);
    expect(caught).toMatchObject({ name: "OdeModelError", offset: 18, path: ["equations", "central"], compartment: "central" });
  });

  it("builds an OdeModelError from a problem (the doc example)", () => {
    const error = new OdeModelError({ message: 'equation of compartment "central": unknown variable "vmx"', offset: 5, path: ["equations", "central"], compartment: "central" });
    expect(error.path).toEqual(["equations", "central"]);
    expect(error.hint).toBeUndefined();
  });
});

describe("compile errors, verbatim", () => {
  it("an unknown parameter, with did-you-mean", () => {
    expect(problemsOf(withCentral("ka * depot - cl / vv * central"))).toEqual([
      { message: 'equation of compartment "central": unknown variable "vv"', offset: 18, hint: `did you mean "v"? ${KNOWN}`, path: ["equations", "central"], compartment: "central" },
    ]);
    expect(problemsOf(withCentral("ka * depot - CL / v * central"))[0]?.hint).toBe(`did you mean "cl"? ${KNOWN}`);
  });

  it("a missing equation for a compartment (the doc example of findOdeModelErrors)", () => {
    expect(problemsOf({ ...ONE_COMPARTMENT_ORAL, equations: { depot: "-ka * depot" } })).toEqual([
      { message: 'missing equation for compartment "central"', offset: 0, hint: 'add its rate of change (mg/h) under equations, e.g. central: "0" if it does not change', path: ["equations"], compartment: "central" },
    ]);
  });

  it("an equation for an unknown compartment, with did-you-mean", () => {
    const definition = { ...ONE_COMPARTMENT_ORAL, equations: { ...ONE_COMPARTMENT_ORAL.equations, centrl: "0" } };
    expect(problemsOf(definition)).toEqual([
      { message: 'equation for unknown compartment "centrl"', offset: 0, hint: 'did you mean "central"? compartments: depot, central', path: ["equations", "centrl"], compartment: undefined },
    ]);
  });

  it("syntax errors, with the offset inside the equation", () => {
    expect(problemsOf(withCentral("ka * depot - cl / v * * central"))).toEqual([
      { message: 'equation of compartment "central": unexpected "*"', offset: 22, hint: 'expected a number, a "string", a name, a function call or "("', path: ["equations", "central"], compartment: "central" },
    ]);
    expect(problemsOf(withCentral("ka * depot - cl / v * central)"))[0]).toMatchObject({ message: 'equation of compartment "central": unmatched ")"', offset: 29 });
    expect(problemsOf({ ...ONE_COMPARTMENT_ORAL, concentration: "central / v +" })).toEqual([
      { message: "concentration: unexpected end of expression", offset: 13, hint: 'expected a number, a "string", a name, a function call or "("', path: ["concentration"], compartment: undefined },
    ]);
  });

  it("an expression that can only give true/false or a string, and an equation that is not text", () => {
    const hint = "it must be a number (mg/h for an equation, mg/L for the concentration); turn a condition into a number with if_else(condition, 1, 0)";
    expect(problemsOf({ ...ONE_COMPARTMENT_ORAL, concentration: "central / v > 1" })).toEqual([
      { message: "concentration: gives true or false, not a number", offset: 0, hint, path: ["concentration"], compartment: undefined },
    ]);
    expect(problemsOf(withCentral('"fast"'))[0]?.message).toBe('equation of compartment "central": gives a string, not a number');
    const notText = { ...ONE_COMPARTMENT_ORAL, equations: { ...ONE_COMPARTMENT_ORAL.equations, central: 0 as unknown as string } };
    expect(problemsOf(notText)[0]).toMatchObject({ message: 'equation of compartment "central": must be text, got 0', hint: 'write the expression as a string, e.g. "0"' });
  });

  it("bad names: none, reserved, invalid or used twice (the doc example of checkOdeModelNames)", () => {
    expect(problemsOf({ ...ONE_COMPARTMENT_ORAL, parameters: ["ka", "t"] })[0]?.message).toBe('parameter name "t" is reserved for time (h)');
    const nameHint = 'use letters, digits and "_", starting with a letter or "_", and no keyword (and, or, not, in, true, false)';
    const problems = problemsOf({ ...ONE_COMPARTMENT_ORAL, parameters: ["ka", "cl", "v", "2x", "depot", "ka", "and"] });
    expect(problems).toEqual([
      { message: 'parameter name "2x" is not a valid name', offset: 0, hint: nameHint, path: ["parameters", 3], compartment: undefined },
      { message: 'parameter name "depot" is already a compartment name', offset: 0, hint: "names of compartments and parameters must all differ", path: ["parameters", 4], compartment: undefined },
      { message: 'parameter name "ka" is already a parameter name', offset: 0, hint: "names of compartments and parameters must all differ", path: ["parameters", 5], compartment: undefined },
      { message: 'parameter name "and" is not a valid name', offset: 0, hint: nameHint, path: ["parameters", 6], compartment: undefined },
    ]);
    expect(problemsOf({ ...ONE_COMPARTMENT_ORAL, compartments: [], equations: {} })[0]).toEqual({
      message: "an ODE model needs at least one compartment", offset: 0, hint: "list the state names, e.g. compartments: [depot, central]", path: ["compartments"], compartment: undefined,
    });
    expect(problemsOf({ ...ONE_COMPARTMENT_ORAL, compartments: ["depot", " central"] })[0]?.message).toBe('compartment name " central" is not a valid name');
  });
});

describe("safety: equations reach nothing but their own variables and functions (src/expr guarantees)", () => {
  it("cannot name globals, call outside functions or access members", () => {
    const depot = (text: string) => problemsOf({ ...ONE_COMPARTMENT_ORAL, equations: { ...ONE_COMPARTMENT_ORAL.equations, depot: text } })[0]?.message;
    expect(depot("globalThis")).toBe('equation of compartment "depot": unknown variable "globalThis"');
    expect(depot("process.exit(1)")).toBe('equation of compartment "depot": unexpected character "."');
    expect(depot("constructor(1)")).toBe('equation of compartment "depot": unknown function "constructor"');
    expect(depot('eval("1")')).toBe('equation of compartment "depot": unknown function "eval"');
    // Prototype names are plain names: a model may call its compartments so, with no effect.
    const model = compileOdeModel({ compartments: ["constructor"], parameters: ["__proto__"], equations: { constructor: "-__proto__ * constructor" }, concentration: "constructor" });
    const profile = simulateOdeModel(model, { parameterValues: Float64Array.of(1), doses: [{ compartment: 0, timeH: 0, amountMg: 1 }], outputTimesH: [1], tolerances: TIGHT });
    expect(profile.concentrationsMgPerL[0]).toBeCloseTo(Math.exp(-1), 9);
  });
});

import { assertKillSwitchOff, parseKillSwitch, skipReasonOf } from "./kill-switch.ts";
import { ModelCallError } from "./types.ts";

const TRUTHINESS: [unknown, boolean][] = [
  ["1", true],
  ["true", true],
  ["TRUE", true],
  ["Yes", true],
  [" on ", true],
  [true, true],
  [1, true],
  [undefined, false],
  [null, false],
  ["", false],
  ["0", false],
  ["false", false],
  ["No", false],
  ["OFF", false],
  [false, false],
  [0, false],
];

describe("parseKillSwitch", () => {
  it.each(TRUTHINESS)("%j -> %j", (raw, engaged) => {
    expect(parseKillSwitch(raw)).toBe(engaged);
  });

  // A typo must not silently leave calls running: it fails closed as misconfigured.
  it.each(["ture", "2", "enabled", "y"])("%j -> misconfigured naming LLM_KILL_SWITCH", (raw) => {
    expect(() => parseKillSwitch(raw)).toThrow(expect.objectContaining({ code: "misconfigured", message: expect.stringContaining("LLM_KILL_SWITCH") }));
  });
});

describe("assertKillSwitchOff", () => {
  it("throws kill_switch when on and passes when off", () => {
    expect(() => assertKillSwitchOff({ LLM_KILL_SWITCH: "on" })).toThrow(expect.objectContaining({ name: "ModelCallError", code: "kill_switch" }));
    expect(() => assertKillSwitchOff({ LLM_KILL_SWITCH: "off" })).not.toThrow();
    expect(() => assertKillSwitchOff({})).not.toThrow();
  });
});

describe("skipReasonOf", () => {
  it.each([
    [new ModelCallError("kill_switch", "LLM calls are halted: LLM_KILL_SWITCH is on."), "kill_switch: LLM calls are halted: LLM_KILL_SWITCH is on."],
    [new ModelCallError("budget_exceeded", "spent"), "budget_exceeded: spent"],
    [new ModelCallError("timeout", "slow", true), "timeout: slow"],
  ])("%s -> %j", (error, reason) => {
    expect(skipReasonOf(error)).toBe(reason);
  });

  it("matches by name, so an error from another bundle copy works too", () => {
    const foreign = Object.assign(new Error("halted"), { name: "ModelCallError", code: "kill_switch" });
    expect(skipReasonOf(foreign)).toBe("kill_switch: halted");
  });

  it("rethrows anything else: a bug is not a skip", () => {
    const bug = new TypeError("x is undefined");
    expect(() => skipReasonOf(bug)).toThrow(bug);
  });
});

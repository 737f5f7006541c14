import { isModelCallError, ModelCallError } from "./types.ts";

const ON = new Set(["1", "true", "yes", "on"]);
const OFF = new Set(["", "0", "false", "no", "off"]);

/**
 * Reads `LLM_KILL_SWITCH`: 1/true/yes/on (any case) engage it; unset, empty,
 * 0/false/no/off leave it off. Any other value is a misconfiguration, thrown
 * as such: the hub refuses every call on it, so a typo fails closed.
 *
 * @example
 * parseKillSwitch("YES"); // true
 * parseKillSwitch(undefined); // false
 */
export function parseKillSwitch(raw: unknown): boolean {
  if (raw === undefined || raw === null || raw === false || raw === 0) return false;
  if (raw === true || raw === 1) return true;
  const value = String(raw).trim().toLowerCase();
  if (ON.has(value)) return true;
  if (OFF.has(value)) return false;
  throw new ModelCallError(
    "misconfigured",
    `LLM_KILL_SWITCH="${String(raw).slice(0, 40)}" is not a switch value; use 1/true/yes/on or 0/false/no/off.`,
  );
}

/**
 * Throws `ModelCallError("kill_switch")` when `LLM_KILL_SWITCH` is on in `env`.
 * The hub checks it before anything else (before other config is even parsed),
 * so flipping the switch halts every call on the next request, with no deploy.
 *
 * @example
 * assertKillSwitchOff(env); // throws while the operator has LLM_KILL_SWITCH=1
 */
export function assertKillSwitchOff(env: object): void {
  if (parseKillSwitch((env as Record<string, unknown>).LLM_KILL_SWITCH)) {
    throw new ModelCallError("kill_switch", "LLM calls are halted: LLM_KILL_SWITCH is on.");
  }
}

/**
 * The skip reason a graph stores in its state when the gateway refused or
 * failed a call: `"<code>: <message>"`, so the run finishes (degraded) instead
 * of crashing. Anything that is not a ModelCallError is a bug and is rethrown.
 *
 * @example
 * try {
 *   ({ content } = await hub.complete(call));
 * } catch (e) {
 *   return { skipped: skipReasonOf(e) }; // "budget_exceeded: …"
 * }
 */
export function skipReasonOf(error: unknown): string {
  if (!isModelCallError(error)) throw error;
  return `${error.code}: ${error.message}`;
}

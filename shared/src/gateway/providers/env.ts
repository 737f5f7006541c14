import { ModelCallError } from "../types.ts";

/**
 * A Worker `Env`, `process.env` or a test literal: vars are read by name and must
 * be strings. `object` so generated `Env` interfaces (no index signature) fit.
 */
export type StringEnv = object;

const read = (env: StringEnv, name: string): unknown => (env as Record<string, unknown>)[name];

const ON = new Set(["on", "true", "1", "yes"]);
const OFF = new Set(["off", "false", "0", "no"]);

/**
 * Reads an on/off switch; absent or empty → `fallback`. Anything else is a
 * `misconfigured` error naming the variable.
 *
 * @example
 * envSwitch({ LLM_JSON_MODE: "off" }, "LLM_JSON_MODE", true); // false
 */
export function envSwitch(env: StringEnv, name: string, fallback: boolean): boolean {
  const raw = read(env, name);
  if (raw === undefined || raw === null || raw === "") return fallback;
  const v = String(raw).trim().toLowerCase();
  if (ON.has(v)) return true;
  if (OFF.has(v)) return false;
  throw new ModelCallError("misconfigured", `"${name}" must be on or off, got ${JSON.stringify(raw)}`);
}

/**
 * A required non-empty string var; `why` says which setting needs it.
 *
 * @example
 * envString({ LLM_MODEL: "gpt-4o-mini" }, "LLM_MODEL", 'LLM_PROVIDER="openai-compatible"'); // "gpt-4o-mini"
 */
export function envString(env: StringEnv, name: string, why: string): string {
  const raw = read(env, name);
  if (typeof raw !== "string" || raw.trim() === "") throw new ModelCallError("misconfigured", `"${name}" is required when ${why}`);
  return raw.trim();
}

/**
 * An optional string var: absent or empty → `undefined`.
 *
 * @example
 * envOptional({}, "CF_AIG_TOKEN"); // undefined
 */
export function envOptional(env: StringEnv, name: string): string | undefined {
  const raw = read(env, name);
  return typeof raw === "string" && raw.trim() !== "" ? raw.trim() : undefined;
}

/**
 * An optional non-negative integer var.
 *
 * @example
 * envInt({ CF_AIG_CACHE_TTL: "300" }, "CF_AIG_CACHE_TTL"); // 300
 */
export function envInt(env: StringEnv, name: string): number | undefined {
  const raw = envOptional(env, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new ModelCallError("misconfigured", `"${name}" must be a non-negative integer, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

import { ModelCallError, type ChatRequest, type ModelCall } from "../types.ts";

/**
 * JSON with object keys sorted at every depth and `undefined` members dropped,
 * so equal requests hash equally whatever order their fields were built in.
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }); // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** One cassette file: `evals/cassettes/<graph>/<promptVersion>.json`. */
export interface CassetteFile {
  readonly graph: string;
  readonly promptVersion: string;
}

/** Where an entry lives and under which key. */
export interface CassetteRef {
  readonly file: CassetteFile;
  /** `provider|model|promptVersion|sha256` */
  readonly key: string;
}

const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * The repo-relative path of a cassette file.
 *
 * @example
 * cassettePath({ graph: "email_reply", promptVersion: "v2" }); // "evals/cassettes/email_reply/v2.json"
 */
export function cassettePath(file: CassetteFile): string {
  return `evals/cassettes/${file.graph}/${file.promptVersion}.json`;
}

/**
 * The cassette entry a request maps to. The hash is SHA-256 (WebCrypto, same in
 * Workers and Node) over the canonical JSON of {provider, model, temperature,
 * json, messages, promptVersion}; `maxOutputTokens` is left out so raising a cap
 * does not invalidate recordings.
 *
 * @example
 * const { key, file } = await cassetteRef("openai-compatible", request, call.site);
 * // key "openai-compatible|gpt-4o-mini|v2|9f86d0…", file { graph: "email_reply", promptVersion: "v2" }
 */
export async function cassetteRef(provider: string, request: ChatRequest, site: ModelCall["site"]): Promise<CassetteRef> {
  for (const [field, value] of [["call.site.graph", site.graph], ["call.site.promptVersion", site.promptVersion]] as const) {
    if (!SAFE_SEGMENT.test(value)) throw new ModelCallError("misconfigured", `"${field}" must match ${SAFE_SEGMENT} to name a cassette file, got ${JSON.stringify(value)}`);
  }
  const hash = await sha256Hex(
    canonicalJson({
      provider,
      model: request.model,
      temperature: request.temperature,
      json: request.json,
      messages: request.messages.map(({ role, content }) => ({ role, content })),
      promptVersion: site.promptVersion,
    }),
  );
  return { file: { graph: site.graph, promptVersion: site.promptVersion }, key: `${provider}|${request.model}|${site.promptVersion}|${hash}` };
}

import { z } from "zod";
import { INBOUND_OUTCOME_LABELS } from "../outcomes/polarity.ts";
import type { InboundClassifyInput } from "./classify-input.ts";

/** What the pipeline keeps of `inbound_classify`'s output. */
export const ClassifyVerdict = z.object({
  label: z.enum(INBOUND_OUTCOME_LABELS),
  confidence: z.number().min(0).max(1),
  stage: z.string().max(40),
  return_date: z.iso.date().nullable(),
  provider: z.string().max(100),
});
export type ClassifyVerdict = z.infer<typeof ClassifyVerdict>;

/**
 * A classification, or why there is none. `temporary` failures (no answer,
 * 5xx, 429, a run error) are worth retrying later; the others (the classify
 * worker refused our input, answered outside its contract, or is not bound)
 * will not get better by retrying the same message.
 */
export type ClassifyResult = { readonly ok: true; readonly verdict: ClassifyVerdict } | { readonly ok: false; readonly temporary: boolean; readonly error: string };

// The service binding ignores the host; the path is the LangGraph API's.
const RUNS_WAIT = "https://classify.internal/runs/wait";

/**
 * Runs `inbound_classify` on the classify worker over the `CLASSIFY` service
 * binding: `POST /runs/wait { assistant_id: "inbound_classify", input }`,
 * the same LangGraph HTTP contract the dispatcher uses (STYLE: fetch, not
 * RPC). Never throws.
 *
 * @example
 * const result = await classifyInbound(env.CLASSIFY, classifyInputOf(mail, receivedAt));
 * if (result.ok) result.verdict.label; // "interested"
 */
export async function classifyInbound(binding: Fetcher | undefined, input: InboundClassifyInput, timeoutMs = 30_000): Promise<ClassifyResult> {
  if (!binding) return { ok: false, temporary: false, error: "the CLASSIFY service binding is not configured" };
  let res: Response;
  try {
    res = await binding.fetch(RUNS_WAIT, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ assistant_id: "inbound_classify", input }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    return { ok: false, temporary: true, error: `classify unreachable (${(e as Error)?.name ?? "Error"})` };
  }
  const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (!res.ok) {
    const code = typeof body?.error === "string" ? body.error : `http_${res.status}`;
    return { ok: false, temporary: res.status >= 500 || res.status === 429, error: `classify answered ${res.status} ${code}` };
  }
  const runError = body?.__error__ as { error?: unknown } | undefined;
  if (runError) return { ok: false, temporary: true, error: `inbound_classify run failed (${String(runError.error ?? "Error")})` };
  const verdict = ClassifyVerdict.safeParse(body);
  if (!verdict.success) return { ok: false, temporary: false, error: `inbound_classify answered outside its contract (${verdict.error.issues[0]?.path.join(".") ?? "?"})` };
  return { ok: true, verdict: verdict.data };
}

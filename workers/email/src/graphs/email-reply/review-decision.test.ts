import { describe, expect, it } from "vitest";
import { parseReviewDecision, type ReviewDecision } from "./review-decision.ts";

describe("parseReviewDecision", () => {
  it.each<{ value: unknown; decision: ReviewDecision }>([
    { value: { action: "approve" }, decision: { action: "approve" } },
    { value: { action: "edit", body: " New body " }, decision: { action: "edit", body: "New body" } },
    { value: { action: "edit", subject: "Re: Better" }, decision: { action: "edit", subject: "Re: Better" } },
    { value: { action: "reject", reason: "wrong tone" }, decision: { action: "reject", reason: "wrong tone" } },
    { value: { action: "reject" }, decision: { action: "reject" } },
  ])("accepts $value", ({ value, decision }) => {
    expect(parseReviewDecision(value)).toEqual({ ok: true, decision });
  });

  it.each<{ value: unknown; error: RegExp }>([
    { value: { action: "send" }, error: /action/ },
    { value: { action: "edit" }, error: /needs a subject or a body/ },
    { value: { action: "edit", subject: "Re: a\nBcc: x@example.com" }, error: /subject: subject must be one line/ },
    { value: { action: "approve", extra: true }, error: /extra/ },
    { value: "approve", error: /invalid review decision/ },
    { value: null, error: /invalid review decision/ },
    { value: undefined, error: /invalid review decision/ },
  ])("refuses $value without throwing", ({ value, error }) => {
    const parsed = parseReviewDecision(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

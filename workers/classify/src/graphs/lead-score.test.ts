import "../../../../shared/src/runtime/async-local-storage.ts";
import { describe, expect, it } from "vitest";
import { DEFAULT_ICP } from "../scoring/icp-config.ts";
import { PROMPT_TEMPLATES, PROMPT_VERSION, buildGraph, contract, type LeadScoreInput } from "./lead-score.ts";

const AS_OF = "2026-11-24T10:00:00Z";
const ideal = { industry: "Computer Software", employee_count: 120, country: "DE", title: "VP Sales" };
const input = (over: Partial<LeadScoreInput> = {}): LeadScoreInput => ({ lead: ideal, events: [], as_of: AS_OF, ...over });
const run = async (i: LeadScoreInput) => contract.output.parse(await buildGraph().compile().invoke(contract.input.parse(i)));

describe("lead_score graph", () => {
  it("scores fit and engagement as separate axes", async () => {
    const out = await run(input({ events: [{ kind: "meeting_booked", occurred_at: "2026-11-23T10:00:00Z" }] }));
    expect(out).toMatchObject({ tier: "A1", fit: { score: 0.97, grade: "A" }, engagement: { grade: 1, counted: 1 }, icp_version: DEFAULT_ICP.version, prompt_version: PROMPT_VERSION });
    // Engagement never moves fit, and fit never moves engagement.
    const silent = await run(input());
    expect(silent.fit).toEqual(out.fit);
    const poorFit = await run(input({ lead: { title: "Intern" }, events: [{ kind: "meeting_booked", occurred_at: "2026-11-23T10:00:00Z" }] }));
    expect(poorFit.engagement).toEqual(out.engagement);
  });

  it("suppresses an unsubscribed lead and says why first", async () => {
    const out = await run(input({ events: [{ kind: "replied", label: "unsubscribe", occurred_at: "2026-11-20T10:00:00Z" }] }));
    expect(out.tier).toBe("suppressed");
    expect(out.reasons[0]).toBe("suppressed: unsubscribe on 2026-11-20");
  });

  it("disqualifies an anti-ICP lead", async () => {
    const out = await run(input({ lead: { ...ideal, industry: "Gambling" } }));
    expect(out).toMatchObject({ tier: "disqualified", fit: { score: 0, disqualified_by: 'industry "gambling"' } });
  });

  it("uses the caller's ICP", async () => {
    const icp = { ...DEFAULT_ICP, version: "fintech-only", industries: ["fintech"] };
    expect((await run(input({ icp }))).fit.dimensions.industry.score).toBe(0);
    expect((await run(input({ icp }))).icp_version).toBe("fintech-only");
  });

  it("flags missing data in the reasons", async () => {
    const out = await run(input({ lead: { title: "CEO" } }));
    expect(out.fit.missing).toEqual(["industry", "employee_count", "country"]);
    expect(out.reasons).toContain("unknown, scored 0: industry, employee_count, country");
  });

  it("is a pure function of its input (the clock is as_of)", async () => {
    const i = input({ events: [{ kind: "replied", label: "interested", occurred_at: "2026-11-01T10:00:00Z" }] });
    expect(await run(i)).toEqual(await run(i));
  });
});

describe("lead_score contract", () => {
  it("is version 1.0.0 with the registry's prompt version and no prompt templates", () => {
    expect(contract.version).toBe("1.0.0");
    expect(PROMPT_VERSION).toBe("lead-score-v1");
    expect(PROMPT_TEMPLATES).toEqual({});
  });

  it.each([
    { name: "minimal", value: { lead: {}, events: [], as_of: AS_OF }, ok: true },
    { name: "nulls for unknowns", value: { lead: { industry: null, employee_count: null, country: null, title: null }, events: [], as_of: AS_OF }, ok: true },
    { name: "unknown event kind (no signal, not an error)", value: { lead: {}, events: [{ kind: "clicked", occurred_at: AS_OF }], as_of: AS_OF }, ok: true },
    { name: "unknown lead key", value: { lead: { revenue: 1 }, events: [], as_of: AS_OF }, ok: false },
    { name: "unknown top-level key", value: { lead: {}, events: [], as_of: AS_OF, now: AS_OF }, ok: false },
    { name: "lower-case country", value: { lead: { country: "de" }, events: [], as_of: AS_OF }, ok: false },
    { name: "fractional headcount", value: { lead: { employee_count: 1.5 }, events: [], as_of: AS_OF }, ok: false },
    { name: "as_of without time", value: { lead: {}, events: [], as_of: "2026-11-24" }, ok: false },
    { name: "missing events", value: { lead: {}, as_of: AS_OF }, ok: false },
    { name: "half-life 0", value: { lead: {}, events: [], as_of: AS_OF, half_life_days: 0 }, ok: false },
  ])("input $name -> ok: $ok", ({ value, ok }) => expect(contract.input.safeParse(value).success).toBe(ok));

  it("output ignores unknown keys and rejects an unknown tier", async () => {
    const out = await run(input());
    expect(contract.output.parse({ ...out, lead: ideal })).toEqual(out);
    expect(contract.output.safeParse({ ...out, tier: "D4" }).success).toBe(false);
  });
});

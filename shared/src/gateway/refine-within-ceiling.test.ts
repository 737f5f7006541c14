import { refineWithinCeiling } from "./refine-within-ceiling.ts";
import { harness, modelCall, scriptedProvider } from "./test/fakes.ts";
import { ModelCallError } from "./types.ts";

describe("refineWithinCeiling", () => {
  it("keeps the first accepted refinement", async () => {
    const refine = vi.fn(async (text: string) => `${text}!`);
    expect(await refineWithinCeiling({ draft: "Hi", refine })).toEqual({ value: "Hi!", refined: true, attempts: 1, fallbackReason: null });
    expect(refine).toHaveBeenCalledTimes(1);
  });

  it("refines from the last candidate, tries at most twice, then falls back to the draft with why", async () => {
    const refine = vi.fn(async (text: string) => `${text}+`);
    const outcome = await refineWithinCeiling({ draft: "d", refine, accept: (t) => t.length > 5 });
    expect(refine.mock.calls.map((c) => c[0])).toEqual(["d", "d+"]);
    expect(outcome).toEqual({ value: "d", refined: false, attempts: 2, fallbackReason: expect.stringMatching(/^not_accepted: .*2 attempts/) });
  });

  it("maxAttempts 1 tries once; more than 2 is rejected", async () => {
    const refine = vi.fn(async () => null);
    expect((await refineWithinCeiling({ draft: 1, refine, maxAttempts: 1 })).attempts).toBe(1);
    expect(refine).toHaveBeenCalledTimes(1);
    await expect(refineWithinCeiling({ draft: 1, refine, maxAttempts: 3 })).rejects.toThrow(/"maxAttempts" must be 1 or 2/);
  });

  it("never goes past the token ceiling: the refusing call becomes the fallback reason", async () => {
    const provider = scriptedProvider([{ content: "draft", usage: { input: 1, output: 900, cached: 0 } }]);
    const { hub } = harness({ provider, vars: { LLM_REQUEST_TOKEN_CEILING: "2000" } });
    const call = modelCall({ maxOutputTokens: 1000, messages: [{ role: "user", content: "Hi" }] });
    const { content: draft } = await hub.complete(call);
    const outcome = await refineWithinCeiling({
      draft,
      refine: async (text) => (await hub.complete({ ...call, messages: [{ role: "user", content: text }] })).content,
      accept: () => false,
    });
    // 901 + 1 + 1000 > 2000 after the first refinement's 901: attempt 2 is refused.
    expect(outcome).toMatchObject({ value: "draft", refined: false, attempts: 2, fallbackReason: expect.stringMatching(/^token_ceiling: /) });
    expect(provider.requests).toHaveLength(2);
    expect(hub.tokensUsed).toBeLessThanOrEqual(2000);
  });

  it("turns any gateway refusal into the reason, and lets bugs through", async () => {
    const refused = await refineWithinCeiling({ draft: "d", refine: () => Promise.reject(new ModelCallError("budget_exceeded", "spent")) });
    expect(refused.fallbackReason).toBe("budget_exceeded: spent");
    await expect(refineWithinCeiling({ draft: "d", refine: () => Promise.reject(new TypeError("bug")) })).rejects.toThrow("bug");
  });
});

import { estimateInputTokens, estimateTokens } from "./estimate-tokens.ts";
import { offlineProvider } from "./offline-provider.ts";
import { modelCall } from "./test/fakes.ts";

describe("estimateTokens (ceil(chars / 4))", () => {
  it.each([
    ["", 0],
    ["a", 1],
    ["abcd", 1],
    ["abcde", 2],
    ["Hello, world!", 4],
  ])("%j -> %j", (text, tokens) => expect(estimateTokens(text)).toBe(tokens));

  it("sums over message contents", () => {
    expect(estimateInputTokens([{ role: "system", content: "abcde" }, { role: "user", content: "abc" }])).toBe(3);
  });
});

describe("offlineProvider", () => {
  it("is deterministic, network-free, and answers call.offline() with estimated usage", async () => {
    const provider = offlineProvider();
    const call = modelCall({ offline: () => '{"country":"DE"}' });
    const request = { model: "offline", messages: call.messages, temperature: 0, maxOutputTokens: 100, json: true };
    const a = await provider.chat(request, call, new AbortController().signal);
    const b = await provider.chat(request, call, new AbortController().signal);
    expect(a).toEqual(b);
    expect(a).toEqual({ content: '{"country":"DE"}', model: "offline", usage: { input: 13, output: 4, cached: 0 } });
    expect(provider).toMatchObject({ name: "offline", defaultModel: "offline" });
  });

  it("honours an aborted signal", async () => {
    const controller = new AbortController();
    controller.abort(new Error("deadline"));
    const call = modelCall();
    await expect(offlineProvider().chat({ model: "offline", messages: call.messages, temperature: 0, maxOutputTokens: 1, json: false }, call, controller.signal)).rejects.toThrow("deadline");
  });
});

import { validate } from "@langchain/langgraph-checkpoint-validation";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { D1Saver } from "./d1-saver.ts";

// LangGraph's conformance suite, unfiltered, against real local D1 in workerd.
// "D1Saver" is not among the names the suite skips tests for, so delta
// storage and the pending-sends migration are exercised too.
validate({
  checkpointerName: "D1Saver",
  async createCheckpointer() {
    await env.DB.batch(
      ["checkpoint_writes", "checkpoint_blobs", "checkpoints"].map((table) => env.DB.prepare(`DELETE FROM ${table}`)),
    );
    return new D1Saver(env.DB);
  },
});

// The suite's own tests carry its assertions; this one pins what it runs against.
it("validates the D1-backed saver on the real D1 binding", async () => {
  const saver = new D1Saver(env.DB);
  expect(saver).toBeInstanceOf(D1Saver);
  expect(await saver.getTuple({ configurable: { thread_id: "validation-probe" } })).toBeUndefined();
});

import { describe, expect, it } from "vitest";
import { REPLY_INTENTS, type ReplyIntent } from "./reply-schemas.ts";
import { taskFor, TASK_TEMPLATES } from "./reply-prompt.ts";

describe("taskFor", () => {
  it.each<{ intent: ReplyIntent | undefined; task: keyof typeof TASK_TEMPLATES }>([
    { intent: "interested", task: "interested" },
    { intent: "meeting_scheduled", task: "meeting_scheduled" },
    { intent: "info_request", task: "info_request" },
    { intent: "partnership", task: "partnership" },
    { intent: "not_interested", task: "not_interested" },
    { intent: undefined, task: "unknown" },
    // Never drafted (send policy), but if that ever changes the prompt stays neutral.
    { intent: "spam", task: "unknown" },
  ])("$intent → $task", ({ intent, task }) => {
    expect(taskFor(intent)).toBe(TASK_TEMPLATES[task]);
  });

  it("every intent gets trusted task text", () => {
    for (const intent of REPLY_INTENTS) expect(taskFor(intent).text).toMatch(/^Task: /);
  });
});

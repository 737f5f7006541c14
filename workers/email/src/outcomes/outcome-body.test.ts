import { describe, expect, it } from "vitest";
import { OutcomeBody } from "./outcome-body.ts";

const THREAD = "3F0C0000-0000-5000-8000-000000000001";
const OK = { event_id: "evt_1", thread_id: THREAD, kind: "meeting_booked", occurred_at: "2026-11-26T10:00:00+01:00" };

describe("OutcomeBody", () => {
  it("normalizes the thread id and the instant", () => {
    expect(OutcomeBody.parse(OK)).toEqual({ ...OK, thread_id: THREAD.toLowerCase(), occurred_at: "2026-11-26T09:00:00.000Z" });
  });

  it.each([
    ["an unknown kind", { ...OK, kind: "opened" }, "kind"],
    // out_of_office is read from mail, never reported by a webhook
    ["out_of_office", { ...OK, kind: "out_of_office" }, "kind"],
    ["a thread id that is not a UUID", { ...OK, thread_id: "thread-1" }, "thread_id"],
    ["an instant without a zone", { ...OK, occurred_at: "2026-11-26T10:00:00" }, "occurred_at"],
    ["an empty event id", { ...OK, event_id: " " }, "event_id"],
    // ids this worker derives itself must not be forged by a caller
    ["a reserved event id", { ...OK, event_id: "sent:abc:0" }, "event_id"],
    ["an unknown field", { ...OK, extra: 1 }, ""],
    ["data over 16 KiB", { ...OK, data: { blob: "x".repeat(17_000) } }, "data"],
  ])("refuses %s", (_, body, path) => {
    const parsed = OutcomeBody.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join(".")).toBe(path);
  });
});

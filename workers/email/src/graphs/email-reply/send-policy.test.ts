import { describe, expect, it } from "vitest";
import type { ReplyIntent } from "./reply-schemas.ts";
import { sendPolicy, type SendPolicy } from "./send-policy.ts";

interface Row {
  readonly intent: ReplyIntent | undefined;
  readonly expected: SendPolicy;
}

const allowed: SendPolicy = { send_allowed: true, skip_reason: null };

describe("sendPolicy", () => {
  it.each<Row>([
    { intent: "unsubscribe", expected: { send_allowed: false, skip_reason: "recipient_unsubscribed" } },
    { intent: "bounced", expected: { send_allowed: false, skip_reason: "message_bounced" } },
    { intent: "spam", expected: { send_allowed: false, skip_reason: "inbound_spam" } },
    { intent: "auto_reply", expected: { send_allowed: false, skip_reason: "auto_reply" } },
    { intent: "interested", expected: allowed },
    { intent: "not_interested", expected: allowed },
    { intent: "info_request", expected: allowed },
    { intent: "partnership", expected: allowed },
    { intent: "meeting_scheduled", expected: allowed },
    { intent: undefined, expected: allowed },
  ])("$intent → send_allowed=$expected.send_allowed", ({ intent, expected }) => {
    expect(sendPolicy(intent)).toEqual(expected);
  });
});

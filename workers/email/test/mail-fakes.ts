// Shared by the sender tests: the mail-provider fakes' origin, their request
// log, and messages made unique per test (the fakes serve every test file).
import { inject } from "vitest";
import type { RecordedMailRequest } from "../../../test/fakes/mail-providers.ts";
import type { OutgoingMessage } from "../src/campaign/sender.ts";

export const fakeOrigin = (): string => inject("mailProviders").origin;

/** What the fakes received for `to` (every provider records the recipient somewhere in the body). */
export async function fakeRequestsFor(to: string): Promise<RecordedMailRequest[]> {
  const all = (await (await fetch(`${fakeOrigin()}/__fake/requests`)).json()) as RecordedMailRequest[];
  return all.filter((r) => JSON.stringify(r.body).includes(to) || r.rfc2822?.headers.to === to);
}

let n = 0;

/** An outreach-shaped message to a recipient no other test uses. */
export function uniqueMessage(over: Partial<OutgoingMessage> = {}): OutgoingMessage {
  const to = `ada+${Date.now().toString(36)}${(n++).toString(36)}@example.com`;
  return {
    from: { address: "sam@acme.example", name: "Sam Seller" },
    to,
    subject: "Quick question for Example Logistics",
    text: "Hi Ada,\n\nA short note.\n\n--\nAcme Example, 1 Main St, Springfield, 12345\n",
    date: "2026-11-24T15:00:00.000Z",
    headers: {
      "Reply-To": `reply+${"a".repeat(32)}-${"b".repeat(20)}@replies.example.com`,
      "List-Unsubscribe": "<https://app.example.com/unsubscribe?token=abc>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
    ...over,
  };
}

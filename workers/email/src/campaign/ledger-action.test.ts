import { describe, expect, it } from "vitest";
import { ledgerAction, ledgerKey, type LedgerAction, type LedgerStatus } from "./ledger-action.ts";

const CASES: { status: LedgerStatus; reservedNow: boolean; idempotentSender: boolean; action: LedgerAction }[] = [
  { status: "reserved", reservedNow: true, idempotentSender: false, action: "send" },
  { status: "reserved", reservedNow: true, idempotentSender: true, action: "send" },
  // a crashed attempt's reservation: only an idempotent sender may try again
  { status: "reserved", reservedNow: false, idempotentSender: true, action: "send" },
  { status: "reserved", reservedNow: false, idempotentSender: false, action: "mark_unknown" },
  { status: "sent", reservedNow: false, idempotentSender: true, action: "already_sent" },
  { status: "sent", reservedNow: false, idempotentSender: false, action: "already_sent" },
  { status: "unknown", reservedNow: false, idempotentSender: true, action: "unknown" },
];

describe("ledgerAction", () => {
  it.each(CASES)("$status (reserved now: $reservedNow, idempotent: $idempotentSender) → $action", ({ status, action, ...o }) => {
    expect(ledgerAction(status, o)).toBe(action);
  });

  it("keys name the thread and step", () => {
    expect(ledgerKey("3f0c0000-0000-5000-8000-000000000000", 2)).toBe("3f0c0000-0000-5000-8000-000000000000:2");
  });
});

import { describe, expect, it } from "vitest";
import { reviewNotice, type ReviewNoticeInput } from "./review-notice.ts";

const INPUT: ReviewNoticeInput = {
  noticeFrom: "Acme Sales <notices@acme.example>",
  to: "sam@acme.example",
  campaignName: "Q4 logistics",
  contactEmail: "ada@example.com",
  threadId: "3f0c0000-0000-5000-8000-000000000001",
  step: 1,
  draftSubject: "Following up",
  flags: ["low_confidence"],
  reviewUrl: "https://app.example.com/campaigns/cmp_1/threads/3f0c0000-0000-5000-8000-000000000001",
  now: Date.parse("2026-11-24T15:00:00Z"),
};

describe("reviewNotice", () => {
  it.each([
    ["a named NOTICE_FROM", "Acme Sales <notices@acme.example>", { address: "notices@acme.example", name: "Acme Sales" }],
    ["a bare address", "notices@acme.example", { address: "notices@acme.example", name: null }],
  ])("%s", (_, noticeFrom, from) => {
    expect(reviewNotice({ ...INPUT, noticeFrom }).from).toEqual(from);
  });

  it("tells what waits, why and where to decide; marked automatic (RFC 3834)", () => {
    const m = reviewNotice(INPUT);
    expect(m.subject).toBe("Review needed: touch 2 to ada@example.com (Q4 logistics)");
    expect(m.text).toContain("Why it was held: low_confidence");
    expect(m.text).toContain(INPUT.reviewUrl);
    expect(m.headers).toEqual({ "Auto-Submitted": "auto-generated" });
    expect(m.date).toBe("2026-11-24T15:00:00.000Z");
  });

  it("keeps line breaks of a draft subject out of its own subject", () => {
    expect(reviewNotice({ ...INPUT, campaignName: "Q4\r\nBcc: x@y" }).subject).not.toMatch(/[\r\n]/);
  });
});

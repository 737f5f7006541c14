import { v5 as uuidv5, validate, version } from "uuid";
import { describe, expect, it } from "vitest";
import { CAMPAIGN_ID_NAMESPACE, campaignThreadId, campaignThreadKey, companyIdFor, contactIdFor } from "./thread-id.ts";

describe("campaign thread ids", () => {
  it("are UUIDv5 of the readable key under the fixed namespace", () => {
    const id = campaignThreadId("cmp_1", "ct_9");
    expect(validate(id) && version(id)).toBe(5);
    expect(id).toBe(uuidv5("campaign-cmp_1-ct_9", CAMPAIGN_ID_NAMESPACE));
    expect(campaignThreadKey("cmp_1", "ct_9")).toBe("campaign-cmp_1-ct_9");
  });

  it("are stable and distinct per (campaign, contact)", () => {
    expect(campaignThreadId("cmp_1", "ct_9")).toBe(campaignThreadId("cmp_1", "ct_9"));
    expect(campaignThreadId("cmp_1", "ct_9")).not.toBe(campaignThreadId("cmp_2", "ct_9"));
  });

  it("pins the namespace: changing it would orphan every running thread", () => {
    expect(CAMPAIGN_ID_NAMESPACE).toBe("adef2f5d-0473-4d1e-966f-11177772ef76");
  });

  it("derives contact and company ids from lower-cased keys", () => {
    expect(contactIdFor("Ada@Example.com")).toBe(contactIdFor("ada@example.com"));
    expect(companyIdFor("Example.com")).toMatch(/^co_[0-9a-f-]{36}$/);
  });
});

import { describe, expect, it } from "vitest";
import { CAMPAIGN_STATE_VERSION, migrateCampaignState } from "./migrate-state.ts";

describe("migrateCampaignState", () => {
  it("migrates a v0 state (touches_sent, unbound draft) to the current version", () => {
    const v0 = {
      campaign_id: "cmp_1",
      contact_id: "ct_9",
      now: 1_000,
      touches_sent: 2,
      wake_at: 5_000,
      status: "waiting",
      draft: { subject: "Hi", body: "…", confidence: 0.9, flags: [] },
    };
    const { values, patch } = migrateCampaignState(v0);
    expect(values).toMatchObject({
      schema_version: CAMPAIGN_STATE_VERSION,
      step: 2,
      next_send_at: 5_000,
      wake_at: 5_000,
      status: "waiting",
      draft: null,
      previous_subjects: [],
      paused_until: null,
      enrolled_at: 1_000,
    });
    // the patch persists the upgrade and clears the legacy channel
    expect(patch).toMatchObject({ schema_version: CAMPAIGN_STATE_VERSION, step: 2, touches_sent: null });
  });

  it("initializes a fresh state from the first run's input", () => {
    const { values, patch } = migrateCampaignState({ campaign_id: "c", contact_id: "ct", now: 42 });
    expect(values).toMatchObject({ schema_version: 1, step: 0, enrolled_at: 42, status: "running", draft: null, last_sent_at: null });
    expect(patch.schema_version).toBe(1);
  });

  it("leaves a current state as it is (no writes)", () => {
    const state = { campaign_id: "c", contact_id: "ct", now: 42, schema_version: 1, step: 3, enrolled_at: 7, previous_subjects: ["a"] };
    const { values, patch } = migrateCampaignState(state);
    expect(patch).toEqual({});
    expect(values).toMatchObject({ step: 3, enrolled_at: 7, previous_subjects: ["a"] });
  });

  it("refuses a state written by a newer version", () => {
    expect(() => migrateCampaignState({ schema_version: CAMPAIGN_STATE_VERSION + 1 })).toThrow(/newer/);
  });
});

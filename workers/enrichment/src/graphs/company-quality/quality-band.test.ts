import { describe, expect, it } from "vitest";
import { qualityBand, type QualityBand } from "./quality-band.ts";

describe("qualityBand", () => {
  it.each<{ quality: number; band: QualityBand }>([
    { quality: 1, band: "stable" },
    { quality: 0.7, band: "stable" },
    { quality: 0.6999, band: "investigate" },
    { quality: 0.4, band: "investigate" },
    { quality: 0.3999, band: "stale" },
    { quality: 0, band: "stale" },
  ])("$quality → $band", ({ quality, band }) => {
    expect(qualityBand(quality)).toBe(band);
  });
});

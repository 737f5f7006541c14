import { describe, expect, it } from "vitest";
import { industryOf } from "./industry-rules.ts";

describe("industryOf", () => {
  it.each<{ text: string; label: string | null }>([
    { text: "Kollaborative Roboterzellen und Greifsysteme für Intralogistik und Fertigung", label: "industrial_automation" },
    { text: "Revenue analytics software for subscription businesses. A SaaS platform.", label: "software" },
    { text: "Atelier de confection et marque de prêt-à-porter en soie", label: "apparel" },
    { text: "Plantas fotovoltaicas y autoconsumo solar para empresas", label: "energy" },
    { text: "Family dental practice: check-ups for NHS patients", label: "healthcare" },
    { text: "Berth bookings for every marina and small harbour", label: "maritime" },
    { text: "We make things.", label: null },
  ])("$text → $label", ({ text, label }) => expect(industryOf(text)?.label ?? null).toBe(label));

  it("reports the keywords and a share-of-hits confidence", () => {
    expect(industryOf("solar energy software")).toEqual({ label: "energy", confidence: 0.667, keywords: ["solar", "energy"] });
  });
});

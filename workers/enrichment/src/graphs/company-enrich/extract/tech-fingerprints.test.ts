import { describe, expect, it } from "vitest";
import { techSignals } from "./tech-fingerprints.ts";

const facts = (over: { generator?: string | null; assets?: string[]; rootIds?: string[] }) => ({ generator: null, assets: [], rootIds: [], ...over });

describe("techSignals", () => {
  it.each<{ name: string; facts: ReturnType<typeof facts>; tech: string[] }>([
    { name: "WordPress by generator", facts: facts({ generator: "WordPress 6.5.2" }), tech: ["WordPress"] },
    { name: "WordPress by asset path", facts: facts({ assets: ["/wp-content/themes/x/style.css"] }), tech: ["WordPress"] },
    { name: "Shopify CDN", facts: facts({ assets: ["https://cdn.shopify.com/s/files/1/theme.js"] }), tech: ["Shopify"] },
    { name: "Next.js by root id", facts: facts({ rootIds: ["__next"] }), tech: ["Next.js"] },
    { name: "analytics and marketing", facts: facts({ assets: ["https://www.googletagmanager.com/gtag/js?id=G", "https://js.hs-scripts.com/1.js", "https://js.stripe.com/v3/"] }), tech: ["Google Tag Manager", "HubSpot", "Stripe"] },
    { name: "Wix generator", facts: facts({ generator: "Wix.com Website Builder" }), tech: ["Wix"] },
    { name: "nothing known", facts: facts({ assets: ["/app.js"], generator: "Hand-made" }), tech: [] },
  ])("$name", ({ facts: f, tech }) => expect(techSignals(f, "https://acme.io/").map((t) => t.name)).toEqual(tech));

  it("says what matched and where", () => {
    expect(techSignals(facts({ generator: "Squarespace" }), "https://acme.io/")).toEqual([{ name: "Squarespace", category: "cms", evidence: "generator", source_url: "https://acme.io/" }]);
  });
});

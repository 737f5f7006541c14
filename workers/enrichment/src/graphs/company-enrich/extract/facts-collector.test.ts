import { describe, expect, it } from "vitest";
import { rewrite } from "../../../../../../test/fakes/fixture-web-client.ts";
import { collectFacts } from "./facts-collector.ts";

const HTML = `<!doctype html><html lang="DE"><head>
<title>Acme &ndash; Robots</title>
<meta name="Description" content="We build  robots.">
<meta name="generator" content="WordPress 6.5">
<meta property="og:site_name" content="Acme">
<link rel="stylesheet" href="/wp-content/x.css"><script src="https://www.googletagmanager.com/gtag/js"></script>
<script type="application/ld+json">{"@type":"Organization","name":"Acme GmbH"}</script>
</head><body><div id="__next"><p>85 Mitarbeiter</p><address>Acme GmbH<br>Hauptstr. 1<br>20095 Hamburg</address></div></body></html>`;

describe("collectFacts", () => {
  it("collects every fact kind in one pass", async () => {
    const facts = await rewrite(HTML, collectFacts);
    expect(facts).toEqual({
      title: "Acme – Robots",
      description: "We build robots.",
      ogSiteName: "Acme",
      ogDescription: null,
      generator: "WordPress 6.5",
      lang: "de",
      assets: ["/wp-content/x.css", "https://www.googletagmanager.com/gtag/js"],
      rootIds: ["__next"],
      addresses: ["Acme GmbH, Hauptstr. 1, 20095 Hamburg"],
      jsonLd: [{ "@type": "Organization", name: "Acme GmbH" }],
      text: expect.stringContaining("85 Mitarbeiter"),
    });
  });

  it("keeps the first of repeated tags and survives an empty page", async () => {
    expect((await rewrite('<meta name="description" content="one"><meta name="description" content="two">', collectFacts)).description).toBe("one");
    expect(await rewrite("", collectFacts)).toMatchObject({ title: null, assets: [], jsonLd: [], text: "" });
  });
});

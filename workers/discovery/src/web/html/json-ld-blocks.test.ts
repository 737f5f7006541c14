import { describe, expect, it } from "vitest";
import { rewrite } from "../../../../../test/fakes/fixture-web-client.ts";
import { collectJsonLd, MAX_JSON_LD_CHARS } from "@agentic-sales/shared/web/html/json-ld-blocks.ts";

const blocksOf = (html: string) =>
  rewrite(html, (scope) => {
    const blocks = collectJsonLd(scope);
    return () => ({ values: blocks.values, errors: blocks.errors });
  });

describe("collectJsonLd", () => {
  it.each<{ name: string; html: string; values: unknown[]; errors: number }>([
    { name: "one block", html: '<script type="application/ld+json">{"@type":"Person","name":"Ada"}</script>', values: [{ "@type": "Person", name: "Ada" }], errors: 0 },
    { name: "type attribute case-insensitive", html: '<script type="Application/LD+JSON">[1,2]</script>', values: [[1, 2]], errors: 0 },
    { name: "malformed block counted", html: '<script type="application/ld+json">{"name": </script><script type="application/ld+json">{}</script>', values: [{}], errors: 1 },
    { name: "other scripts ignored", html: '<script>var x = {"@type":"Person"}</script>', values: [], errors: 0 },
    { name: "oversized block skipped", html: `<script type="application/ld+json">"${"x".repeat(MAX_JSON_LD_CHARS + 10)}"</script>`, values: [], errors: 1 },
  ])("$name", async ({ html, values, errors }) => expect(await blocksOf(html)).toEqual({ values, errors }));
});

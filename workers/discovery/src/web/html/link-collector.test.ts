import { describe, expect, it } from "vitest";
import { rewrite } from "../../../../../test/fakes/fixture-web-client.ts";
import { decodeEntities } from "@agentic-sales/shared/web/html/decode-entities.ts";
import { collectLinks } from "@agentic-sales/shared/web/html/link-collector.ts";

const linksOf = async (html: string, page = "https://acme.de/team/") => {
  const out = await rewrite(html, (scope) => {
    const links = collectLinks(scope, page);
    return () => links;
  });
  return { links: out.links.map((l) => [l.url.href, l.text]), mailto: out.mailto };
};

describe("collectLinks", () => {
  it.each<{ name: string; html: string; links: string[][]; mailto?: string[] }>([
    { name: "relative link and nested text", html: '<a href="../kontakt">Our <b>Contact</b></a>', links: [["https://acme.de/kontakt", "Our Contact"]] },
    { name: "entities in text", html: '<a href="/ueber-uns">&Uuml;ber uns &amp; Team</a>', links: [["https://acme.de/ueber-uns", "Über uns & Team"]] },
    { name: "base href", html: '<head><base href="https://acme.de/de/"></head><a href="team">Team</a>', links: [["https://acme.de/de/team", "Team"]] },
    { name: "image link uses alt", html: '<a href="/team"><img src="t.png" alt="Team"></a>', links: [["https://acme.de/team", "Team"]] },
    { name: "mailto with query", html: '<a href="mailto:Ada.Example@acme.de?subject=Hi">mail</a>', links: [], mailto: ["ada.example@acme.de"] },
    { name: "javascript and tel are dropped", html: '<a href="javascript:void(0)">x</a><a href="tel:+49">y</a>', links: [] },
    { name: "unclosed anchor at EOF is lost, nothing throws", html: '<a href="/a">A</a><a href="/b">B', links: [["https://acme.de/a", "A"]] },
  ])("$name", async ({ html, links, mailto = [] }) => {
    expect(await linksOf(html)).toEqual({ links, mailto });
  });
});

describe("decodeEntities", () => {
  it.each([
    ["&Uuml;ber uns &amp; Team &#233;", "Über uns & Team é"],
    ["&#x41;&#X42;", "AB"],
    ["&unknown; &#0;", "&unknown; &#0;"],
    ["&nbsp;", " "],
  ])("%s → %s", (raw, text) => expect(decodeEntities(raw)).toBe(text));
});

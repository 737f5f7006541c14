import { describe, expect, it } from "vitest";
import { rewrite } from "../../../../../../test/fakes/fixture-web-client.ts";
import { collectPeople } from "./people-collector.ts";
import type { RawPerson } from "./raw-person.ts";

const peopleOf = (html: string) => rewrite(html, collectPeople);
const person = (over: Partial<RawPerson>): RawPerson => ({ name: null, given: null, family: null, title: null, email: null, method: "team-card", ...over });

describe("collectPeople per markup kind", () => {
  it.each<{ name: string; html: string; people: RawPerson[] }>([
    {
      name: "h-card with u-email",
      html: '<div class="h-card"><span class="p-name">Ada Example</span><span class="p-job-title">CTO</span><a class="u-email" href="mailto:ada@acme.io">mail</a></div>',
      people: [person({ name: "Ada Example", title: "CTO", email: "ada@acme.io", method: "h-card" })],
    },
    {
      name: "h-card with given/family names",
      html: '<div class="h-card"><span class="p-given-name">Bo</span> <span class="p-family-name">Sample</span><span class="p-role">Sales</span></div>',
      people: [person({ given: "Bo", family: "Sample", title: "Sales", method: "h-card" })],
    },
    {
      name: "legacy vcard",
      html: '<p class="vcard"><span class="fn">Dr Cy Test</span>, <span class="title">Principal</span></p>',
      people: [person({ name: "Dr Cy Test", title: "Principal", method: "h-card" })],
    },
    {
      name: "schema.org Person microdata",
      html: '<div itemscope itemtype="https://schema.org/Person"><h3 itemprop="name">Dee Demo</h3><p itemprop="jobTitle">COO</p><a itemprop="email" href="mailto:dd@acme.io">x</a></div>',
      people: [person({ name: "Dee Demo", title: "COO", email: "dd@acme.io", method: "microdata" })],
    },
    {
      name: "team card: heading name, classed title, mailto anywhere in the card",
      html: '<div class="team-member"><img src="x.jpg"><h3>Eli Mock</h3><span class="position">Head of Sales</span><a href="mailto:eli@acme.io">E-Mail</a></div>',
      people: [person({ name: "Eli Mock", title: "Head of Sales", email: "eli@acme.io" })],
    },
    {
      name: "team card: explicit name class beats heading",
      html: '<div class="team-card"><h4>Leadership</h4><strong class="name">Fay Dummy</strong><span class="role">CFO</span></div>',
      people: [person({ name: "Fay Dummy", title: "CFO" })],
    },
    {
      name: "entities decoded, whitespace collapsed",
      html: '<div class="team-member"><h3>J&ouml;rg\n   B&ouml;ttcher</h3><span class="role">Gesch&auml;ftsf&uuml;hrer</span></div>',
      people: [person({ name: "Jörg Böttcher", title: "Geschäftsführer" })],
    },
    {
      name: "nested cards: fields go to the innermost",
      html: '<div class="member-card"><h4>Gus Outer</h4><div class="member-card"><h4>Hal Inner</h4><p class="title">Lead</p></div></div>',
      people: [person({ name: "Hal Inner", title: "Lead" }), person({ name: "Gus Outer" })],
    },
    {
      name: "unclosed card at end of document still counts",
      html: '<div class="team-member"><h3>Ivy Open</h3><span class="position">Engineer',
      people: [person({ name: "Ivy Open", title: "Engineer" })],
    },
    { name: "a card without a name is dropped", html: '<div class="team-member"><span class="position">CEO</span></div>', people: [] },
    { name: "headings outside cards are ignored", html: "<h3>Jo Nobody</h3><strong>Kim Nobody</strong>", people: [] },
  ])("$name", async ({ html, people }) => expect(await peopleOf(html)).toEqual(people));
});

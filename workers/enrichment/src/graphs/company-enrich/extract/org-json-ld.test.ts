import { describe, expect, it } from "vitest";
import { orgsFromJsonLd } from "./org-json-ld.ts";

describe("orgsFromJsonLd", () => {
  it.each<{ name: string; values: unknown[]; names: (string | null)[] }>([
    { name: "Organization", values: [{ "@type": "Organization", name: "Acme GmbH" }], names: ["Acme GmbH"] },
    { name: "@graph, WebSite ignored", values: [{ "@graph": [{ "@type": "WebSite", name: "Acme site" }, { "@type": "Corporation", name: "Acme Inc." }] }], names: ["Acme Inc."] },
    { name: "LocalBusiness subtypes", values: [{ "@type": "Dentist", name: "Greenleaf" }, { "@type": "ClothingStore", name: "Lumière" }], names: ["Greenleaf", "Lumière"] },
    // An unknown type with a name and an address is an organization.
    { name: "typed node with address", values: [{ "@type": "Winery", name: "Vino", address: "Main St 1" }], names: ["Vino"] },
    { name: "Person with address is not", values: [{ "@type": "Person", name: "Ada", address: "x" }], names: [] },
    { name: "most complete first", values: [{ "@type": "Organization", name: "Brand" }, { "@type": "Organization", name: "Acme GmbH", description: "d", numberOfEmployees: 5 }], names: ["Acme GmbH", "Brand"] },
    { name: "nested publisher", values: [{ "@type": "Article", publisher: { "@type": "Organization", name: "Pub" } }], names: ["Pub"] },
  ])("$name", ({ values, names }) => expect(orgsFromJsonLd(values).map((o) => o.name)).toEqual(names));

  it("reads address, size and sameAs", () => {
    const [org] = orgsFromJsonLd([{ "@type": "Organization", name: ["Acme"], legalName: "Acme GmbH", address: [{ "@type": "PostalAddress", addressLocality: "Hamburg" }], numberOfEmployees: { value: 85 }, sameAs: ["https://github.com/acme", 3] }]);
    expect(org).toEqual({ name: "Acme", legalName: "Acme GmbH", description: null, address: { "@type": "PostalAddress", addressLocality: "Hamburg" }, numberOfEmployees: { value: 85 }, sameAs: ["https://github.com/acme"] });
  });
});

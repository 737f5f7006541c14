import { describe, expect, it } from "vitest";
import { DIRECT, templateResolver } from "@agentic-sales/shared/web/origin-resolver.ts";

describe("templateResolver", () => {
  it.each<{ template: string; url: string; physical: string }>([
    { template: "http://127.0.0.1:4000/{host}", url: "https://acme.de/team?x=1", physical: "http://127.0.0.1:4000/acme.de/team?x=1" },
    { template: "http://127.0.0.1:4000/{host}/", url: "https://www.acme.de/", physical: "http://127.0.0.1:4000/www.acme.de/" },
    { template: "http://{host}.fixture.test:8080", url: "https://acme.de/a", physical: "http://acme.de.fixture.test:8080/a" },
  ])("$template + $url", ({ template, url, physical }) => expect(templateResolver(template)(new URL(url))).toBe(physical));

  it.each(["http://127.0.0.1:4000/", "ftp://x/{host}", "not a url {host}"])("refuses %s", (template) => {
    expect(() => templateResolver(template)).toThrow(RangeError);
  });

  it("DIRECT sends the request where the URL says", () => expect(DIRECT(new URL("https://acme.de/x#y"))).toBe("https://acme.de/x#y"));
});

import { env } from "cloudflare:workers";
import { describe, expect, inject, it } from "vitest";
import { discoveryApp } from "./app.ts";

describe("discovery worker app", () => {
  it("runs contact_discovery through /runs/wait with services built from env vars", async () => {
    const web = inject("fixtureWeb");
    const vars = { ...env, DOH_URL: web.dohUrl, SITE_ORIGIN_TEMPLATE: web.originTemplate };
    const response = await discoveryApp().request(
      "/runs/wait",
      { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ assistant_id: "contact_discovery", input: { domain: "solaris-energia.es", as_of: "2026-05-01" } }) },
      vars,
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { contacts: { name: string }[]; mx: { status: string } };
    expect(body.contacts.map((c) => c.name)).toEqual(["Lucía Fernández Ortega", "Mateo Sánchez", "Carmen Ruiz"]);
    expect(body.mx.status).toBe("mx");
  });

  it("answers a malformed var with a run error naming it", async () => {
    const response = await discoveryApp().request(
      "/runs/wait",
      { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ assistant_id: "contact_discovery", input: { domain: "solaris-energia.es" } }) },
      { ...env, DOH_URL: "not a url" },
    );
    const text = await response.text();
    expect(text).toContain("DOH_URL");
  });
});

import { registry } from "@agentic-sales/shared/registry";
import { describe, expect, it } from "vitest";
import { parseRoutes } from "./route-config.ts";

describe("parseRoutes", () => {
  it("is empty when no route var is set", () => {
    expect(parseRoutes({}, registry)).toEqual([]);
  });

  it("defaults the allowlist to the worker's registry assistants and the share to 100 %", () => {
    const [r] = parseRoutes({ ROUTE_CLASSIFY_URL: "https://classify-canary.example.com/" }, registry);
    expect(r).toMatchObject({ prefix: "CLASSIFY", url: "https://classify-canary.example.com", percent: 100 });
    expect([...r!.assistants]).toEqual([...registry.allowlistOf("classify")]);
  });

  it("narrows to named assistants, reads percent and secret", () => {
    const [r] = parseRoutes(
      { ROUTE_EMAIL_BINDING: "EMAIL_V2", ROUTE_EMAIL_ASSISTANTS: " email_reply ", ROUTE_EMAIL_PERCENT: "12.5", ROUTE_EMAIL_SECRET: "s3cret" },
      registry,
    );
    expect(r).toMatchObject({ prefix: "EMAIL", binding: "EMAIL_V2", percent: 12.5, secret: "s3cret" });
    expect([...r!.assistants]).toEqual(["email_reply"]);
  });

  it("keeps registry worker order", () => {
    const routes = parseRoutes({ ROUTE_DISCOVERY_URL: "https://d.example", ROUTE_EMAIL_URL: "https://e.example" }, registry);
    expect(routes.map((r) => r.prefix)).toEqual(["EMAIL", "DISCOVERY"]);
  });

  it.each([
    { env: { ROUTE_EMAIL_URL: "ftp://x" }, message: /ROUTE_EMAIL_URL/ },
    { env: { ROUTE_EMAIL_URL: "https://e.example", ROUTE_EMAIL_PERCENT: "abc" }, message: /ROUTE_EMAIL_PERCENT/ },
    { env: { ROUTE_EMAIL_URL: "https://e.example", ROUTE_EMAIL_PERCENT: "101" }, message: /0 to 100/ },
    { env: { ROUTE_EMAIL_URL: "https://e.example", ROUTE_EMAIL_ASSISTANTS: "country_classify" }, message: /not owned by the email worker/ },
  ])("rejects $env with a message naming the var", ({ env, message }) => {
    expect(() => parseRoutes(env, registry)).toThrow(message);
  });
});

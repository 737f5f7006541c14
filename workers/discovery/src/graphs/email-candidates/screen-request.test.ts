import { describe, expect, it } from "vitest";
import type { EmailCandidatesInput, SkipReason } from "./candidate-schemas.ts";
import { screenRequest } from "./screen-request.ts";

const ada = { first_name: "Ada", last_name: "Example" };

interface Row {
  readonly input: EmailCandidatesInput;
  readonly domain: string;
  readonly skip: SkipReason | null;
  readonly free_mail: boolean;
  readonly disposable: boolean;
}

describe("screenRequest", () => {
  it.each<Row>([
    { input: { person: ada, domain: "www.acme.io" }, domain: "acme.io", skip: null, free_mail: false, disposable: false },
    { input: { person: ada, domain: "gmail.com" }, domain: "gmail.com", skip: "free_mail_domain", free_mail: true, disposable: false },
    { input: { person: ada, domain: "mail.gmx.de" }, domain: "gmx.de", skip: "free_mail_domain", free_mail: true, disposable: false },
    { input: { person: ada, domain: "mailinator.com" }, domain: "mailinator.com", skip: "disposable_domain", free_mail: false, disposable: true },
    { input: { person: ada, domain: "10.0.0.1" }, domain: "10.0.0.1", skip: "ip_address", free_mail: false, disposable: false },
    { input: { person: ada, domain: "Acme.Test" }, domain: "acme.test", skip: "invalid_domain", free_mail: false, disposable: false },
    { input: { person: { first_name: "?", last_name: "Example" }, domain: "acme.io" }, domain: "acme.io", skip: "unusable_name", free_mail: false, disposable: false },
    { input: { person: { first_name: "?", last_name: "Example" }, domain: "gmail.com" }, domain: "gmail.com", skip: "free_mail_domain", free_mail: true, disposable: false },
  ])("$input.domain ($input.person.first_name) → $skip", ({ input, domain, skip, free_mail, disposable }) => {
    const screened = screenRequest(input);
    expect(screened.domain).toBe(domain);
    expect(screened.skip_reason).toBe(skip);
    expect(screened.flags).toEqual({ free_mail, disposable });
    if (skip === null) expect(screened.name).toEqual({ first: "ada", last: "example" });
  });
});

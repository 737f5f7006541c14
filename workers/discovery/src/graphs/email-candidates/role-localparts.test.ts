import { describe, expect, it } from "vitest";
import { isRoleLocalpart } from "./role-localparts.ts";

describe("isRoleLocalpart", () => {
  it.each<{ localpart: string; role: boolean }>([
    { localpart: "info", role: true },
    { localpart: "Sales", role: true },
    { localpart: "support", role: true },
    { localpart: "no-reply", role: true },
    { localpart: "ada.example", role: false },
    { localpart: "information", role: false },
    { localpart: "", role: false },
  ])("$localpart → $role", ({ localpart, role }) => {
    expect(isRoleLocalpart(localpart)).toBe(role);
  });
});

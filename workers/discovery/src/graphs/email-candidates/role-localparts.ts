/** Shared-inbox localparts: mail there reaches a team or a robot, not the person. */
export const ROLE_LOCALPARTS: ReadonlySet<string> = new Set([
  "info",
  "sales",
  "support",
  "help",
  "hello",
  "contact",
  "admin",
  "office",
  "team",
  "marketing",
  "billing",
  "jobs",
  "careers",
  "hr",
  "press",
  "security",
  "noreply",
  "no-reply",
  "postmaster",
  "webmaster",
  "abuse",
]);

/**
 * Whether a localpart names a role rather than a person (a person called
 * "Sales" gets a flagged `sales@`, not a dropped one).
 *
 * @example
 * isRoleLocalpart("Info");        // true
 * isRoleLocalpart("ada.example"); // false
 */
export function isRoleLocalpart(localpart: string): boolean {
  return ROLE_LOCALPARTS.has(localpart.toLowerCase());
}

/**
 * Whether an observed value carries information. Empty strings, empty lists
 * and empty objects are what scrapers emit when they found nothing, so they
 * count as missing, not as present-and-fresh.
 *
 * @example
 * isPresentValue("Acme");   // true
 * isPresentValue(0);        // true  (a real zero, e.g. no open roles)
 * isPresentValue("  ");     // false
 * isPresentValue([]);       // false
 */
export function isPresentValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

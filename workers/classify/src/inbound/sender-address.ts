/**
 * The bare address of a From value, lower case: the part in angle brackets
 * when there is one, else the whole value trimmed.
 *
 * @example
 * senderAddress('"Mail Delivery System" <MAILER-DAEMON@mx.example.com>') // "mailer-daemon@mx.example.com"
 * senderAddress("ada@example.com") // "ada@example.com"
 */
export function senderAddress(from: string): string {
  const bracketed = /<([^<>]*)>\s*$/.exec(from);
  return (bracketed ? bracketed[1]! : from).trim().toLowerCase();
}

/**
 * The local part of an address (before the last "@"), lower case.
 *
 * @example
 * localPart("Postmaster@example.com") // "postmaster"
 */
export function localPart(address: string): string {
  const at = address.lastIndexOf("@");
  return (at < 0 ? address : address.slice(0, at)).trim().toLowerCase();
}

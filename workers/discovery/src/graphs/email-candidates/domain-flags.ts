/** Consumer mailbox providers: an address here is a person's private one, not their work address. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "yahoo.co.uk",
  "ymail.com",
  "aol.com",
  "icloud.com",
  "me.com",
  "gmx.de",
  "gmx.net",
  "gmx.com",
  "web.de",
  "t-online.de",
  "proton.me",
  "protonmail.com",
  "mail.com",
  "yandex.com",
  "zoho.com",
]);

/** Well-known throwaway-inbox services. Deliberately small: a full list belongs to a dedicated check. */
export const DISPOSABLE_DOMAINS: ReadonlySet<string> = new Set([
  "mailinator.com",
  "guerrillamail.com",
  "10minutemail.com",
  "temp-mail.org",
  "yopmail.com",
  "trashmail.com",
  "sharklasers.com",
  "getnada.com",
  "dispostable.com",
  "maildrop.cc",
  "throwawaymail.com",
  "tempmail.com",
]);

export interface DomainFlags {
  readonly free_mail: boolean;
  readonly disposable: boolean;
}

/**
 * What kind of mailbox provider a registrable domain is.
 *
 * @example
 * domainFlags("gmail.com");      // { free_mail: true, disposable: false }
 * domainFlags("mailinator.com"); // { free_mail: false, disposable: true }
 * domainFlags("acme.io");        // { free_mail: false, disposable: false }
 */
export function domainFlags(registrableDomain: string): DomainFlags {
  const domain = registrableDomain.toLowerCase();
  return { free_mail: FREE_MAIL_DOMAINS.has(domain), disposable: DISPOSABLE_DOMAINS.has(domain) };
}

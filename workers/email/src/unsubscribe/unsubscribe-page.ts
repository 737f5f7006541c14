/** Which page the unsubscribe endpoint shows. */
export type UnsubscribePage =
  | { readonly kind: "confirm"; readonly token: string }
  | { readonly kind: "done" }
  | { readonly kind: "invalid" }
  | { readonly kind: "gone" }
  | { readonly kind: "unavailable" };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const TEXT: Record<UnsubscribePage["kind"], { title: string; body: string }> = {
  confirm: { title: "Unsubscribe", body: "Click the button to stop receiving these emails." },
  done: { title: "You are unsubscribed", body: "You will not receive further emails from us. Nothing else is needed." },
  invalid: { title: "This link is not valid", body: 'The unsubscribe link is incomplete or altered. Reply to the email with "unsubscribe" and we will stop writing to you.' },
  gone: { title: "This link has expired", body: 'We could not find the conversation behind this link. Reply to the email with "unsubscribe" and we will stop writing to you.' },
  unavailable: { title: "Please try again", body: 'Unsubscribing is unavailable right now. Try again shortly, or reply to the email with "unsubscribe".' },
};

/**
 * The HTML of an unsubscribe page: no scripts, no external resources, no
 * cookies. The confirmation page only shows a button that POSTs the RFC 8058
 * body (`List-Unsubscribe=One-Click`) to the same URL: a GET never
 * unsubscribes, because link scanners and previews follow GET links
 * (gitlab!156414, listmonk#1685).
 *
 * @example
 * unsubscribePage({ kind: "confirm", token }); // "<!doctype html>…<form method=\"post\" action=\"/unsubscribe?token=…\">…"
 */
export function unsubscribePage(page: UnsubscribePage): string {
  const { title, body } = TEXT[page.kind];
  const form =
    page.kind === "confirm"
      ? `<form method="post" action="/unsubscribe?token=${encodeURIComponent(page.token)}">` +
        `<input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`
      : "";
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${escapeHtml(title)}</title>`,
    "<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5}button{font-size:1rem;padding:.6rem 1.2rem}</style>",
    `</head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>${form}</body></html>`,
  ].join("\n");
}

/**
 * Headers of every unsubscribe page: never cached or indexed, the token never
 * leaked through a Referer, nothing but inline style and a same-origin form.
 */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
  "x-robots-tag": "noindex, nofollow",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

/**
 * Maps the URL a crawler means (`https://acme.de/team`) to the URL it sends
 * the request to. Everything else (robots, same-site checks, redirects,
 * provenance) works on the logical URL; only the socket goes elsewhere.
 */
export type UrlResolver = (logical: URL) => string;

/** Production: the request goes where the URL says. */
export const DIRECT: UrlResolver = (logical) => logical.href;

/**
 * A resolver from a template with a `{host}` placeholder: every site is
 * served under one origin, the host as the first path segment. Used to point
 * the real fetch path at the loopback fixture web in tests, the benchmark and
 * local dev (`SITE_ORIGIN_TEMPLATE`).
 *
 * @example
 * const resolve = templateResolver("http://127.0.0.1:4000/{host}");
 * resolve(new URL("https://acme.de/team?x=1")); // "http://127.0.0.1:4000/acme.de/team?x=1"
 */
export function templateResolver(template: string): UrlResolver {
  if (!template.includes("{host}")) throw new RangeError(`templateResolver: "${template}" has no {host} placeholder`);
  const probe = URL.canParse(template.replace("{host}", "probe.invalid")) ? new URL(template.replace("{host}", "probe.invalid")) : null;
  if (!probe || probe.protocol !== "http:" && probe.protocol !== "https:") throw new RangeError(`templateResolver: "${template}" is not an http(s) URL`);
  const prefix = template.replace(/\/+$/, "");
  return (logical) => `${prefix.replace("{host}", logical.host)}${logical.pathname}${logical.search}`;
}

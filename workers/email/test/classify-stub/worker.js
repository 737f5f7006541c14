// A deterministic stand-in for the classify worker in the email project's
// tests: `POST /runs/wait { assistant_id: "inbound_classify", input }`,
// the same wire contract as workers/classify/src/graphs/inbound-classify/
// inbound-contract.ts (input checked, output shaped alike). Rules, in the
// real graph's order: DSN → bounced; Auto-Submitted / X-Autoreply / an
// "Automatic reply" subject → auto_reply with a return date; an unsubscribe
// phrase → unsubscribe; anything else → interested. Plain JS: miniflare runs
// auxiliary workers unbundled.
// Fault switches for tests: a subject containing "[classify-503]" answers
// 503; "[classify-run-error]" answers 200 with `__error__`.

const LABELS = ["interested", "not_interested", "auto_reply", "bounced", "info_request", "unsubscribe", "spam", "partnership", "meeting_scheduled"];
const MONTHS = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  januar: 1, februar: 2, "märz": 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
};
const MONTH = Object.keys(MONTHS).join("|");
const pad = (n) => String(n).padStart(2, "0");
const day = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;

/** The first date in the text: ISO, "December 3, 2026", "3 December 2026", "03.12.2026", "3. Dezember 2026". */
function returnDate(text) {
  const t = text.toLowerCase();
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return day(m[1], m[2], m[3]);
  m = new RegExp(`(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`).exec(t);
  if (m) return day(m[3], MONTHS[m[1]], m[2]);
  m = new RegExp(`(\\d{1,2})\\.?\\s+(${MONTH})\\s+(\\d{4})`).exec(t);
  if (m) return day(m[3], MONTHS[m[2]], m[1]);
  m = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(t);
  if (m) return day(m[3], m[2], m[1]);
  return null;
}

/** The sender's own words: quoted lines and everything after an attribution line go. */
const ownText = (text) => text.split(/\r?\n(?:On .+wrote:|Am .+schrieb .+:)\r?\n/)[0].split(/\r?\n/).filter((l) => !l.startsWith(">")).join("\n");

function classify(input) {
  const h = input.headers;
  const ct = (h["content-type"] ?? "").toLowerCase();
  const verdict = (label, confidence, stage, reason, date = null) => ({
    label, confidence, stage, return_date: date, reasons: [reason], provider: stage === "model" ? "stub" : "rules", prompt_version: "inbound-classify-stub", skip_reason: null,
  });
  if (ct.includes("multipart/report") && /report-type\s*=\s*"?delivery-status/.test(ct)) return verdict("bounced", 0.99, "headers", "DSN: multipart/report; report-type=delivery-status");
  if (/^(mailer-daemon|postmaster)@/i.test(input.from.replace(/^.*</, ""))) return verdict("bounced", 0.97, "headers", "sender mailer-daemon");
  const auto = (h["auto-submitted"] && h["auto-submitted"].toLowerCase() !== "no") || h["x-autoreply"] || /^(automatic reply|out of office|automatische antwort|abwesenheitsnotiz)/i.test(input.subject);
  const own = ownText(input.text);
  if (auto) return verdict("auto_reply", 0.97, "headers", "automatic answer", returnDate(own));
  if (/\b(unsubscribe|remove me|abmelden|austragen)\b/i.test(own)) return verdict("unsubscribe", 0.95, "lexical", "unsubscribe phrase");
  return verdict("interested", 0.8, "model", "stub default");
}

function invalid(input) {
  if (!input || typeof input !== "object") return "input must be an object";
  const keys = Object.keys(input).sort().join(",");
  if (keys !== "from,headers,received_at,subject,text") return `input keys must be exactly from, headers, received_at, subject, text (got ${keys})`;
  if (typeof input.headers !== "object" || Object.keys(input.headers).length > 200) return "headers: a record of at most 200";
  for (const [name, value] of Object.entries(input.headers)) {
    if (!/^[!-9;-~]{1,76}$/.test(name) || name !== name.toLowerCase()) return `headers.${name}: a lower-case RFC 5322 field name`;
    if (typeof value !== "string" || value.length > 8192) return `headers.${name}: a string of at most 8192`;
  }
  if (typeof input.from !== "string" || input.from.length > 998) return "from: a string of at most 998";
  if (typeof input.subject !== "string" || input.subject.length > 998) return "subject: a string of at most 998";
  if (typeof input.text !== "string" || new TextEncoder().encode(input.text).length > 100 * 1024) return "text: at most 100 KiB of UTF-8";
  if (typeof input.received_at !== "string" || Number.isNaN(Date.parse(input.received_at))) return "received_at: an ISO datetime";
  return null;
}

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (request.method !== "POST" || url.pathname !== "/runs/wait") return Response.json({ error: "not_found", message: `No route ${request.method} ${url.pathname}` }, { status: 404 });
    const body = await request.json().catch(() => null);
    if (body?.assistant_id !== "inbound_classify") return Response.json({ error: "assistant_not_found", message: `No assistant "${body?.assistant_id}"` }, { status: 404 });
    const problem = invalid(body.input);
    if (problem) return Response.json({ error: "invalid_input", message: `Invalid input.${problem}` }, { status: 422 });
    if (body.input.subject.includes("[classify-503]")) return Response.json({ error: "upstream_unreachable", message: "stub outage" }, { status: 503 });
    if (body.input.subject.includes("[classify-run-error]")) return Response.json({ __error__: { error: "TypeError", message: "stub node failed" } });
    const out = classify(body.input);
    if (!LABELS.includes(out.label)) throw new Error(`stub produced ${out.label}`);
    return Response.json(out);
  },
};

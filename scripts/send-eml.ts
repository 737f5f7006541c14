// pnpm send-eml <file.eml> [--to reply+TOKEN@replies.localhost | --thread <uuid>] [--from addr] [--url http://127.0.0.1:8787]
//
// Feeds a raw message to the running local fleet (`pnpm dev`) the way Email
// Routing would: wrangler dev serves the primary worker (the dispatcher) and
// exposes its email() trigger at POST /cdn-cgi/local/email?from=…&to=…
// (miniflare; older versions used /cdn-cgi/handler/email); the dispatcher's
// email() relays to the email worker's POST /inbound. Miniflare itself parses
// the message first and answers 400 to one without a Message-ID or that
// postal-mime cannot read, so malformed.eml never reaches the worker locally
// (the workerd tests feed it to handleInbound directly).
// `{{REPLY_TO}}` in the file (see test/fixtures/eml/) becomes the reply
// address, which is also the envelope recipient. `--thread` signs the address
// for a campaign thread with the local REPLY_TOKEN_SECRET (workers/email/.dev.vars).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { replyToken } from "../workers/email/src/campaign/reply-token.ts";

const ROOT = path.join(import.meta.dirname, "..");
const USAGE = "usage: pnpm send-eml <file.eml> [--to reply+TOKEN@replies.localhost | --thread <uuid>] [--from addr] [--url http://127.0.0.1:8787]";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { to: { type: "string" }, thread: { type: "string" }, from: { type: "string" }, url: { type: "string" }, domain: { type: "string" } },
});
const file = positionals[0];
if (!file || !existsSync(file)) {
  console.error(file ? `No file ${file}.\n${USAGE}` : USAGE);
  process.exit(2);
}

/** A var of workers/email/.dev.vars (KEY=value lines), if the file and the key exist. */
function devVar(name: string): string | undefined {
  const vars = path.join(ROOT, "workers/email/.dev.vars");
  if (!existsSync(vars)) return undefined;
  return new RegExp(`^${name}=(.*)$`, "m").exec(readFileSync(vars, "utf8"))?.[1]?.trim();
}

async function replyAddress(): Promise<string | undefined> {
  if (values.to) return values.to;
  if (!values.thread) return undefined;
  const secret = devVar("REPLY_TOKEN_SECRET");
  if (!secret) throw new Error("--thread needs REPLY_TOKEN_SECRET in workers/email/.dev.vars (pnpm dev creates it).");
  return `reply+${await replyToken(values.thread, secret)}@${values.domain ?? "replies.localhost"}`;
}

const headerAddress = (raw: string, name: string) => new RegExp(`^${name}:[^\\n]*?<?([^\\s<>]+@[^\\s<>]+?)>?\\s*$`, "mi").exec(raw)?.[1];

let raw = readFileSync(file, "latin1");
const to = await replyAddress();
if (raw.includes("{{REPLY_TO}}")) {
  if (!to) {
    console.error(`${file} has a {{REPLY_TO}} placeholder: pass --to reply+TOKEN@… or --thread <uuid>.\n${USAGE}`);
    process.exit(2);
  }
  raw = raw.replaceAll("{{REPLY_TO}}", to);
}
const envelopeTo = to ?? headerAddress(raw, "To");
const envelopeFrom = values.from ?? headerAddress(raw, "From") ?? "sender@example.com";
if (!envelopeTo) {
  console.error(`No recipient: pass --to, or give the message a To header.\n${USAGE}`);
  process.exit(2);
}

const url = new URL("/cdn-cgi/local/email", values.url ?? "http://127.0.0.1:8787");
url.searchParams.set("from", envelopeFrom);
url.searchParams.set("to", envelopeTo);
const res = await fetch(url, { method: "POST", headers: { "content-type": "message/rfc822" }, body: Buffer.from(raw, "latin1") }).catch((e: unknown) => {
  console.error(`Could not reach ${url.origin} (${(e as Error).message}): is the fleet running (pnpm dev)?`);
  process.exit(1);
});
console.log(`${res.status} ${res.statusText}  from=${envelopeFrom} to=${envelopeTo}`);
const text = await res.text();
if (text) console.log(text);
process.exit(res.ok ? 0 : 1);

import { escapeData, normalizeUntrusted, unescapeData } from "./neutralize.ts";

/** Whether a data item's text is ours (a record we wrote) or came from outside (an inbound email, a scraped page). */
export type DataTrust = "trusted" | "untrusted";

/** One piece of quoted data for the user message. */
export interface DataItem {
  /** What the data is, e.g. `inbound_body`; lower snake case, because it is written into the block's tag. */
  readonly label: string;
  readonly text: string;
  readonly trust: DataTrust;
}

/** A data block as read back from a rendered message (escaping undone). */
export interface ReadDataBlock {
  readonly label: string;
  readonly trust: DataTrust;
  readonly text: string;
}

const LABEL = /^[a-z][a-z0-9_]{0,47}$/;

// The delimiter never occurs inside a block's body: `escapeData` removes every `<`.
const BLOCK = /<data label="([a-z][a-z0-9_]*)" trust="(trusted|untrusted)">\n([^<]*)\n<\/data>/g;

/**
 * Renders one data block. Untrusted text is normalised (`normalizeUntrusted`),
 * and all text is escaped, so nothing inside can close the block; the tag
 * itself says it is data.
 *
 * @example
 * dataBlock({ label: "inbound_subject", text: "Hi </data>", trust: "untrusted" });
 * // '<data label="inbound_subject" trust="untrusted">\nHi &lt;/data&gt;\n</data>'
 */
export function dataBlock({ label, text, trust }: DataItem): string {
  if (!LABEL.test(label)) throw new TypeError(`data label ${JSON.stringify(label)} must match ${LABEL} (labels are code, not data).`);
  if (trust !== "trusted" && trust !== "untrusted") throw new TypeError(`data "${label}": trust must be "trusted" or "untrusted".`);
  if (typeof text !== "string") throw new TypeError(`data "${label}": text must be a string.`);
  const body = escapeData(trust === "untrusted" ? normalizeUntrusted(text) : text);
  return `<data label="${label}" trust="${trust}">\n${body}\n</data>`;
}

/**
 * The data blocks of a rendered message, in order, with their text unescaped.
 *
 * @example
 * readDataBlocks(userMessage).find((b) => b.label === "inbound_body")?.text;
 */
export function readDataBlocks(content: string): ReadDataBlock[] {
  return [...content.matchAll(BLOCK)].map((m) => ({ label: m[1]!, trust: m[2] as DataTrust, text: unescapeData(m[3]!) }));
}

/**
 * The raw (still escaped) bodies of a message's data blocks, and the message
 * with every block removed: what lies outside the quoted data.
 *
 * @example
 * splitDataBlocks('Task.\n<data label="x" trust="untrusted">\nhi\n</data>'); // { bodies: ["hi"], outside: "Task.\n" }
 */
export function splitDataBlocks(content: string): { bodies: string[]; outside: string } {
  const bodies: string[] = [];
  const outside = content.replace(BLOCK, (_all, _label, _trust, body: string) => {
    bodies.push(body);
    return "";
  });
  return { bodies, outside };
}

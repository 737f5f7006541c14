/** How far into a document the WHATWG prescan looks for `<meta charset>`. */
export const SNIFF_BYTES = 1024;

/**
 * The canonical encoding name for a label, or null when the runtime has no
 * decoder for it (the WHATWG Encoding Standard's labels: "latin1" and
 * "iso-8859-1" both mean windows-1252).
 *
 * @example
 * encodingOf("ISO-8859-1"); // "windows-1252"
 * encodingOf("klingon");    // null
 */
export function encodingOf(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/**
 * The charset parameter of a Content-Type header, or null.
 *
 * @example
 * charsetOfContentType('text/html; charset="ISO-8859-1"'); // "ISO-8859-1"
 * charsetOfContentType("text/html");                       // null
 */
export function charsetOfContentType(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return match?.[1] ?? null;
}

/**
 * The encoding a document's first bytes declare: a byte-order mark, else a
 * `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
 * within the first 1024 bytes (a simplified WHATWG prescan). Null when
 * neither says anything usable.
 *
 * @example
 * sniffEncoding(new TextEncoder().encode('<meta charset="iso-8859-1">')); // "windows-1252"
 * sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]));              // "utf-8"
 */
export function sniffEncoding(head: Uint8Array): string | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  // Latin-1 maps every byte to one char, so ASCII markup survives whatever the real encoding is.
  const text = new TextDecoder("windows-1252").decode(head.subarray(0, SNIFF_BYTES));
  for (const meta of text.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    const encoding = encodingOf(direct?.[1]);
    // A meta tag cannot switch to UTF-16: the bytes it is written in are ASCII-compatible (WHATWG).
    if (encoding) return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  }
  return null;
}

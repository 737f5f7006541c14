import { SNIFF_BYTES, encodingOf, sniffEncoding } from "./charset.ts";

export interface Utf8Body {
  readonly stream: ReadableStream<Uint8Array>;
  /** The encoding the bytes were decoded from. */
  readonly encoding: string;
  /** How it was chosen: the header, the document itself, or the UTF-8 default. */
  readonly from: "header" | "document" | "default";
}

/**
 * Re-encodes a body as UTF-8 for the HTML parser, streaming. The encoding is
 * the Content-Type charset when the runtime knows it, else what the first
 * 1024 bytes declare (BOM or `<meta>`), else UTF-8 (HTML's modern default).
 * UTF-8 input passes through untouched.
 *
 * @example
 * const { stream, encoding } = await utf8Body(response.body, "iso-8859-1"); // encoding: "windows-1252"
 */
export async function utf8Body(body: ReadableStream<Uint8Array>, headerCharset: string | null): Promise<Utf8Body> {
  const declared = encodingOf(headerCharset);
  if (declared) return transcode(body, declared, "header");
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES && !done) {
    const next = await reader.read();
    done = next.done;
    if (next.value) {
      head.push(next.value);
      size += next.value.byteLength;
    }
  }
  const sniffed = sniffEncoding(concat(head, size));
  const replayed = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk);
      if (done) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return transcode(replayed, sniffed ?? "utf-8", sniffed ? "document" : "default");
}

function transcode(stream: ReadableStream<Uint8Array>, encoding: string, from: Utf8Body["from"]): Utf8Body {
  if (encoding === "utf-8") return { stream, encoding, from };
  const decoded = stream.pipeThrough(new TextDecoderStream(encoding)).pipeThrough(new TextEncoderStream());
  return { stream: decoded, encoding, from };
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

import { describe, expect, it } from "vitest";
import { utf8Body } from "@agentic-sales/shared/web/utf8-body.ts";

const streamOf = (...chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
  });
const latin1 = (s: string) => new Uint8Array([...s].map((ch) => ch.charCodeAt(0)));
const text = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe("utf8Body", () => {
  it.each<{ name: string; chunks: Uint8Array[]; header: string | null; encoding: string; from: string; expected: string }>([
    { name: "header charset wins", chunks: [latin1("<p>Jörg Böttcher</p>")], header: "iso-8859-1", encoding: "windows-1252", from: "header", expected: "<p>Jörg Böttcher</p>" },
    { name: "meta charset in the first chunk", chunks: [latin1('<meta charset="iso-8859-1"><p>Inès</p>')], header: null, encoding: "windows-1252", from: "document", expected: '<meta charset="iso-8859-1"><p>Inès</p>' },
    // The declaration arrives split across chunks: the sniffer buffers up to 1024 bytes first.
    { name: "meta split across chunks", chunks: [latin1("<meta char"), latin1('set="latin1"><p>é</p>')], header: null, encoding: "windows-1252", from: "document", expected: '<meta charset="latin1"><p>é</p>' },
    { name: "UTF-8 default passes bytes through", chunks: [new TextEncoder().encode("<p>Ünïcödé</p>")], header: null, encoding: "utf-8", from: "default", expected: "<p>Ünïcödé</p>" },
    { name: "unknown header label falls back to sniffing", chunks: [new TextEncoder().encode("<p>ok</p>")], header: "klingon", encoding: "utf-8", from: "default", expected: "<p>ok</p>" },
  ])("$name", async ({ chunks, header, encoding, from, expected }) => {
    const body = await utf8Body(streamOf(...chunks), header);
    expect({ encoding: body.encoding, from: body.from }).toEqual({ encoding, from });
    expect(await text(body.stream)).toBe(expected);
  });

  it("keeps everything after the sniffed head", async () => {
    const long = "x".repeat(3000);
    const body = await utf8Body(streamOf(new TextEncoder().encode(long.slice(0, 700)), new TextEncoder().encode(long.slice(700))), null);
    expect(await text(body.stream)).toBe(long);
  });
});

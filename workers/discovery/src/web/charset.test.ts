import { describe, expect, it } from "vitest";
import { charsetOfContentType, encodingOf, sniffEncoding } from "@agentic-sales/shared/web/charset.ts";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("charsetOfContentType", () => {
  it.each<{ header: string | null; charset: string | null }>([
    { header: "text/html; charset=utf-8", charset: "utf-8" },
    { header: 'text/html; charset="ISO-8859-1"', charset: "ISO-8859-1" },
    { header: "text/html;charset=windows-1252;foo=bar", charset: "windows-1252" },
    { header: "text/html", charset: null },
    { header: null, charset: null },
  ])("$header → $charset", ({ header, charset }) => expect(charsetOfContentType(header)).toBe(charset));
});

describe("encodingOf", () => {
  it.each<{ label: string | null; encoding: string | null }>([
    { label: "UTF-8", encoding: "utf-8" },
    // WHATWG: Latin-1 labels all mean windows-1252.
    { label: "iso-8859-1", encoding: "windows-1252" },
    { label: "latin1", encoding: "windows-1252" },
    { label: "shift_jis", encoding: "shift_jis" },
    { label: "klingon", encoding: null },
    { label: null, encoding: null },
  ])("$label → $encoding", ({ label, encoding }) => expect(encodingOf(label)).toBe(encoding));
});

describe("sniffEncoding", () => {
  it.each<{ name: string; head: Uint8Array; encoding: string | null }>([
    { name: "UTF-8 BOM", head: new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]), encoding: "utf-8" },
    { name: "UTF-16LE BOM", head: new Uint8Array([0xff, 0xfe, 0x3c, 0x00]), encoding: "utf-16le" },
    { name: "meta charset", head: bytes('<html><head><meta charset="iso-8859-1">'), encoding: "windows-1252" },
    { name: "meta http-equiv", head: bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'), encoding: "windows-1252" },
    { name: "unquoted meta", head: bytes("<meta charset=utf-8>"), encoding: "utf-8" },
    // A meta tag cannot switch to UTF-16: the document's bytes are ASCII-compatible.
    { name: "meta utf-16 read as utf-8", head: bytes('<meta charset="utf-16">'), encoding: "utf-8" },
    { name: "unknown label ignored", head: bytes('<meta charset="klingon">'), encoding: null },
    { name: "no declaration", head: bytes("<html><p>Hi</p>"), encoding: null },
    { name: "declaration after 1024 bytes", head: bytes(`${" ".repeat(1100)}<meta charset="iso-8859-1">`), encoding: null },
  ])("$name", ({ head, encoding }) => expect(sniffEncoding(head)).toBe(encoding));
});

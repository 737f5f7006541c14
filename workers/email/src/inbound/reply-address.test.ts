import { describe, expect, it } from "vitest";
import { replyTokens, type FoundToken, type ReplyAddressSources } from "./reply-address.ts";

const T1 = `${"a".repeat(32)}-${"1".repeat(20)}`;
const T2 = `${"b".repeat(32)}-${"2".repeat(20)}`;
const DOMAIN = "replies.example.com";
const none: ReplyAddressSources = { envelopeTo: "", deliveredTo: [], to: [], cc: [] };

interface Case {
  readonly description: string;
  readonly sources: ReplyAddressSources;
  readonly expected: FoundToken[];
}

const CASES: Case[] = [
  { description: "the envelope recipient", sources: { ...none, envelopeTo: `reply+${T1}@${DOMAIN}` }, expected: [{ token: T1, source: "envelope" }] },
  // clients and relays change case; tokens and domains compare case-insensitively
  { description: "upper-case address", sources: { ...none, envelopeTo: `REPLY+${T1.toUpperCase()}@Replies.Example.COM` }, expected: [{ token: T1, source: "envelope" }] },
  {
    description: "envelope first, then Delivered-To, To, Cc, each token once",
    sources: { envelopeTo: "inbox@replies.example.com", deliveredTo: [`reply+${T2}@${DOMAIN}`], to: [`reply+${T1}@${DOMAIN}`, `reply+${T2}@${DOMAIN}`], cc: [`reply+${T1}@${DOMAIN}`] },
    expected: [
      { token: T2, source: "delivered-to" },
      { token: T1, source: "to" },
    ],
  },
  // a token on another domain is someone else's address, not ours
  { description: "another domain", sources: { ...none, envelopeTo: `reply+${T1}@evil.example` }, expected: [] },
  { description: "a subdomain of the reply domain", sources: { ...none, envelopeTo: `reply+${T1}@x.${DOMAIN}` }, expected: [] },
  { description: "a plain address", sources: { ...none, to: [`ada@${DOMAIN}`] }, expected: [] },
  // the token shape is fixed: a shorter MAC or extra characters are not a token
  { description: "a truncated MAC", sources: { ...none, envelopeTo: `reply+${"a".repeat(32)}-${"1".repeat(19)}@${DOMAIN}` }, expected: [] },
  { description: "junk after the token", sources: { ...none, envelopeTo: `reply+${T1}x@${DOMAIN}` }, expected: [] },
  { description: "nothing at all", sources: none, expected: [] },
];

describe("replyTokens", () => {
  it.each(CASES)("$description", ({ sources, expected }) => {
    expect(replyTokens(sources, DOMAIN)).toEqual(expected);
  });
});

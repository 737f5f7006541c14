import type { EvalDataset } from "../../shared/src/contracts/evaluator.ts";
import { offlineHub } from "../../workers/email/test/fake-hub.ts";
import { buildGraph, contract } from "../../workers/email/src/graphs/email-outreach.ts";
import type { EmailOutreachOutput } from "../../workers/email/src/graphs/email-outreach/outreach-schemas.ts";
import { defineGraphEval, parseInput } from "../lib/define-graph-eval.ts";
import rawDataset from "./dataset.json" with { type: "json" };
import * as outreach from "./evaluators.ts";
import type { OutreachReference } from "./evaluators.ts";

const dataset = rawDataset as unknown as EvalDataset<unknown, OutreachReference>;
const graph = buildGraph().compile();

const good: EmailOutreachOutput = {
  subject: "An idea for Example Org Transport",
  body: "Hi Ed,\n\nFollowing up on my earlier note.\n\nYou can pick a time here: https://cal.example.com/sam-seller\n\nBest,\nSam Seller\nAcme Example\n1 Main St, Springfield, 12345",
  cta: "book_meeting",
  confidence: 0.9,
  flags: [],
  prompt_version: "outreach-v1",
  provider: "offline",
};

defineGraphEval({
  dataset,
  contract,
  prepare: parseInput(contract),
  /** The real graph on the offline provider: the hub answers with the template composition. */
  run: async (input) => contract.output.parse(await graph.invoke(input, { context: { services: { hub: offlineHub() } } })),
  evaluators: outreach.evaluators,
  canFail: {
    example: "middle-with-calendar-link",
    accepts: [{ output: good }],
    rows: [
      { name: "break-up CTA in a middle touch", evaluator: outreach.ctaMatches, output: { ...good, cta: "break_up" } },
      { name: "calendar link dropped", evaluator: outreach.calendarLinkPolicy, output: { ...good, body: good.body.replace("https://cal.example.com/sam-seller", "") } },
      { name: "calendar link in a first touch", evaluator: outreach.calendarLinkPolicy, output: { ...good, cta: "soft_question" } },
      { name: "no postal address", evaluator: outreach.postalAddress, output: { ...good, body: "Hi Ed,\n\nHello.\n\nSam" } },
      { name: "greeting by full name", evaluator: outreach.greeting, output: { ...good, body: `Hi Ed Example,${good.body.slice(6)}` } },
      { name: "reused subject", evaluator: outreach.freshSubject, output: { ...good, subject: "quick question for example org transport" } },
      { name: "unflagged foreign link", evaluator: outreach.foreignLinksFlagged, output: { ...good, body: `${good.body}\nhttps://evil.example/x` } },
      { name: "flag without a link", evaluator: outreach.foreignLinksFlagged, output: { ...good, flags: ["unexpected_link"] } },
      { name: "unexpected flag", evaluator: outreach.flagsMatch, output: { ...good, flags: ["generic_greeting"] } },
      { name: "placeholder left in", evaluator: outreach.noPlaceholders, output: { ...good, subject: "An idea for {company}" } },
      { name: "undefined name", evaluator: outreach.noPlaceholders, output: { ...good, body: `Hi undefined,${good.body.slice(6)}` } },
      { name: "break-up that keeps chasing", evaluator: outreach.breakUpSaysSo, example: "last-break-up-named", output: { ...good, cta: "break_up" } },
      { name: "too long", evaluator: outreach.wordBudget, output: { ...good, body: `Hi Ed,\n\n${"word ".repeat(200)}\n\nBest,\nSam` } },
      { name: "unknown provider", evaluator: outreach.provenance, output: { ...good, provider: "" } },
    ],
  },
});

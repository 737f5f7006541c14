import { Annotation, END, START, StateGraph, type LangGraphRunnableConfig } from "@langchain/langgraph";
import type { ModelHub } from "../../../shared/src/gateway/hub.ts";
import { buildMessages } from "../../../shared/src/gateway/trust/build-messages.ts";
import { trusted } from "../../../shared/src/gateway/trust/trusted-text.ts";
import type { ChatMessage } from "../../../shared/src/gateway/types.ts";
import type { GraphModule } from "./run-target.ts";

// Tiny graphs that build their messages in different ways, to show the
// injection harness passes the right way and catches each wrong one.

const State = Annotation.Root({ text: Annotation<string>, answer: Annotation<string> });
const SYSTEM = trusted`You summarise a message in one line.`;

function graphOf(messagesOf: ((text: string) => ChatMessage[]) | null): GraphModule {
  const node = async ({ text }: typeof State.State, config: LangGraphRunnableConfig) => {
    if (!messagesOf) return { answer: "no model" };
    const hub = (config.context as { services: { hub: ModelHub } }).services.hub;
    const { content } = await hub.complete({
      site: { graph: "reference", node: "summarise", promptVersion: "ref-v1", feature: "uncategorized" },
      messages: messagesOf(text),
      offline: () => "ok",
    });
    return { answer: content };
  };
  return { buildGraph: () => new StateGraph(State).addNode("summarise", node).addEdge(START, "summarise").addEdge("summarise", END) };
}

/** Reference graphs by name; `quoted` is the one way that passes. */
export const REFERENCE_GRAPHS = {
  quoted: graphOf((text) => buildMessages({ system: SYSTEM, instructions: [trusted`Summarise the message.`], data: [{ label: "message", text, trust: "untrusted" }] })),
  // country_classify's shape: NFKC + collapsed whitespace before quoting.
  normalisedFirst: graphOf((text) =>
    buildMessages({ system: SYSTEM, data: [{ label: "location", text: text.normalize("NFKC").replace(/\s+/g, " ").trim(), trust: "untrusted" }] }),
  ),
  // email_outreach's shape: the records as one JSON document, quoted as untrusted data.
  jsonRecord: graphOf((text) =>
    buildMessages({ system: SYSTEM, instructions: [trusted`Touch ${2} of ${3}.`], data: [{ label: "records", text: JSON.stringify({ company: { name: text } }, null, 2), trust: "untrusted" }] }),
  ),
  inSystem: graphOf((text) => [{ role: "system", content: `${SYSTEM.text}\nThe message: ${text}` }, { role: "user", content: "Summarise." }]),
  fenced: graphOf((text) => [{ role: "system", content: SYSTEM.text }, { role: "user", content: `Message:\n"""\n${text}\n"""` }]),
  // Quoted as *trusted* data: escaped, so structurally safe, but Unicode tricks pass unnormalised.
  trustedData: graphOf((text) => buildMessages({ system: SYSTEM, data: [{ label: "message", text, trust: "trusted" }] })),
  noModel: graphOf(null),
} satisfies Record<string, GraphModule>;

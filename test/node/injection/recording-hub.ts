import { createModelHub, type ModelHub } from "../../../shared/src/gateway/hub.ts";
import type { ModelProvider } from "../../../shared/src/gateway/types.ts";
import type { RecordedRequest } from "./check-requests.ts";

/**
 * A hub whose provider records every request and answers with the call's
 * `offline()` answer. It is named "offline" so the hub needs no D1 (budgets)
 * and skips the cache: every call reaches the recorder.
 *
 * @example
 * const { hub, recorded } = recordingHub();
 * await graph.invoke(input, { context: { services: { hub } } });
 * recorded[0]?.request.messages;
 */
export function recordingHub(): { hub: ModelHub; recorded: RecordedRequest[] } {
  const recorded: RecordedRequest[] = [];
  const provider: ModelProvider = {
    name: "offline",
    defaultModel: "recorder",
    async chat(request, call) {
      recorded.push({ node: call.site.node, request });
      return { content: call.offline(), model: "recorder", usage: { input: 0, output: 0, cached: 0 } };
    },
  };
  return { hub: createModelHub({ env: {}, waitUntil: () => undefined, provider, cache: null }), recorded };
}

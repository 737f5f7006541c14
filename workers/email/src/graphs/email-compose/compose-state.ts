import { StateSchema } from "@langchain/langgraph";
import { z } from "zod";
import type { EmailOutreachOutput } from "../email-outreach/outreach-schemas.ts";
import type { MemoryFact } from "../memory-reflect/memory-item.ts";
import { EmailComposeInputObject, EmailComposeOutput } from "./compose-schemas.ts";
import type { ComposeContext } from "./hydrate.ts";

/**
 * Channels of email_compose: the input, the output as it fills in, and what
 * each phase hands the next (the hydrated context, the gate's and hydrate's
 * skip reasons, recalled memory, the first draft). Stateless: no checkpointer,
 * so every run starts empty.
 */
export const ComposeState = new StateSchema({
  ...EmailComposeInputObject.shape,
  ...EmailComposeOutput.partial().shape,
  ctx: z.custom<ComposeContext>().nullable().optional(),
  hydrate_skip: z.string().nullable().optional(),
  gate_skip: z.string().nullable().optional(),
  gate_flags: z.array(z.string()).optional(),
  recalled: z.custom<MemoryFact[]>().optional(),
  memory_error: z.string().nullable().optional(),
  touch: z.custom<EmailOutreachOutput>().optional(),
});
export type ComposeStateT = typeof ComposeState.State;
export type ComposeUpdate = typeof ComposeState.Update;

import { z } from "zod";
import { PAGE_SKIP_REASONS } from "@agentic-sales/shared/web";

/**
 * The wire shape of a crawl's per-page report (`PageReport`).
 *
 * @example
 * PageReportSchema.parse({ url: "https://acme.de/", final_url: "https://acme.de/", outcome: "read", reason: null, … });
 */
export const PageReportSchema = z.object({
  url: z.string(),
  final_url: z.string().nullable(),
  outcome: z.enum(["read", "skipped"]),
  reason: z.enum(PAGE_SKIP_REASONS).nullable(),
  detail: z.string().nullable(),
  http_status: z.number().nullable(),
  bytes: z.number().nullable(),
  encoding: z.string().nullable(),
  last_modified: z.string().nullable(),
});

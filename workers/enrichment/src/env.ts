import type { WorkerBindings } from "@agentic-sales/shared/runtime";
import type { WebEnv } from "@agentic-sales/shared/web";

/** The enrichment worker's bindings: `[vars]` of wrangler.toml (or `--var`), all optional. */
export interface EnrichmentEnv extends WorkerBindings, WebEnv {
  /** Pages a company_enrich / company_problems run reads when the input does not say (default 8). */
  ENRICH_MAX_PAGES?: string;
}

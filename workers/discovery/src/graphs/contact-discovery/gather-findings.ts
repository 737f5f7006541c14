import type { DiscoverySource, SourceFindings, SourceRequest } from "./sources/discovery-source.ts";

export interface Gathered {
  readonly findings: SourceFindings[];
  readonly errors: { source: string; message: string }[];
}

/**
 * Runs every source at once; a source that throws becomes an error entry
 * (its name and message), never a failed run.
 *
 * @example
 * const { findings, errors } = await gatherFindings([websiteSource(client), dohSource(doh)], { domain: "acme.io", maxPages: 12 });
 */
export async function gatherFindings(sources: readonly DiscoverySource[], request: SourceRequest): Promise<Gathered> {
  const settled = await Promise.allSettled(sources.map((s) => s.discover(request)));
  const findings: SourceFindings[] = [];
  const errors: { source: string; message: string }[] = [];
  settled.forEach((result, i) => {
    if (result.status === "fulfilled") findings.push(result.value);
    else errors.push({ source: sources[i]!.name, message: result.reason instanceof Error ? result.reason.message.slice(0, 300) : String(result.reason) });
  });
  return { findings, errors };
}

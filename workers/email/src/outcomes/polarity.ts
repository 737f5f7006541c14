// The one import of the shared outcome-polarity table. `@agentic-sales/shared`
// does not export `./outcomes` yet, so it is reached by path (as the classify
// worker does); swap for the package path once the export exists.
import { INBOUND_OUTCOME_LABELS, OUTCOME_POLARITY_VERSION, outcomePolarity, type Polarity } from "../../../../shared/src/outcomes/index.ts";

export { INBOUND_OUTCOME_LABELS, OUTCOME_POLARITY_VERSION, outcomePolarity, type Polarity };

/** A label `inbound_classify` emits. */
export type InboundLabel = (typeof INBOUND_OUTCOME_LABELS)[number];

/**
 * The polarity fields stored in an outcome event's `data`, so the learning
 * loop reads the verdict with the table version it was made under. The label
 * decides when there is one ("not_interested" on a `replied` event is negative).
 *
 * @example
 * polarityData("replied", "not_interested"); // { polarity: "negative", polarity_version: "1.0.0" }
 */
export function polarityData(kind: string, label: string | null | undefined): { polarity: Polarity; polarity_version: string } {
  return { polarity: outcomePolarity(label ?? kind), polarity_version: OUTCOME_POLARITY_VERSION };
}

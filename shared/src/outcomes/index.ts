// Polarity
export {
  INBOUND_OUTCOME_LABELS,
  NEGATIVE,
  NEUTRAL,
  normalizeOutcomeLabel,
  OUTCOME_EVENT_KINDS,
  OUTCOME_POLARITY_VERSION,
  outcomePolarity,
  POLARITY_OF,
  POSITIVE,
  type Polarity,
} from "./outcome-polarity.ts";
// Calibration
export { calibrationReport, NULL_VERDICT, type CalibrationOptions, type CalibrationReport, type CalibrationRow, type Decision } from "./calibration-report.ts";
export { assertBandEdges, confidenceBand, DEFAULT_BAND_EDGES, type ConfidenceBand } from "./confidence-band.ts";

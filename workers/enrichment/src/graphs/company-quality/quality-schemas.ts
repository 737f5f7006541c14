import { z } from "zod";
import { COMPANY_FIELDS } from "./field-policies.ts";

/** A calendar date ("2026-01-31") or an instant with a zone ("2026-01-31T09:00:00Z"); zone-less times are ambiguous and refused. */
export const IsoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const Observation = z.strictObject({ value: z.unknown(), observed_at: IsoDate });

export const CompanyField = z.enum(COMPANY_FIELDS);

export const CompanyQualityInput = z.strictObject({
  record: z.strictObject({
    // Unknown field names are refused: a typo would otherwise read as a missing field.
    fields: z.partialRecord(CompanyField, Observation.nullable()),
  }),
  as_of: IsoDate,
});
export type CompanyQualityInput = z.infer<typeof CompanyQualityInput>;

const Unit = z.number().min(0).max(1);

export const FieldScore = z.object({
  present: z.boolean(),
  weight: z.number(),
  half_life_days: z.number(),
  age_days: z.number().nullable(),
  freshness: Unit.nullable(),
});

export const QualityBand = z.enum(["stable", "investigate", "stale"]);

export const CompanyQualityOutput = z.object({
  quality: Unit,
  completeness: Unit,
  freshness: Unit,
  band: QualityBand,
  missing: z.array(z.string()),
  stale_fields: z.array(z.string()),
  field_scores: z.record(z.string(), FieldScore),
  prompt_version: z.string(),
  provider: z.string(),
});
export type CompanyQualityOutput = z.infer<typeof CompanyQualityOutput>;

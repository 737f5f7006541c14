// SQL of the senders (schema: migrations/0005_sales_core.sql).

// Addresses are compared case-insensitively: the From of a message is the
// mailbox row's address, but casing is not guaranteed to survive the trip.
export const MAILBOX_PROVIDER = `SELECT provider FROM mailboxes WHERE lower(address) = lower(?1)`;

// A send the provider provably refused (or that was never attempted) gives
// back its reservation, so the next run reserves and sends afresh instead of
// reading the row as an interrupted send of unknown outcome. Only a row that
// is still `reserved` goes: a `sent` or `unknown` row is never touched.
export const RELEASE_RESERVATION = `DELETE FROM send_ledger WHERE idempotency_key = ?1 AND status = 'reserved'`;

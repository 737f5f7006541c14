import { ModelCallError } from "./types.ts";

/**
 * Counts the tokens of one request (one graph run; the hub is made per run)
 * against `LLM_REQUEST_TOKEN_CEILING`. A call first reserves its worst case —
 * estimated input + `maxOutputTokens` — so concurrent calls of one run cannot
 * together pass the ceiling; when it returns, the reservation is replaced by the
 * tokens actually billed (0 for a cache hit: nothing was generated).
 *
 * @example
 * const meter = new TokenMeter();
 * const hold = meter.reserve(1_200, 60_000); // throws token_ceiling when it would not fit
 * meter.settle(hold, 900);
 */
export class TokenMeter {
  private spent = 0;
  private reserved = 0;

  /** Tokens billed so far in this request. */
  get used(): number {
    return this.spent;
  }

  /** Tokens a new call may still reserve under `ceiling`. */
  remaining(ceiling: number): number {
    return Math.max(0, ceiling - this.spent - this.reserved);
  }

  /** Reserves `tokens` or throws `ModelCallError("token_ceiling")` naming the numbers. */
  reserve(tokens: number, ceiling: number): number {
    if (this.spent + this.reserved + tokens > ceiling) {
      throw new ModelCallError(
        "token_ceiling",
        `This call needs up to ${tokens} tokens (estimated input + maxOutputTokens) but the request has ${this.remaining(ceiling)} of LLM_REQUEST_TOKEN_CEILING=${ceiling} left.`,
      );
    }
    this.reserved += tokens;
    return tokens;
  }

  /** Replaces a reservation by the tokens actually billed. */
  settle(reservation: number, billed: number): void {
    this.reserved -= reservation;
    this.spent += billed;
  }

  /** Drops a reservation whose call failed before billing anything known. */
  release(reservation: number): void {
    this.reserved -= reservation;
  }
}

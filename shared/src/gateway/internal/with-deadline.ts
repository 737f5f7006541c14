import { isModelCallError, ModelCallError, type ModelProvider, type ProviderResponse } from "../types.ts";

/**
 * Runs `chat` with an AbortSignal that fires after `ms`, and stops waiting at
 * the deadline even if the provider ignores the signal. Non-gateway errors
 * become `provider_error`; the deadline is `timeout` (retryable).
 */
export async function chatWithDeadline(
  provider: ModelProvider,
  ms: number,
  chat: (signal: AbortSignal) => Promise<ProviderResponse>,
): Promise<ProviderResponse> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new ModelCallError("timeout", `Provider "${provider.name}" did not answer within ${ms} ms (call.deadlineMs).`, true);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    return await Promise.race([chat(controller.signal), deadline]);
  } catch (e) {
    if (isModelCallError(e)) throw e;
    throw new ModelCallError("provider_error", `Provider "${provider.name}" failed: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    clearTimeout(timer);
  }
}

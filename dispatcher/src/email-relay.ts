/** Largest message Email Routing delivers (25 MiB); the relay refuses more rather than buffer it. */
const MAX_RAW_BYTES = 25 * 1024 * 1024;

/**
 * Email Routing → the email worker. The dispatcher is the fleet's only
 * entry point (and the primary worker in local dev, where
 * `/cdn-cgi/local/email` triggers it), so inbound mail lands here and is
 * relayed over the EMAIL service binding to `POST /inbound` with its envelope.
 * A 4xx answer rejects the message (permanent, with the worker's reason); a
 * 5xx or an unreachable worker throws, which Email Routing reports as a
 * temporary failure, so the sender retries.
 */
export async function relayEmail(message: ForwardableEmailMessage, env: DispatcherEnv): Promise<void> {
  if (message.rawSize > MAX_RAW_BYTES) {
    message.setReject(`Message of ${message.rawSize} bytes is over the ${MAX_RAW_BYTES}-byte limit.`);
    return;
  }
  const response = await env.EMAIL.fetch("https://worker.internal/inbound", {
    method: "POST",
    headers: { "content-type": "message/rfc822", "x-envelope-from": message.from, "x-envelope-to": message.to },
    body: message.raw,
  });
  if (response.ok) return;
  const reason = (await response.text()).slice(0, 500);
  if (response.status >= 400 && response.status < 500) {
    message.setReject(`Rejected: ${reason}`);
    return;
  }
  throw new Error(`The email worker answered ${response.status}; Email Routing will retry. ${reason}`);
}

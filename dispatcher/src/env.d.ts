// Secrets and operator vars: set with `wrangler secret put` / dashboard, so
// `wrangler types` cannot see them in wrangler.toml.
interface DispatcherEnv {
  /** SHA-256 hex of the bearer token callers must send. */
  LANGGRAPH_DISPATCHER_SECRET_SHA256?: string;
  /** "true" runs the dispatcher without auth, on purpose. */
  ALLOW_UNAUTHENTICATED?: string;
  /** Caps every timeout-class budget of the downstream hop, in ms. */
  DOWNSTREAM_TIMEOUT_CAP_MS?: string;
  /** Days to keep checkpoints of finished threads (default 30). */
  CHECKPOINT_RETENTION_DAYS?: string;
}

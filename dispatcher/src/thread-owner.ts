import { ApiError } from "@agentic-sales/shared/http";
import { ThreadStore } from "@agentic-sales/shared/threads";

/** Owners never change, so an isolate may remember them; bounded to stay small. */
const MAX_CACHED = 10_000;
const owners = new Map<string, string>();

/**
 * The assistant that owns a thread, recorded when the thread was created, so
 * thread-scoped calls without an assistant id can be routed. 404 if unknown.
 */
export async function threadOwner(db: D1Database, threadId: string): Promise<string> {
  const cached = owners.get(threadId);
  if (cached) return cached;
  const row = await new ThreadStore(db).get(threadId);
  if (!row) throw new ApiError(404, "thread_not_found", `Thread "${threadId}" does not exist. Create it with POST /threads first.`);
  if (owners.size >= MAX_CACHED) owners.delete(owners.keys().next().value!);
  owners.set(threadId, row.assistant_id);
  return row.assistant_id;
}

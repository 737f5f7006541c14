import { ThreadStore } from "@agentic-sales/shared/threads";

/**
 * Cron tick. Housekeeping for now: threads whose run died without releasing
 * its lease are marked `error` so they can be inspected and run again.
 */
export async function scheduled(_controller: ScheduledController, env: DispatcherEnv): Promise<void> {
  const released = await new ThreadStore(env.DB).releaseLapsedLeases();
  console.log(JSON.stringify({ level: "info", msg: "cron_tick", released_leases: released }));
}

import { createDispatcherApp } from "./routes.ts";
import { scheduled } from "./scheduled.ts";

const app = createDispatcherApp();

export default {
  fetch: app.fetch,
  scheduled,
} satisfies ExportedHandler<DispatcherEnv>;

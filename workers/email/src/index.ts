import type { EmailEnv } from "./env.ts";
import { emailWorker } from "./app.ts";

export default emailWorker() satisfies ExportedHandler<EmailEnv>;

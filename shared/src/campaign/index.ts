// Cron → queue → email worker: leasing due threads and the message between them
export { leaseDueThreads, type LeaseOptions } from "./lease-due-threads.ts";
export { RESUME_QUEUE, type ResumeMessage } from "./resume-message.ts";

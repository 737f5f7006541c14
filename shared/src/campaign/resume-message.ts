/** What the cron enqueues for each due campaign thread; the email worker's consumer resumes it. */
export interface ResumeMessage {
  readonly thread_id: string;
  /** The lease this tick took; the consumer resumes only while it still holds. */
  readonly lease_id: string;
  /** The tick's clock (ms): the campaign graph's `now` for this resume. */
  readonly now: number;
}

/** Name of the queue between the dispatcher's cron and the email worker. */
export const RESUME_QUEUE = "campaign-resume";

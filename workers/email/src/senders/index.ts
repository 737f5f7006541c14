// Outreach: the user's own mailbox
export { mailboxSender, type MailboxProvider, type MailboxSenderOptions } from "./mailbox-sender.ts";
export { gmailSender, GMAIL_API_URL, GMAIL_SEND_PATH, type GmailReceipt } from "./gmail-sender.ts";
export { graphSender, GRAPH_API_URL } from "./graph-sender.ts";
export { graphMessageOf, GRAPH_MAX_CUSTOM_HEADERS, PID_TAG_LIST_UNSUBSCRIBE, type GraphMessage } from "./graph-message.ts";
// Transactional notices to the user
export { transactionalSender } from "./transactional-sender.ts";
export { resendSender, resendPayloadOf, RESEND_API_URL, type ResendPayload } from "./resend-sender.ts";
export { reviewNotice, type ReviewNoticeInput } from "./review-notice.ts";
// Message building
export { buildRfc2822, type Rfc2822Options } from "./rfc2822.ts";
export { base64UrlOf, encodedWords, formatAddress, headerText, rfc5322Date } from "./mime-encoding.ts";
export { messageIdFor, type OutgoingReply, type ProviderThread } from "./reply-thread.ts";
// Failures
export { definitelyNotSent, failureKindOf, isSendFailure, SendFailure, type SendFailureKind } from "./send-failure.ts";

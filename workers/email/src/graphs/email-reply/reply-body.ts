import type { ReplyIntent, Sender } from "./reply-schemas.ts";

/** What the body composer may see. The inbound body is deliberately absent, so it cannot be quoted. */
export interface ReplyBodyInput {
  readonly intent: ReplyIntent | undefined;
  readonly greetingName: string | null;
  readonly sender: Sender;
}

/** Intents with nobody to answer: the draft body stays empty. */
const NO_REPLY_INTENTS: ReadonlySet<ReplyIntent> = new Set(["bounced", "spam", "auto_reply"]);

/** Replies that offer (or confirm) a time carry the calendar link when there is one. */
function scheduling(intent: "interested" | "meeting_scheduled", link: string | undefined): string {
  if (intent === "meeting_scheduled") {
    return link
      ? `Thanks for booking a time, I'm looking forward to our conversation. If the slot stops working for you, you can move it here: ${link}`
      : "Thanks for booking a time, I'm looking forward to our conversation. If the slot stops working for you, just reply and we'll find another.";
  }
  return link
    ? `Thanks for getting back to me, glad this is of interest. Would a 30-minute call next week work? You can pick a time that suits you here: ${link}`
    : "Thanks for getting back to me, glad this is of interest. Would a 30-minute call next week work? Send me two or three times that suit you and I'll send an invite.";
}

function paragraph(intent: ReplyIntent | undefined, sender: Sender): string {
  switch (intent) {
    case "interested":
    case "meeting_scheduled":
      return scheduling(intent, sender.calendar_link);
    case "info_request":
      return "Thanks for your question. I'd be glad to send over the details, and I'm happy to walk you through them on a short call if that's easier. Which would you prefer?";
    case "partnership":
      return `Thanks for reaching out about working together. I'll share this with the right people at ${sender.company} and come back to you with next steps.`;
    case "not_interested":
      return "Thanks for letting me know, I appreciate the reply. I won't follow up on this, but if anything changes you know where to find me.";
    case "unsubscribe":
      return "Understood. You won't receive further messages from us. Sorry for the bother.";
    default:
      return "Thanks for your message. I'll look into it and get back to you shortly.";
  }
}

/**
 * The plain-text body of an offline (template) reply for an intent: greeting,
 * one paragraph, sign-off. Empty for bounces, spam and auto-replies.
 *
 * @example
 * replyBody({ intent: "interested", greetingName: "Ada", sender: { name: "Sam Seller", company: "Acme", calendar_link: "https://cal.example.com/sam" } });
 * // "Hi Ada,\n\nThanks for getting back to me, … here: https://cal.example.com/sam\n\nBest regards,\nSam Seller\nAcme"
 */
export function replyBody({ intent, greetingName, sender }: ReplyBodyInput): string {
  if (intent && NO_REPLY_INTENTS.has(intent)) return "";
  const greeting = greetingName ? `Hi ${greetingName},` : "Hi there,";
  return [greeting, paragraph(intent, sender), `Best regards,\n${sender.name}\n${sender.company}`].join("\n\n");
}

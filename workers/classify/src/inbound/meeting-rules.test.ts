import { describe, expect, it } from "vitest";
import { foldMessage } from "./fold-message.ts";
import { meetingConfirmation } from "./meeting-rules.ts";

const meeting = (subject: string, text: string, contentType = "text/plain") => meetingConfirmation(foldMessage(subject), foldMessage(text), contentType);

describe("meetingConfirmation", () => {
  it.each([
    ["Accepted: Intro call @ Tue 1 Dec 10:00", "", "calendar_response"],
    ["Angenommen: Intro-Call", "", "calendar_response"],
    ["Accepté : Appel découverte", "", "calendar_response"],
    ["Aceptado: Llamada", "", "calendar_response"],
    ["Invitation: Demo @ Thu 3 Dec", "", "invitation"],
    ["Einladung: Demo", "", "invitation"],
    ["Re: Intro", "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nEND:VEVENT\nEND:VCALENDAR", "invitation"],
    ["Re: Intro", "BEGIN:VCALENDAR\nMETHOD:REPLY\nATTENDEE;PARTSTAT=ACCEPTED:mailto:ada@example.com\nEND:VCALENDAR", "calendar_response"],
    ["Re: Intro", "Great, I've booked a slot for Thursday at 10.", "confirmation"],
    ["Re: Intro", "Call is confirmed, see you then.", "confirmation"],
    ["AW: Intro", "Termin ist bestätigt.", "confirmation"],
    ["RE: Intro", "J'ai réservé un créneau jeudi.", "confirmation"],
    ["RE: Intro", "La reunión está confirmada.", "confirmation"],
  ] as const)("%j / %j -> %s", (subject, text, kind) => expect(meeting(subject, text)?.kind).toBe(kind));

  it("reads a text/calendar invitation from the content type", () => {
    expect(meeting("Intro", "", 'text/calendar; charset=utf-8; method="REQUEST"')?.kind).toBe("invitation");
  });

  it.each([
    ["Declined: Intro call", ""], // a decline is not a meeting
    ["Re: Intro", "BEGIN:VCALENDAR\nMETHOD:REPLY\nATTENDEE;PARTSTAT=DECLINED:mailto:ada@example.com\nEND:VCALENDAR"],
    ["Re: Intro", "Could we schedule a call next week?"], // a request, not a confirmation
  ])("%j / %j is not a booked meeting", (subject, text) => expect(meeting(subject, text)).toBeNull());
});

import { describe, expect, it } from "vitest";
import { foldMessage } from "./fold-message.ts";
import { outOfOffice } from "./out-of-office-rules.ts";

const ooo = (subject: string, text: string) => outOfOffice(foldMessage(subject), foldMessage(text));

describe("outOfOffice", () => {
  it.each([
    ["Automatic reply: Intro", "", "subject"],
    ["Abwesenheitsnotiz: Intro", "", "subject"],
    ["Réponse automatique : Intro", "", "subject"],
    ["Respuesta automática: Intro", "", "subject"],
    ["Out of Office: Intro", "", "subject"],
    ["Re: Intro", "I am currently out of the office until 3 December.", "body"],
    ["Re: Intro", "I'm on parental leave until January.", "body"],
    ["Re: Intro", "This is an automatic reply.", "body"],
    ["Re: Intro", "I have limited access to email this week.", "body"],
    ["AW: Intro", "Ich bin bis zum 3.12. nicht im Büro.", "body"],
    ["AW: Intro", "Vielen Dank. Ich befinde mich derzeit im Urlaub.", "body"],
    ["TR: Intro", "Je suis absente jusqu'au 3 décembre.", "body"],
    ["RE: Intro", "Estoy fuera de la oficina hasta el lunes.", "body"],
  ] as const)("%j / %j -> %s", (subject, text, strength) => expect(ooo(subject, text)?.strength).toBe(strength));

  it.each([
    ["Re: Intro", "I was on vacation last week, sorry for the slow reply. Yes, let's talk."], // past tense: a person
    ["Re: Our out of office tooling", "Happy to chat."], // our subject after Re: is not read for phrases by callers; marker must lead
    ["Re: Intro", "I'm traveling next week but keen to talk."],
  ])("%j / %j is a person", (subject, text) => expect(ooo(subject, text)).toBeNull());
});

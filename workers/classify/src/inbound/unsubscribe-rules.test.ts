import { describe, expect, it } from "vitest";
import { foldMessage } from "./fold-message.ts";
import { unsubscribeRequest } from "./unsubscribe-rules.ts";

const REQUESTS: readonly string[] = [
  "Unsubscribe",
  "STOP",
  "unsubscribe.",
  "Please unsubscribe me.",
  "Please remove me from your mailing list.",
  "Take me off your list, thanks.",
  "Stop emailing me.",
  "Do not contact me again.",
  "I want to opt out.",
  "How do I unsubscribe?",
  "Bitte aus dem Verteiler streichen.",
  "Bitte abmelden.",
  "Ich möchte mich abmelden.",
  "Tragen Sie mich bitte aus Ihrer Liste aus.",
  "Keine weiteren E-Mails bitte.",
  "Bitte löschen Sie meine Daten.", // "meine Daten … löschen"
  "Merci de me désabonner.",
  "Désinscrivez-moi s'il vous plaît.",
  "Retirez-moi de votre liste.",
  "Ne me contactez plus.",
  "Por favor, darme de baja.",
  "Quiero que me den de baja.",
  "Eliminarme de su lista, por favor.",
  "No me contacten más.",
  "un\u200Bsubscribe me", // an invisible character cannot split the phrase
];

// Footers, negations of nothing, and the bare word in prose: not requests.
const NOT_REQUESTS: readonly string[] = [
  "You can unsubscribe at any time via the link in our newsletter.",
  "If you wish to unsubscribe, click here.",
  "Sie können sich jederzeit abmelden.",
  "Vous pouvez vous désinscrire à tout moment.",
  "Puede darse de baja en cualquier momento.",
  "Our unsubscribe rates are low, which is why we use your tool.",
  "Sounds interesting, tell me more.",
];

describe("unsubscribeRequest", () => {
  it.each(REQUESTS)("%j is a request", (text) => expect(unsubscribeRequest(foldMessage(text))).not.toBeNull());
  it.each(NOT_REQUESTS)("%j is not", (text) => expect(unsubscribeRequest(foldMessage(text))).toBeNull());

  it("names the language and the matched phrase", () => {
    expect(unsubscribeRequest(foldMessage("Retirez-moi de votre liste."))).toEqual({ lang: "fr", match: "retirez-moi" });
  });
});

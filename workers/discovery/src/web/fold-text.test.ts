import { describe, expect, it } from "vitest";
import { foldText } from "@agentic-sales/shared/web/fold-text.ts";

describe("foldText", () => {
  it.each<{ raw: string; folded: string }>([
    { raw: "Über uns", folded: "uber uns" },
    { raw: "/ueber-uns", folded: "ueber uns" },
    { raw: "  À propos — L'Équipe ", folded: "a propos l equipe" },
    { raw: "Geschäftsführerin", folded: "geschaftsfuhrerin" },
    { raw: "Straße_Nr.5", folded: "strasse nr 5" },
    { raw: "Sobre nosotros", folded: "sobre nosotros" },
    { raw: "", folded: "" },
  ])("$raw → $folded", ({ raw, folded }) => expect(foldText(raw)).toBe(folded));
});

import { describe, expect, it } from "vitest";
import { scoreContactLink } from "./contact-links.ts";

const link = (path: string, text: string) => ({ url: new URL(`https://acme.example.com${path}`), text });

describe("scoreContactLink", () => {
  it.each<{ path: string; text: string; score: number }>([
    { path: "/team", text: "Team", score: 6 },
    { path: "/ueber-uns", text: "Über uns", score: 4 },
    { path: "/a-propos", text: "À propos", score: 4 },
    { path: "/equipe", text: "L'équipe", score: 6 },
    { path: "/equipo", text: "Equipo", score: 6 },
    { path: "/sobre-nosotros", text: "Sobre nosotros", score: 4 },
    { path: "/impressum", text: "Impressum", score: 4 },
    { path: "/mentions-legales", text: "Mentions légales", score: 4 },
    { path: "/kontakt", text: "Kontakt", score: 3 },
    { path: "/leadership", text: "Leadership", score: 6 },
    // Path alone is enough when the text says nothing.
    { path: "/unternehmen/team", text: "Mehr erfahren", score: 5 },
    { path: "/intern/mitarbeiter", text: "Mitarbeiterportal", score: 3 },
    { path: "/blog/teamwork-tips", text: "Read the post", score: 0 },
    { path: "/produkte", text: "Produkte", score: 0 },
    { path: "/%E0%A4%A", text: "broken escape", score: 0 },
  ])("$text ($path) → $score", ({ path, text, score }) => expect(scoreContactLink(link(path, text))).toBe(score));
});

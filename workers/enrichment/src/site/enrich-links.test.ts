import { describe, expect, it } from "vitest";
import { scoreCompanyLink } from "./enrich-links.ts";

const link = (path: string, text: string) => ({ url: new URL(`https://acme.de${path}`), text });

describe("scoreCompanyLink", () => {
  it.each<{ path: string; text: string; score: number }>([
    { path: "/ueber-uns", text: "Über uns", score: 6 },
    { path: "/about-us", text: "About us", score: 6 },
    { path: "/a-propos", text: "À propos", score: 6 },
    { path: "/sobre-nosotros", text: "Sobre nosotros", score: 6 },
    { path: "/impressum", text: "Impressum", score: 5 },
    { path: "/mentions-legales", text: "Mentions légales", score: 5 },
    { path: "/kontakt", text: "Kontakt", score: 4 },
    { path: "/produkte", text: "Produkte", score: 3 },
    { path: "/karriere", text: "Karriere", score: 3 },
    { path: "/company/history", text: "Our history", score: 4 },
    { path: "/blog/2024/launch", text: "Read more", score: 0 },
    { path: "/team", text: "Team", score: 0 },
  ])("$text ($path) → $score", ({ path, text, score }) => expect(scoreCompanyLink(link(path, text))).toBe(score));
});

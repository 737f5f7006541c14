import { describe, expect, it } from "vitest";
import { detectProblems } from "./detect-problems.ts";

describe("detectProblems", () => {
  it.each<{ name: string; text: string; ids: string[] }>([
    { name: "German hiring and manual processes", text: "Unsere Kunden kämpfen mit dem Fachkräftemangel und mit manuellen Prozessen.", ids: ["hiring_shortage", "manual_processes"] },
    { name: "French stock and expansion", text: "Notre défi : la gestion des stocks. Nous préparons le développement à l'international.", ids: ["inventory_management", "international_expansion"] },
    { name: "Spanish regulation", text: "una normativa cambiante y la tramitación de permisos", ids: ["regulatory_compliance"] },
    { name: "English churn and silos", text: "Their data sits in silos and customer churn surprises them.", ids: ["data_silos", "customer_churn"] },
    { name: "no problem words", text: "We make lovely chairs.", ids: [] },
  ])("$name", ({ text, ids }) => expect(detectProblems([{ url: "https://acme.io/about", text }]).map((p) => p.id)).toEqual(ids));

  it("evidence points at the words on the page, not a copy of the text", () => {
    const [problem] = detectProblems([{ url: "https://acme.de/ueber-uns", text: "Viele Lager kämpfen mit dem Fachkräftemangel." }]);
    expect(problem).toEqual({
      id: "hiring_shortage",
      label: "Hard to hire skilled staff",
      score: 3,
      confidence: 0.5276,
      evidence: [{ url: "https://acme.de/ueber-uns", fragment_url: "https://acme.de/ueber-uns#:~:text=Fachkr%C3%A4ftemangel" }],
    });
  });

  it("adds evidence across pages, one link per page, and ranks by score", () => {
    const problems = detectProblems([
      { url: "https://acme.io/", text: "Too many missed appointments?" },
      { url: "https://acme.io/practice", text: "We struggle with appointment no-shows and waiting lists. Recruiting is hard." },
    ]);
    expect(problems[0]?.id).toBe("appointment_no_shows");
    expect(problems[0]?.evidence.map((e) => e.url)).toEqual(["https://acme.io/", "https://acme.io/practice"]);
    expect(problems[0]?.evidence[1]?.fragment_url).toBe("https://acme.io/practice#:~:text=appointment%20no%2Dshows");
  });
});

import { describe, expect, it } from "vitest";
import { textFragmentUrl } from "./text-fragment.ts";

describe("textFragmentUrl", () => {
  it.each<{ url: string; snippet: string; fragment: string }>([
    { url: "https://acme.de/about", snippet: "manual reporting", fragment: "https://acme.de/about#:~:text=manual%20reporting" },
    { url: "https://acme.de/about#top", snippet: "no-shows, waiting & lists", fragment: "https://acme.de/about#:~:text=no%2Dshows%2C%20waiting%20%26%20lists" },
    { url: "https://acme.de/", snippet: "Fachkräftemangel", fragment: "https://acme.de/#:~:text=Fachkr%C3%A4ftemangel" },
    { url: "https://acme.de/", snippet: "  spaced \n out ", fragment: "https://acme.de/#:~:text=spaced%20out" },
  ])("$snippet", ({ url, snippet, fragment }) => expect(textFragmentUrl(url, snippet)).toBe(fragment));
});

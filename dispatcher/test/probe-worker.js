// A sub-worker stand-in for dispatcher tests, reached over a real service
// binding. It reports what crossed the hop and answers with headers that must
// (link headers) and must not (everything else) cross back.
export default {
  async fetch(request) {
    const url = new URL(request.url);
    const delay = Number(url.searchParams.get("delay_ms") ?? request.headers.get("x-test-delay-ms") ?? 0);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const body = request.method === "POST" ? await request.text() : null;
    return new Response(
      JSON.stringify({
        method: request.method,
        path: url.pathname + url.search,
        headers: Object.fromEntries(request.headers),
        body,
      }),
      {
        headers: {
          "content-type": "application/json",
          "x-trace-id": "0af7651916cd43dd8448eb211c80319c",
          "x-langsmith-run-id": "7e0c1c2a-5b1e-4f3e-9a53-0c2d8f6b1a11",
          "x-langsmith-run-url": "https://smith.example/runs/7e0c1c2a",
          "set-cookie": "probe=1",
          "x-internal-secret": "must-not-cross",
          server: "probe",
        },
      },
    );
  },
};

// whosaid's WebAssembly loader. server/loader.go puts it in place of
// go-app's goappInitWebAssembly and fetchWithProgress in /app.js.
//
// - The response from fetch goes to instantiateStreaming as it is: go-app
//   wrapped it in a Response made in JS, which has no URL, so Chromium
//   could not keep the compiled module in its code cache.
// - Progress is counted on a clone of the response, and says what is
//   happening: downloading (with the share of the raw size), preparing
//   (compiling), starting (Go's start-up and the first render).
// - <html data-loading="download|prepare|start|failed"> lets the page's
//   CSS tell the reader that the controls are not ready yet.
async function goappInitWebAssembly() {
  const loader = document.getElementById("app-wasm-loader");
  if (!goappCanLoadWebAssembly()) {
    loader.remove();
    return;
  }
  const icon = document.getElementById("app-wasm-loader-icon");
  const label = document.getElementById("app-wasm-loader-label");
  label.setAttribute("role", "status");
  const root = document.documentElement;
  const say = (phase, text) => {
    root.dataset.loading = phase;
    label.textContent = text;
  };
  const url = "{{wasm}}"; // loader.go puts the module's URL here
  try {
    say("download", "Downloading whosaid…");
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(`${url}: ${response.status} ${response.statusText}`);
    }
    whosaidCountDownload(response, (share) => {
      if (share < 1) {
        say("download", `Downloading whosaid… ${Math.floor(share * 100)}%`);
      } else if (root.dataset.loading === "download") {
        say("prepare", "Preparing whosaid…");
      }
    });
    const go = new Go();
    let wasm;
    try {
      wasm = await WebAssembly.instantiateStreaming(response, go.importObject);
    } catch (err) {
      // A static host that does not send application/wasm: compile from
      // the bytes instead (slower, but it starts).
      if (!(err instanceof TypeError)) throw err;
      say("prepare", "Preparing whosaid…");
      const bytes = await (await fetch(url)).arrayBuffer();
      wasm = await WebAssembly.instantiate(bytes, go.importObject);
    }
    say("start", "Starting whosaid…");
    // Let the label paint before Go's start-up takes the main thread.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    go.run(wasm.instance);
    delete root.dataset.loading;
    loader.remove();
    // The service worker keeps the module for offline use (app-worker.js).
    navigator.serviceWorker?.ready.then((r) => r.active?.postMessage({ whosaid: "cache-module" }));
  } catch (err) {
    root.dataset.loading = "failed";
    icon.className = "goapp-logo";
    label.textContent = `whosaid could not start (${err.message || err}). Check the connection and reload the page.`;
    console.error("loading wasm failed: ", err);
  }
}

// whosaidCountDownload reads a clone of the response and reports the share
// of the module downloaded, 0…1. The server sends the raw length in
// X-Raw-Length (the body is compressed; a clone yields decoded bytes).
async function whosaidCountDownload(response, report) {
  const total = parseInt(
    response.headers.get(goappWasmContentLengthHeader || "Content-Length") ||
      response.headers.get("Content-Length"),
    10
  );
  try {
    const reader = response.clone().body.getReader();
    let loaded = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      if (total > 0) report(Math.min(loaded / total, 0.99));
    }
  } catch (err) {
    // Progress is a courtesy: the module's own read reports real errors.
  }
  report(1);
}

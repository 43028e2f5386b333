// Runs before the first paint (a plain script in the page's head). The
// server draws the sample article at "/"; a reader who has worked here
// before opens their last article instead once the app is live, so the
// sample is hidden until then (whosaid.css: html[data-restoring]) rather
// than shown and swapped. The key is app/storage's "last open" key
// (TestStartScriptKnowsTheLastKey).
try {
  if (location.pathname === "/" && !location.search && localStorage.getItem("whosaid/v1/last")) {
    document.documentElement.dataset.restoring = "";
  }
} catch (e) {
  // No storage (private mode, blocked): nothing to restore.
}

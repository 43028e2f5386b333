// whosaid's service worker (go-app's ServiceWorkerTemplate; go-app fills
// in the version and the files to cache). Unlike go-app's own, it does not
// download app.wasm at install: the page is downloading it at that very
// moment (a first visit fetched the module twice). The page asks for it to
// be cached once it has it (the request is then answered by the browser's
// HTTP cache: the module's URL carries its content hash and is immutable),
// and any request for it that reaches the worker is cached too.
const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const isModule = (url) => new URL(url, self.location).pathname.endsWith(".wasm");

self.addEventListener("install", (event) => {
  console.log("installing app worker {{.Version}}");
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(resourcesToCache.filter((r) => !isModule(r))))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((key) => key !== cacheName).map((key) => caches.delete(key)))
    )
  );
  console.log("app worker {{.Version}} is activated");
});

// cacheModule keeps the module of this version, from the HTTP cache when
// the page has just downloaded it.
async function cacheModule(cache) {
  for (const r of resourcesToCache.filter(isModule)) {
    if (!(await cache.match(r))) await cache.add(r);
  }
}

self.addEventListener("message", (event) => {
  if (event.data && event.data.whosaid === "cache-module") {
    event.waitUntil(caches.open(cacheName).then(cacheModule));
  }
});

self.addEventListener("fetch", (event) => {
  const keep = isModule(event.request.url) && resourcesToCache.includes(new URL(event.request.url).pathname);
  const answer = caches.match(event.request).then((hit) => {
    if (hit) return hit;
    return fetch(event.request).then((r) => {
      if (keep && r.ok) {
        const copy = r.clone();
        return caches.open(cacheName).then((c) => c.put(event.request, copy)).then(() => r, () => r);
      }
      return r;
    });
  });
  event.respondWith(answer);
});

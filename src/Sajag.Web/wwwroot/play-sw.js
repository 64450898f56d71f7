// Keeps solo play working offline: the play page, its CSS and JS, and the cards of the chosen
// language. The cache is named by the pack version, so a new pack replaces the old cache.
const version = new URL(self.location.href).searchParams.get('v') || '0';
const CACHE = `sajag-play-${version}`;

const inScope = (url) =>
  url.origin === self.location.origin &&
  (url.pathname === '/play' || url.pathname.startsWith('/css/') || url.pathname.startsWith('/js/') ||
   url.pathname === '/pack/topics.css' || /^\/api\/packs\/[^/]+\/cards$/.test(url.pathname));

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith('sajag-play-') && k !== CACHE).map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'cache') return;
  const urls = event.data.urls.filter((u) => inScope(new URL(u, self.location.origin)));
  const page = event.data.page;
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(urls);
    if (page) await cache.put(OFFLINE, offlinePage(page));
    if (event.ports[0]) event.ports[0].postMessage('cached');
  })());
});

// A page the player's own words fill (text only: every value is escaped), shown for a page that is
// not kept on the phone when there is no connection, instead of the browser's error page.
const OFFLINE = '/play-sw/offline';
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const offlinePage = (p) => new Response(
  `<!doctype html><html lang="${escape(p.lang)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
  + `<title>Sajag</title><link rel="stylesheet" href="/css/site.css"><main id="main"><h1>${escape(p.text)}</h1>`
  + `<p><a href="${escape(p.play)}">${escape(p.back)}</a></p></main></html>`,
  { headers: { 'Content-Type': 'text/html; charset=utf-8' } });

// Network first, so an online player always gets the newest page and cards; the cache when offline.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method === 'GET' && event.request.mode === 'navigate' && url.origin === self.location.origin && !inScope(url)) {
    // Any other page of the site: straight to the network, and the offline page when there is none.
    event.respondWith(fetch(event.request).catch(async () => (await caches.match(OFFLINE)) || Response.error()));
    return;
  }
  if (event.request.method !== 'GET' || !inScope(url)) return;
  event.respondWith((async () => {
    try {
      const response = await fetch(event.request);
      if (response.ok) {
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then((cache) => cache.put(event.request, copy)));
      }
      return response;
    } catch (error) {
      const cached = await caches.match(event.request);
      if (cached) return cached;
      if (event.request.mode === 'navigate') {
        const offline = await caches.match(OFFLINE);
        if (offline) return offline;
      }
      throw error;
    }
  })());
});

/*
 * The Companion's service worker: the app's own files, network first and the last copy when the
 * network is gone, so the app opens and can say "Can't reach Kith" without a connection. Calls to
 * Kith's APIs and anything else outside the app's folder pass through untouched and are never
 * cached: frames and answers are not kept anywhere.
 */
var CACHE = 'kith-companion-v1';
var SHELL = ['./', 'index.html', 'companion.css', 'companion.js', 'manifest.webmanifest',
  'icons/icon-192.png', 'icons/icon-512.png'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(SHELL); }));
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; })
      .map(function (k) { return caches.delete(k); }));
  }));
  self.clients.claim();
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var scope = new URL(self.registration.scope);
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.origin
      || url.pathname.indexOf(scope.pathname) !== 0) {
    return;
  }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request).then(function (hit) { return hit || caches.match('index.html'); });
  }));
});

/*
 * The ticket page's service worker: shows the server's notices ("3 ahead", "called to counter 4")
 * while the page is closed or the phone is in a pocket, and opens the ticket's page when tapped.
 * The notice is the server's JSON: {title, body, lang, dir, tag, url, urgent}.
 */
'use strict';

self.addEventListener('push', function (event) {
  var notice = event.data ? event.data.json() : null;
  if (!notice) {
    return;
  }
  event.waitUntil(self.registration.showNotification(notice.title, {
    body: notice.body,
    lang: notice.lang,
    dir: notice.dir === 'rtl' ? 'rtl' : 'ltr',
    tag: notice.tag,
    renotify: true,
    requireInteraction: notice.urgent === true,
    vibrate: [400, 200, 400],
    icon: '/favicon.svg',
    data: { url: notice.url }
  }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var url = new URL(event.notification.data && event.notification.data.url || '/', self.location.origin).href;
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (open) {
    for (var i = 0; i < open.length; i++) {
      if (open[i].url === url && 'focus' in open[i]) {
        return open[i].focus();
      }
    }
    return self.clients.openWindow(url);
  }));
});

/*
 * Follows a Foyer event stream for a page. EventSource reconnects by itself after most breaks,
 * but gives up on some (an HTTP error from a proxy, say) and cannot see a connection that died
 * silently; so this also reconnects after a give-up, and after 30 seconds without any event (the
 * server sends a named "ping" every 15 seconds). The page hears whether the connection is up, a
 * few seconds late, so that a short blip does not make the screen flicker.
 */
(function () {
  'use strict';

  var SILENCE_MS = 30000;
  var LOST_AFTER_MS = 5000;
  var FIRST_RETRY_MS = 1000;
  var MAX_RETRY_MS = 10000;

  function follow(url, handlers, onConnection) {
    var source = null;
    var lastHeard = Date.now();
    var retryMs = FIRST_RETRY_MS;
    var retryTimer = null;
    var lostTimer = null;
    var state = 'unknown';

    function setState(next) {
      if (state !== next) {
        state = next;
        onConnection(next === 'up');
      }
    }

    function heard() {
      lastHeard = Date.now();
      retryMs = FIRST_RETRY_MS;
      clearTimeout(lostTimer);
      lostTimer = null;
      setState('up');
    }

    function trouble() {
      if (lostTimer === null) {
        lostTimer = setTimeout(function () {
          lostTimer = null;
          setState('down');
        }, LOST_AFTER_MS);
      }
    }

    function retryLater() {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    }

    function listen(name) {
      source.addEventListener(name, function (event) {
        heard();
        var data;
        try {
          data = JSON.parse(event.data);
        } catch (e) {
          return;
        }
        handlers[name](data);
      });
    }

    function open() {
      if (source !== null) {
        source.close();
      }
      lastHeard = Date.now();
      trouble();
      source = new EventSource(url);
      source.onopen = heard;
      source.onerror = function () {
        trouble();
        if (source.readyState === EventSource.CLOSED) {
          retryLater();
        }
      };
      Object.keys(handlers).forEach(listen);
    }

    setInterval(function () {
      if (Date.now() - lastHeard > SILENCE_MS) {
        open();
      }
    }, 5000);
    // A page left behind (another link opened, the tab put away) lets its stream go: browsers keep
    // at most six connections to one server, and a page kept for "back" would otherwise hold one.
    window.addEventListener('pagehide', function () {
      if (source !== null) {
        source.close();
      }
    });
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) {
        open();
      }
    });
    open();
  }

  window.FoyerLive = { follow: follow };
}());

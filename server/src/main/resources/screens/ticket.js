/*
 * The ticket page: every "state" from the stream fills the marked fields and shows the section
 * that fits (waiting, next, called …). The section sits in a live region, so a screen reader
 * reads the change; a phone that can vibrate does so when the number is called. Where the browser
 * can, the citizen may ask to be notified (Web Push) when few are ahead and when called, so they
 * can leave the waiting room; the ticket-worker shows the notices while this page is closed. Where
 * the office has an SMS gateway, a mobile number does the same on any phone.
 */
(function () {
  'use strict';

  var ticket = document.getElementById('ticket');
  var connection = document.getElementById('connection');
  var firstTitle = document.title;
  var push = document.getElementById('push');
  var pushPossible = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  var smsOffered = push.getAttribute('data-sms') === 'true';
  var pushAddress = window.location.pathname.replace(/\/$/, '') + '/push';
  var smsAddress = window.location.pathname.replace(/\/$/, '') + '/sms';
  var pushRemembered = 'foyer-push:' + window.location.pathname;

  function base64Url(text) {
    var padded = (text + '==='.slice((text.length + 3) % 4)).replace(/-/g, '+').replace(/_/g, '/');
    return Uint8Array.from(atob(padded), function (c) { return c.charCodeAt(0); });
  }

  function pushShown(on, failed) {
    document.getElementById('push-form').hidden = on;
    document.getElementById('push-on').hidden = !on;
    document.getElementById('push-failed').hidden = !failed;
  }

  function pushSubscription() {
    return navigator.serviceWorker.register('/screens/ticket-worker.js', { scope: '/t/' })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        return registration.pushManager.getSubscription().then(function (existing) {
          return existing || registration.pushManager.subscribe({
            userVisibleOnly: true, applicationServerKey: base64Url(push.getAttribute('data-key'))
          });
        });
      });
  }

  function send(method, body, address) {
    return fetch(address || pushAddress, {
      method: method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('push ' + response.status);
      }
    });
  }

  function ahead() {
    return parseInt(document.getElementById('push-ahead').value, 10);
  }

  document.getElementById('push-form').hidden = !pushPossible;
  if (smsOffered) {
    document.getElementById('sms-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var phone = document.getElementById('sms-phone').value;
      send('POST', { phone: phone, ahead: ahead() }, smsAddress).then(function () {
        document.getElementById('sms-form').hidden = true;
        document.getElementById('sms-on').hidden = false;
        document.getElementById('sms-failed').hidden = true;
      }).catch(function () {
        document.getElementById('sms-failed').hidden = false;
      });
    });
  }

  if (pushPossible) {
    pushShown(localStorage.getItem(pushRemembered) !== null, false);
    document.getElementById('push-form').addEventListener('submit', function (event) {
      event.preventDefault();
      Notification.requestPermission().then(function (permission) {
        if (permission !== 'granted') {
          throw new Error('not permitted');
        }
        return pushSubscription();
      }).then(function (subscription) {
        var json = subscription.toJSON();
        return send('POST', { endpoint: json.endpoint, keys: json.keys, ahead: ahead() }).then(function () {
          localStorage.setItem(pushRemembered, json.endpoint);
          pushShown(true, false);
        });
      }).catch(function () {
        pushShown(false, true);
      });
    });
    document.getElementById('push-stop').addEventListener('click', function () {
      var endpoint = localStorage.getItem(pushRemembered);
      localStorage.removeItem(pushRemembered);
      pushShown(false, false);
      if (endpoint) {
        send('DELETE', { endpoint: endpoint }).catch(function () {});
      }
    });
  }

  function show(state) {
    Object.keys(state).forEach(function (name) {
      var value = state[name] === null || state[name] === undefined ? '' : String(state[name]);
      document.querySelectorAll('[data-field="' + name + '"]').forEach(function (element) {
        if (element.textContent !== value) {
          element.textContent = value;
        }
      });
    });
    document.querySelectorAll('#status [data-view]').forEach(function (section) {
      section.hidden = section.getAttribute('data-view') !== state.view;
    });
    document.querySelectorAll('[data-recalled]').forEach(function (element) {
      element.hidden = !(state.recalls > 0);
    });
    push.hidden = !(pushPossible || smsOffered) || !(state.view === 'WAITING' || state.view === 'NEXT' || state.view === 'CALLED');
    var wasCalled = ticket.getAttribute('data-view') === 'CALLED';
    ticket.setAttribute('data-view', state.view);
    if (state.view === 'CALLED') {
      document.title = state.number + ' ➜ ' + state.counter;
      if (!wasCalled && navigator.vibrate) {
        navigator.vibrate([400, 200, 400]);
      }
    } else {
      document.title = firstTitle;
    }
  }

  window.FoyerLive.follow(window.location.pathname.replace(/\/$/, '') + '/stream',
    { state: show, ping: function () {} },
    function (up) {
      connection.hidden = up;
      document.documentElement.setAttribute('data-connection', up ? 'up' : 'down');
    });
}());

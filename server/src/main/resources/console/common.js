'use strict';
// What every console page shares: its words, calls to the API with the CSRF token, messages, times.
var Foyer = (function () {
  var texts = JSON.parse(document.getElementById('texts').textContent);
  var csrfMeta = document.querySelector('meta[name="csrf-token"]');
  var csrf = csrfMeta ? csrfMeta.content : '';
  // For staff of several offices the page shows one of them, and its requests say which.
  var officeMeta = document.querySelector('meta[name="office"]');
  var office = officeMeta ? officeMeta.content : '';

  function inOffice(path) {
    if (!office || path.indexOf('/offices/') >= 0 || /[?&]office=/.test(path)) { return path; }
    return path + (path.indexOf('?') >= 0 ? '&' : '?') + 'office=' + encodeURIComponent(office);
  }

  function words(key) {
    return texts[key] || [key, key];
  }

  // Fills an element with the German words and the English ones beside them.
  function put(element, key, german, english) {
    var pair = key ? words(key) : [german, english];
    element.textContent = '';
    element.appendChild(document.createTextNode(pair[0]));
    if (pair[1] && pair[1] !== pair[0]) {
      var en = document.createElement('span');
      en.className = 'en';
      en.lang = 'en';
      en.textContent = ' ' + pair[1];
      element.appendChild(en);
    }
    return element;
  }

  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    if (text !== undefined && text !== null) { element.textContent = text; }
    return element;
  }

  // body: the whole answer, for refusals that say more than the error (e.g. how many bookings a closure concerns).
  function ApiError(status, code, message, retryAfter, body) {
    this.status = status;
    this.code = code;
    this.message = message;
    this.retryAfter = retryAfter;
    this.body = body || {};
  }

  // Sends a request with the session cookie; changes carry the CSRF token. Answers {status, data}.
  // The body is sent as JSON, or as it is when a content type is given (an uploaded table).
  function api(method, path, body, contentType) {
    var headers = { 'Accept': 'application/json' };
    if (method !== 'GET') { headers['X-CSRF-Token'] = csrf; }
    if (body !== undefined) { headers['Content-Type'] = contentType || 'application/json'; }
    return fetch(inOffice(path), {
      method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : contentType ? body : JSON.stringify(body)
    }).then(function (response) {
      if (response.status === 204) { return { status: 204, data: null }; }
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = data && data.error ? data.error : { code: 'HTTP_' + response.status, message: '' };
          throw new ApiError(response.status, error.code, error.message, response.headers.get('Retry-After'), data);
        }
        return { status: response.status, data: data };
      });
    }, function () {
      throw new ApiError(0, 'NETWORK', '');
    });
  }

  // A short message in the page's status line; errors name what went wrong in both languages.
  function say(keyOrPair, kind) {
    var line = document.getElementById('status');
    if (!line) { return; }
    if (Array.isArray(keyOrPair)) { put(line, null, keyOrPair[0], keyOrPair[1]); } else { put(line, keyOrPair); }
    line.className = 'status ' + (kind || 'ok');
  }

  function sayError(error) {
    if (error.status === 401) {
      window.location.href = '/login?next=' + encodeURIComponent(window.location.pathname + window.location.search);
      return;
    }
    var known = texts['error.' + error.code];
    if (known) {
      say(known, 'error');
    } else {
      var general = words('error.general');
      say([general[0] + (error.message ? ' (' + error.message + ')' : ''), general[1]], 'error');
    }
  }

  function data(id) {
    var block = document.getElementById(id);
    return block ? JSON.parse(block.textContent) : {};
  }

  function time(iso, zone) {
    if (!iso) { return ''; }
    return new Date(iso).toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: zone || 'Europe/Berlin' });
  }

  function date(iso, zone) {
    if (!iso) { return ''; }
    return new Date(iso).toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: zone || 'Europe/Berlin' });
  }

  // A booking's code as the citizen's confirmation shows it (ABCDE-FGHJK); another system's codes as they are.
  function bookingCode(code) {
    return code && code.length === 10 && /^[0-9A-Z]+$/.test(code) ? code.slice(0, 5) + '-' + code.slice(5) : code;
  }

  var logout = document.getElementById('logout');
  if (logout) {
    logout.addEventListener('click', function () {
      api('DELETE', '/api/v1/session').then(function () { window.location.href = '/login'; }, function () { window.location.href = '/login'; });
    });
  }

  return { api: api, inOffice: inOffice, put: put, make: make, say: say, sayError: sayError, words: words, data: data, time: time, date: date,
    bookingCode: bookingCode };
})();

/*
 * The call screen. Every "state" replaces the screen; "call" and "recall" put a call on top and
 * let it blink. The clock shows the office's time as the server's pings tell it, since a TV's own
 * clock and time zone are often wrong.
 */
(function () {
  'use strict';

  var MAX_CALLS = 8;
  var ANNOUNCE_MS = 6500;

  var screen = document.getElementById('screen');
  var current = document.getElementById('current');
  var noCalls = document.getElementById('no-calls');
  var history = document.getElementById('history');
  var rowTemplate = document.getElementById('history-row');
  var connection = document.getElementById('connection');
  var clock = document.getElementById('clock');
  var notices = document.getElementById('notices');
  var noticeList = document.getElementById('notice-list');
  var noticeTemplate = document.getElementById('notice-row');
  var HEARTBEAT_MS = 30000;

  var soundOn = document.getElementById('sound-on');
  var announcements = JSON.parse(document.getElementById('announcements').textContent);
  var VOICES = { de: 'de-DE', en: 'en-GB', tr: 'tr-TR', ar: 'ar', uk: 'uk-UA', ru: 'ru-RU', pl: 'pl-PL' };
  var speaks = !/[?&]speech=off(&|$)/.test(window.location.search)
    && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';

  var calls = [];
  var announceTimer = null;
  var skewMs = 0;
  var zoneMinutes = -new Date().getTimezoneOffset();

  function fill(element, call) {
    element.querySelector('[data-field="ticket"]').textContent = call.ticket;
    element.querySelector('[data-field="counter"]').textContent = call.counter;
    element.querySelector('[data-recalled]').hidden = !(call.recalls > 0);
  }

  function render() {
    noCalls.hidden = calls.length > 0;
    current.hidden = calls.length === 0;
    if (calls.length > 0) {
      fill(current, calls[0]);
    }
    var rows = document.createDocumentFragment();
    calls.slice(1).forEach(function (call) {
      var row = rowTemplate.content.firstElementChild.cloneNode(true);
      fill(row, call);
      rows.appendChild(row);
    });
    history.replaceChildren(rows);
  }

  function announce() {
    current.classList.remove('announce');
    void current.offsetWidth; // restarts the animation when calls follow each other quickly
    current.classList.add('announce');
    clearTimeout(announceTimer);
    announceTimer = setTimeout(function () {
      current.classList.remove('announce');
    }, ANNOUNCE_MS);
  }

  // The number as a clerk says it: "A017" is "A 17" (the rule of AnnouncementText.spoken, which the device speaks by).
  function spoken(ticket) {
    var match = /^([A-Za-z]*)0*(\d+)$/.exec(ticket);
    if (!match) {
      return ticket;
    }
    var letters = match[1].toUpperCase().split('').join(' ');
    return letters ? letters + ' ' + match[2] : match[2];
  }

  // Every call is said in German for the hall, then in the called citizen's language when it is another.
  function say(call) {
    if (!speaks) {
      return;
    }
    var languages = ['de'];
    if (call.language && call.language !== 'de' && announcements[call.language]) {
      languages.push(call.language);
    }
    languages.forEach(function (language) {
      var pattern = announcements[language][call.recalls > 0 ? 'recall' : 'call'];
      var utterance = new window.SpeechSynthesisUtterance(pattern.replace('{0}', spoken(call.ticket)).replace('{1}', call.counter));
      utterance.lang = VOICES[language];
      utterance.onerror = function (event) {
        // A browser speaks only after a first touch, unless it was started to allow it
        // (Chromium: --autoplay-policy=no-user-gesture-required); until then the screen offers that touch.
        if (event.error === 'not-allowed') {
          soundOn.hidden = false;
        }
      };
      window.speechSynthesis.speak(utterance);
    });
  }

  function sameTime(a, b) {
    return Date.parse(a) === Date.parse(b);
  }

  function onState(state) {
    calls = (state.calls || []).slice(0, MAX_CALLS);
    render();
    onNotices(state);
  }

  // Each "notices" event replaces the list, as "state" does: a missed one is made good by the next state.
  function onNotices(message) {
    var rows = document.createDocumentFragment();
    (message.notices || []).forEach(function (notice) {
      var row = noticeTemplate.content.firstElementChild.cloneNode(true);
      row.querySelector('[data-field="text"]').textContent = notice.text;
      var english = row.querySelector('[data-field="textEn"]');
      english.textContent = notice.textEn || '';
      english.hidden = !notice.textEn;
      rows.appendChild(row);
    });
    noticeList.replaceChildren(rows);
    notices.hidden = noticeList.children.length === 0;
  }

  // Tells the office that this screen is on, so /admin shows it online; a failure is simply retried next time.
  function heartbeat() {
    fetch(screen.getAttribute('data-heartbeat'), { method: 'POST', credentials: 'same-origin' }).catch(function () {});
  }

  function onCall(call) {
    // The state sent on connect may already hold this call.
    calls = calls.filter(function (known) {
      return !(known.ticket === call.ticket && known.counter === call.counter && sameTime(known.calledAt, call.calledAt));
    });
    calls.unshift(call);
    calls = calls.slice(0, MAX_CALLS);
    render();
    announce();
    say(call);
  }

  function onRecall(call) {
    // A recalled number is announced again on top; it keeps its first call's time.
    var first = calls.filter(function (known) {
      return known.ticket === call.ticket && known.counter === call.counter;
    })[0];
    calls = calls.filter(function (known) {
      return known !== first;
    });
    calls.unshift({ ticket: call.ticket, counter: call.counter, calledAt: first ? first.calledAt : call.calledAt,
      recalls: call.recalls, language: call.language });
    calls = calls.slice(0, MAX_CALLS);
    render();
    announce();
    say(call);
  }

  function onPing(ping) {
    var match = /([+-])(\d\d):(\d\d)$/.exec(ping.at);
    skewMs = Date.parse(ping.at) - Date.now();
    zoneMinutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    tick();
  }

  function pad(number) {
    return (number < 10 ? '0' : '') + number;
  }

  function tick() {
    var office = new Date(Date.now() + skewMs + zoneMinutes * 60000);
    clock.textContent = pad(office.getUTCHours()) + ':' + pad(office.getUTCMinutes());
  }

  // The touch that lets the browser speak; the current call is said again, so the hall hears it works.
  soundOn.addEventListener('click', function () {
    soundOn.hidden = true;
    if (calls.length > 0) {
      say(calls[0]);
    }
  });

  tick();
  setInterval(tick, 1000);
  heartbeat();
  setInterval(heartbeat, HEARTBEAT_MS);
  window.FoyerLive.follow(screen.getAttribute('data-stream'),
    { state: onState, call: onCall, recall: onRecall, ping: onPing, notices: onNotices },
    function (up) {
      connection.hidden = up;
      document.documentElement.setAttribute('data-connection', up ? 'up' : 'down');
    });
}());

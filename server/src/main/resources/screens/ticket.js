/*
 * The ticket page: every "state" from the stream fills the marked fields and shows the section
 * that fits (waiting, next, called …). The section sits in a live region, so a screen reader
 * reads the change; a phone that can vibrate does so when the number is called.
 */
(function () {
  'use strict';

  var ticket = document.getElementById('ticket');
  var connection = document.getElementById('connection');
  var firstTitle = document.title;

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

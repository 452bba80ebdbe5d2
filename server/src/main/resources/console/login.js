'use strict';
// Signs a clerk in; the answer sets the session cookie, the page then goes where the clerk wanted to go.
(function () {
  var form = document.getElementById('login-form');
  var button = form.querySelector('button[type="submit"]');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var username = document.getElementById('username').value.trim();
    var password = document.getElementById('password').value;
    if (!username || !password) {
      Foyer.say('login.missing', 'error');
      return;
    }
    button.disabled = true;
    Foyer.api('POST', '/api/v1/session', { username: username, password: password }).then(function () {
      window.location.href = document.getElementById('next').value || '/console';
    }, function (error) {
      button.disabled = false;
      document.getElementById('password').value = '';
      if (error.code === 'LOGIN_LOCKED') {
        var locked = Foyer.words('login.locked');
        var seconds = error.retryAfter || '?';
        Foyer.say([locked[0].replace('{s}', seconds), locked[1].replace('{s}', seconds)], 'error');
      } else if (error.code === 'WRONG_CREDENTIALS') {
        Foyer.say('login.wrong', 'error');
      } else {
        Foyer.sayError(error);
      }
      document.getElementById('password').focus();
    });
  });
})();

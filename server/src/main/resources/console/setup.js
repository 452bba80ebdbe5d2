'use strict';
// Makes the first office and its administrator with the one-time link, then goes to the sign-in.
(function () {
  var form = document.getElementById('setup-form');
  if (!form) { return; }
  var button = form.querySelector('button[type="submit"]');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var value = function (id) { return document.getElementById(id).value; };
    if (value('password') !== value('repeat')) {
      Foyer.say('setup.mismatch', 'error');
      document.getElementById('repeat').focus();
      return;
    }
    button.disabled = true;
    Foyer.api('POST', '/api/v1/setup', {
      token: value('token'), officeName: value('office').trim(), state: value('state'),
      username: value('username').trim(), password: value('password')
    }).then(function () {
      window.location.href = '/login?next=%2Fadmin';
    }, function (error) {
      button.disabled = false;
      Foyer.sayError(error);
    });
  });
})();

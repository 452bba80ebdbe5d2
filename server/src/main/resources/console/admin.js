'use strict';
// The settings page: each form is one API call; its fields become the JSON body.
(function () {
  var RELOAD_NOTE = 'foyer.settings.saved';

  function body(form) {
    var result = {};
    form.querySelectorAll('[name]').forEach(function (field) {
      var value;
      if (field.type === 'checkbox' && field.dataset.list) {
        result[field.name] = result[field.name] || [];
        if (field.checked) { result[field.name].push(field.dataset.type === 'number' ? Number(field.value) : field.value); }
        return;
      }
      if (field.type === 'checkbox') {
        value = field.checked;
      } else if (field.dataset.type === 'number') {
        value = field.value === '' ? null : Number(field.value);
      } else {
        value = field.value.trim();
        if (value === '' && field.dataset.optional) { value = null; }
      }
      var path = field.name.split('.');
      var target = result;
      for (var i = 0; i < path.length - 1; i++) {
        target[path[i]] = target[path[i]] || {};
        target = target[path[i]];
      }
      target[path[path.length - 1]] = value;
    });
    if (form.dataset.confirm === 'true') { result.confirm = true; }
    return result;
  }

  // A closure of a day with bookings: the server names their number; the second click cancels them.
  function askToConfirm(form, error) {
    var button = form.querySelector('button[type="submit"]');
    var said = Foyer.words('admin.closureHasBookings');
    var count = String(error.body.bookings);
    var german = said[0].replace('{n}', count);
    var english = said[1].replace('{n}', count);
    if (error.body.withoutEmail) {
      var phone = Foyer.words('admin.closureWithoutEmail');
      german += ' ' + phone[0].replace('{n}', error.body.withoutEmail);
      english += ' ' + phone[1].replace('{n}', error.body.withoutEmail);
    }
    form.dataset.confirm = 'true';
    form.dataset.bookings = count;
    button.dataset.label = button.dataset.label || button.innerHTML;
    Foyer.put(button, 'admin.closureConfirm');
    button.className = 'danger';
    tell(form, [german, english], 'error');
  }

  function resetConfirm(form) {
    if (form.dataset.confirm !== 'true') { return; }
    delete form.dataset.confirm;
    var button = form.querySelector('button[type="submit"]');
    button.innerHTML = button.dataset.label;
    button.className = '';
    tell(form, ['', ''], '');
  }

  // Removing or retiring is not undone with a click: the first click asks on the button itself
  // (the question is also said to screen readers), the second sends.
  function asksFirst(form) {
    if (!form.dataset.ask || form.dataset.asked === 'true') { return false; }
    form.dataset.asked = 'true';
    Foyer.put(form.querySelector('button[type="submit"]'), 'admin.really');
    tell(form, 'admin.askAgain', 'visually-hidden');
    return true;
  }

  // Hours that do not read: the answer names the weekday, whose field is marked and focused and
  // whose name the sentence says (2024-01-01 was a Monday).
  function pointAtDay(form, weekday) {
    var field = form.querySelector('[name="days.' + weekday + '"]');
    if (!field) { return false; }
    field.setAttribute('aria-invalid', 'true');
    field.focus();
    var day = new Date(Date.UTC(2024, 0, weekday));
    var said = Foyer.words('admin.hoursOfDay');
    tell(form, [said[0].replace('{day}', day.toLocaleDateString('de-DE', { weekday: 'long', timeZone: 'UTC' })),
      said[1].replace('{day}', day.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' }))], 'error');
    return true;
  }

  function tell(form, keyOrPair, kind) {
    var line = form.querySelector('.form-status');
    if (Array.isArray(keyOrPair)) { Foyer.put(line, null, keyOrPair[0], keyOrPair[1]); } else { Foyer.put(line, keyOrPair); }
    line.className = 'status form-status ' + kind;
  }

  function explain(error) {
    var known = Foyer.words('error.' + error.code);
    if (known[0] !== 'error.' + error.code) { return known; }
    var general = Foyer.words('error.general');
    return [general[0] + ' ' + (error.message || ''), general[1]];
  }

  document.querySelectorAll('form.api-form').forEach(function (form) {
    // Another day or reason is a new question: the count shown was for the old one.
    form.addEventListener('input', function (event) {
      resetConfirm(form);
      event.target.removeAttribute('aria-invalid');
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (asksFirst(form)) { return; }
      var method = form.dataset.method;
      var button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      var file = form.querySelector('input[type="file"]');
      if (file) { upload(form, file.files[0], button); return; }
      Foyer.api(method, form.dataset.action, method === 'DELETE' ? undefined : body(form)).then(function (answer) {
        button.disabled = false;
        if (answer.data && answer.data.token) {
          showToken(answer.data);
          tell(form, /\/token$/.test(form.dataset.action) ? 'admin.tokenReplaced' : 'admin.registered', 'ok');
          form.reset();
          return;
        }
        if (form.dataset.reload) {
          sessionStorage.setItem(RELOAD_NOTE, form.dataset.action);
          window.location.reload();
          return;
        }
        tell(form, 'admin.saved', 'ok');
      }, function (error) {
        button.disabled = false;
        if (error.status === 401) { Foyer.sayError(error); return; }
        if (error.code === 'CLOSURE_HAS_BOOKINGS') { askToConfirm(form, error); return; }
        if (error.code === 'INVALID_HOURS' && error.body.weekday && pointAtDay(form, error.body.weekday)) { return; }
        tell(form, explain(error), 'error');
      });
    });
  });

  // A table of services is sent as it is; the answer names what was taken and each refused line.
  function upload(form, chosen, button) {
    if (!chosen) { button.disabled = false; return; }
    chosen.text().then(function (text) {
      return Foyer.api('POST', form.dataset.action, text, /\.json$/i.test(chosen.name) ? 'application/json' : 'text/csv');
    }).then(function (answer) {
      button.disabled = false;
      var result = answer.data;
      var fill = function (text) {
        return text.replace('{imported}', result.imported).replace('{unchanged}', result.unchanged)
          .replace('{refused}', result.refused.length);
      };
      var said = Foyer.words('admin.imported');
      tell(form, [fill(said[0]), fill(said[1])], result.refused.length ? 'error' : 'ok');
      var list = document.getElementById('import-refused');
      list.textContent = '';
      result.refused.forEach(function (refusal) {
        var line = Foyer.words('admin.refusedLine');
        var reason = explain(refusal);
        var item = Foyer.make('li');
        Foyer.put(item, null, line[0].replace('{line}', refusal.line) + ' ' + reason[0],
          line[1].replace('{line}', refusal.line) + ' ' + reason[1]);
        list.appendChild(item);
      });
      list.hidden = result.refused.length === 0;
    }, function (error) {
      button.disabled = false;
      if (error.status === 401) { Foyer.sayError(error); return; }
      tell(form, explain(error), 'error');
    });
  }

  // A device's token is shown this once; it is not stored anywhere readable.
  function showToken(created) {
    var box = document.getElementById('device-token');
    box.hidden = false;
    box.textContent = '';
    box.appendChild(Foyer.put(Foyer.make('p'), 'admin.tokenOnce'));
    box.appendChild(Foyer.make('p', 'token-value', created.token));
    box.focus();
  }

  var saved = sessionStorage.getItem(RELOAD_NOTE);
  if (saved) {
    sessionStorage.removeItem(RELOAD_NOTE);
    var note = Foyer.make('p', 'status ok');
    note.setAttribute('role', 'status');
    Foyer.put(note, 'admin.saved');
    document.querySelector('main h1').after(note);
  }
})();

'use strict';
// The counter page: open a counter, call the next citizen, act on the ticket, and follow the office live.
(function () {
  var office = Foyer.data('office-data');
  var byId = function (id) { return document.getElementById(id); };
  var desk = null;
  var serviceNames = {};
  var counterNames = {};
  office.counters.forEach(function (counter) { counterNames[counter.id] = counter.name; });
  office.catalogue.forEach(function (category) {
    category.services.forEach(function (service) { serviceNames[service.id] = service.name; });
  });

  function counterPath(action) { return '/api/v1/counters/' + encodeURIComponent(desk.counter.id) + '/' + action; }
  function ticketPath(action) { return '/api/v1/tickets/' + encodeURIComponent(desk.current.id) + '/' + action; }

  function loadDesk() {
    return Foyer.api('GET', '/api/v1/console/desk').then(function (answer) {
      desk = answer.data;
      DeskView.desk(desk);
    }, Foyer.sayError);
  }

  // Several events in a row need one reload only.
  var reloadTimer = null;
  function reloadSoon() {
    if (reloadTimer) { return; }
    reloadTimer = setTimeout(function () { reloadTimer = null; loadDesk(); }, 150);
  }

  // Runs an action, says how it went, and brings the desk up to date.
  function act(method, path, body, success) {
    return Foyer.api(method, path, body).then(function (answer) {
      if (success) { success(answer); }
      return loadDesk();
    }, function (error) {
      Foyer.sayError(error);
      return loadDesk();
    });
  }

  function ticketSaid(key) {
    return function () { var pair = Foyer.words(key); Foyer.say([desk.current.number + ': ' + pair[0], pair[1]]); };
  }

  byId('open-counter').addEventListener('click', function () {
    var counter = byId('counter-select').value;
    if (!counter) { return; }
    act('POST', '/api/v1/counters/' + encodeURIComponent(counter) + '/open', undefined, function () {
      Foyer.say('said.opened');
    }).then(function () { byId('next').focus(); });
  });
  byId('pause').addEventListener('click', function () { act('POST', counterPath('pause'), undefined, function () { Foyer.say('said.paused'); }); });
  byId('resume').addEventListener('click', function () { act('POST', counterPath('open'), undefined, function () { Foyer.say('said.resumed'); }); });
  // A citizen still at the counter is not left behind: the clerk finishes them, or puts them back in line.
  byId('close-counter').addEventListener('click', function () {
    var closed = function () { Foyer.say('said.closed'); };
    Foyer.api('POST', counterPath('close')).then(function () { closed(); return loadDesk(); }, function (error) {
      if (error.code !== 'COUNTER_BUSY' || !desk.current) { Foyer.sayError(error); return loadDesk(); }
      var question = Foyer.words('ask.requeueAndClose');
      if (!window.confirm(desk.current.number + ': ' + question[0] + '\n' + question[1])) { Foyer.sayError(error); return loadDesk(); }
      return act('POST', counterPath('close') + '?requeue=true', undefined, closed);
    });
  });

  var calling = false;
  function callNext() {
    if (!desk || !desk.counter || calling) { return; }
    if (desk.counter.state === 'PAUSED') { Foyer.say('said.stillPaused', 'error'); return; }
    calling = true;
    withdrawRequeue();
    Foyer.api('POST', counterPath('next')).then(function (answer) {
      if (answer.status === 204) {
        Foyer.say('said.nobodyWaits');
      } else {
        var pair = Foyer.words('said.called');
        Foyer.say([answer.data.ticket.number + ' ' + pair[0], pair[1]]);
      }
      return loadDesk();
    }, Foyer.sayError).then(function () { calling = false; byId('next').focus(); });
  }
  byId('next').addEventListener('click', callNext);

  function afterTicketAction() { byId('next').focus(); }
  byId('recall').addEventListener('click', function () { act('POST', ticketPath('recall'), undefined, ticketSaid('said.recalled')); });
  byId('start').addEventListener('click', function () { act('POST', ticketPath('start'), undefined, ticketSaid('said.started')); });
  byId('done').addEventListener('click', function () { act('POST', ticketPath('done'), undefined, ticketSaid('said.done')).then(afterTicketAction); });
  byId('no-show').addEventListener('click', function () {
    var ticket = { id: desk.current.id, number: desk.current.number };
    act('POST', ticketPath('no-show'), undefined, function () {
      ticketSaid('said.noShow')();
      offerRequeue(ticket);
    }).then(afterTicketAction);
  });

  // A no-show who turns up a moment later: the clerk puts the number back in line (once) from here.
  var lastNoShow = null;
  function offerRequeue(ticket) {
    lastNoShow = ticket;
    var pair = Foyer.words('desk.requeueLast');
    Foyer.put(byId('requeue-last'), null, ticket.number + ': ' + pair[0], pair[1]);
    byId('requeue-last').hidden = false;
  }
  function withdrawRequeue() {
    lastNoShow = null;
    byId('requeue-last').hidden = true;
  }
  byId('requeue-last').addEventListener('click', function () {
    if (!lastNoShow) { return; }
    var ticket = lastNoShow;
    withdrawRequeue();
    act('POST', '/api/v1/tickets/' + encodeURIComponent(ticket.id) + '/requeue', undefined, function () {
      var pair = Foyer.words('said.requeued');
      Foyer.say([ticket.number + ': ' + pair[0], pair[1]]);
    });
  });

  // Transfer: to another service, or to one counter; the ticket keeps its place in line.
  office.catalogue.forEach(function (category) {
    var group = Foyer.make('optgroup');
    group.label = category.name;
    category.services.forEach(function (service) {
      var option = Foyer.make('option', null, service.name);
      option.value = service.id;
      group.appendChild(option);
    });
    byId('transfer-service').appendChild(group);
  });
  office.counters.forEach(function (counter) {
    var option = Foyer.make('option', null, 'Schalter ' + counter.name + ' / Counter ' + counter.name);
    option.value = counter.id;
    byId('transfer-counter').appendChild(option);
  });
  function showTransfer(open) {
    byId('transfer-form').hidden = !open;
    byId('transfer').setAttribute('aria-expanded', String(open));
    if (open && desk.current) { byId('transfer-service').value = desk.current.service; }
  }
  byId('transfer').addEventListener('click', function () { showTransfer(byId('transfer-form').hidden); });
  byId('transfer-cancel').addEventListener('click', function () { showTransfer(false); });
  document.querySelectorAll('input[name="target"]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      var toCounter = document.querySelector('input[name="target"]:checked').value === 'counter';
      byId('transfer-service-field').hidden = toCounter;
      byId('transfer-counter-field').hidden = !toCounter;
    });
  });
  byId('transfer-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var toCounter = document.querySelector('input[name="target"]:checked').value === 'counter';
    var body = toCounter ? { counter: byId('transfer-counter').value } : { service: byId('transfer-service').value };
    var number = desk.current.number;
    act('POST', ticketPath('transfer'), body, function () {
      var pair = Foyer.words('said.transferred');
      var target = toCounter ? 'Schalter ' + counterNames[body.counter] : serviceNames[body.service];
      Foyer.say([number + ' ' + pair[0] + ' ' + target, pair[1]]);
      showTransfer(false);
    }).then(afterTicketAction);
  });

  // "Next" from the keyboard: N anywhere outside a text field, Space where no button has the focus.
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || event.repeat) { return; }
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') { return; }
    // On the focused button itself, Space clicks it anyway.
    var space = event.key === ' ' && target === document.body;
    if (event.key === 'n' || event.key === 'N' || space) {
      event.preventDefault();
      callNext();
    }
  });

  // One service's line after its changes: who left, who changed, who joined and before whom; or the whole line.
  function applyLine(tickets, change) {
    if (change.tickets) { return change.tickets; }
    var left = {};
    change.left.forEach(function (id) { left[id] = true; });
    var changed = {};
    change.changed.forEach(function (ticket) { changed[ticket.id] = ticket; });
    var line = tickets.filter(function (ticket) { return !left[ticket.id]; })
      .map(function (ticket) { return changed[ticket.id] || ticket; });
    // From the end: each ticket stands before one that is already in place.
    for (var i = change.joined.length - 1; i >= 0; i--) {
      var joined = change.joined[i];
      line = line.filter(function (ticket) { return ticket.id !== joined.ticket.id; });
      var at = -1;
      line.forEach(function (ticket, index) { if (ticket.id === joined.before) { at = index; } });
      line.splice(at < 0 ? line.length : at, 0, joined.ticket);
    }
    return line;
  }

  // The services of the queue that changed, put into the view the console holds; a repeat does no harm.
  function applyChanges(view, changes) {
    var byService = {};
    view.services.forEach(function (service) { byService[service.service] = service; });
    changes.removed.forEach(function (id) { delete byService[id]; });
    changes.services.forEach(function (change) {
      var earlier = byService[change.service];
      byService[change.service] = {
        service: change.service, name: change.name, waiting: change.waiting, estimatedWaitMinutes: change.estimatedWaitMinutes,
        tickets: applyLine(earlier ? earlier.tickets : [], change)
      };
    });
    return {
      office: changes.office,
      at: changes.at,
      services: changes.order.map(function (id) { return byService[id]; }).filter(function (service) { return service; })
    };
  }

  // The office live: the full queue on each (re)connect, then what changed; any change may concern the desk.
  function follow() {
    var source = new EventSource(Foyer.inOffice('/api/v1/events'));
    var live = byId('live');
    var view = null;
    source.addEventListener('open', function () { Foyer.put(live, 'live.on'); live.className = 'hint'; loadDesk(); });
    source.addEventListener('state', function (event) { view = JSON.parse(event.data); DeskView.queue(view); });
    source.addEventListener('queue', function (event) {
      if (!view) { return; }
      view = applyChanges(view, JSON.parse(event.data));
      DeskView.queue(view);
    });
    source.addEventListener('ticket', reloadSoon);
    source.addEventListener('error', function () { Foyer.put(live, 'live.off'); live.className = 'hint warn'; });
  }

  loadDesk().then(follow);
})();

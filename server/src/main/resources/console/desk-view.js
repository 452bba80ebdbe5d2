'use strict';
// Draws the counter page from the desk's picture and the queue; no calls to the server here.
var DeskView = (function () {
  var byId = function (id) { return document.getElementById(id); };
  var office = Foyer.data('office-data');
  var desk = null;

  function stateKey(state) { return 'state.' + state; }

  function renderDesk(picture) {
    desk = picture;
    var mine = desk.counter;
    byId('choose-counter').hidden = !!mine;
    byId('my-counter').hidden = !mine;
    var paused = !!mine && mine.state === 'PAUSED';
    // A paused counter calls nobody (the server refuses too); the hint says how to go on.
    byId('next').disabled = !mine || paused;
    byId('paused-hint').hidden = !paused;
    byId('next-hint').hidden = paused;
    if (mine) {
      Foyer.put(byId('my-counter-name'), null, 'Schalter ' + mine.name, 'Counter ' + mine.name);
      Foyer.put(byId('my-counter-state'), stateKey(mine.state));
      byId('my-counter-state').className = 'badge ' + mine.state.toLowerCase();
      byId('pause').hidden = mine.state !== 'OPEN';
      byId('resume').hidden = mine.state !== 'PAUSED';
    } else {
      renderCounterChoice();
    }
    renderCurrent();
    renderCounters();
    renderAppointments(byId('next-appointments'), desk.nextAppointments, 'desk.noAppointments');
    renderAppointments(byId('late-arrivals'), desk.lateArrivals, 'desk.noLate');
  }

  function renderCounterChoice() {
    var select = byId('counter-select');
    var chosen = select.value;
    select.textContent = '';
    desk.counters.forEach(function (counter) {
      var taken = counter.state !== 'CLOSED';
      var option = Foyer.make('option', null, 'Schalter ' + counter.name + ' / Counter ' + counter.name
        + (taken ? ' – ' + (counter.clerk || '') : ''));
      option.value = counter.id;
      option.disabled = taken;
      select.appendChild(option);
    });
    if (chosen) { select.value = chosen; }
    if (!select.value || select.selectedOptions[0].disabled) {
      var free = desk.counters.filter(function (counter) { return counter.state === 'CLOSED'; })[0];
      if (free) { select.value = free.id; }
    }
  }

  function renderCurrent() {
    var ticket = desk.current;
    byId('nobody').hidden = !!ticket;
    byId('ticket').hidden = !ticket;
    if (!ticket) {
      byId('transfer-form').hidden = true;
      return;
    }
    byId('ticket-number').textContent = ticket.number;
    byId('ticket-who').textContent = ticket.booking && ticket.booking.name ? ticket.booking.name : '';
    byId('ticket-service').textContent = ticket.serviceName;
    Foyer.put(byId('ticket-kind'), 'kind.' + ticket.kind);
    var status = Foyer.put(byId('ticket-status'), 'status.' + ticket.status);
    if (ticket.recalls > 0) {
      status.appendChild(document.createTextNode(' · ' + ticket.recalls + '× '));
      status.appendChild(Foyer.put(Foyer.make('span'), 'desk.recalled'));
    }
    byId('ticket-persons').textContent = String(ticket.persons);
    var booking = ticket.booking;
    document.querySelectorAll('#ticket .booking').forEach(function (row) { row.hidden = !booking; });
    if (booking) {
      byId('booking-name').textContent = booking.name || '–';
      byId('booking-time').textContent = Foyer.time(booking.start, office.zone);
      byId('booking-code').textContent = Foyer.bookingCode(booking.code);
      byId('booking-contact').textContent = [booking.phone, booking.email].filter(Boolean).join(' · ') || '–';
    }
    var called = ticket.status === 'CALLED';
    byId('recall').disabled = !called;
    byId('start').disabled = !called;
    byId('no-show').disabled = !called;
    byId('done').disabled = false;
  }

  function renderCounters() {
    var body = byId('counters-table').tBodies[0];
    body.textContent = '';
    desk.counters.forEach(function (counter) {
      var row = Foyer.make('tr');
      row.dataset.counter = counter.id;
      row.appendChild(Foyer.make('td', null, counter.name));
      row.appendChild(Foyer.put(Foyer.make('td', 'state ' + counter.state.toLowerCase()), stateKey(counter.state)));
      row.appendChild(Foyer.make('td', null, counter.clerk || '–'));
      row.appendChild(Foyer.make('td', 'ticket-number', counter.ticketNumber || '–'));
      if (desk.counter && desk.counter.id === counter.id) { row.className = 'mine'; }
      body.appendChild(row);
    });
  }

  function renderAppointments(list, appointments, emptyKey) {
    list.textContent = '';
    if (!appointments.length) {
      list.appendChild(Foyer.put(Foyer.make('li', 'muted'), emptyKey));
      return;
    }
    appointments.forEach(function (appointment) {
      var item = Foyer.make('li');
      item.appendChild(Foyer.make('span', 'time', Foyer.time(appointment.start, office.zone)));
      item.appendChild(document.createTextNode(' ' + appointment.serviceName
        + (appointment.persons > 1 ? ' (' + appointment.persons + ')' : '') + ' '));
      var badge = Foyer.put(Foyer.make('span', 'badge small'), 'booking.' + appointment.status);
      if (appointment.ticketNumber) { badge.appendChild(document.createTextNode(' ' + appointment.ticketNumber)); }
      item.appendChild(badge);
      list.appendChild(item);
    });
  }

  function renderQueue(queue) {
    var body = byId('queue-table').tBodies[0];
    body.textContent = '';
    var total = 0;
    queue.services.forEach(function (service) {
      if (!service.waiting) { return; }
      total += service.waiting;
      var row = Foyer.make('tr');
      var name = Foyer.make('td', null, service.name);
      var numbers = service.tickets.slice(0, 4).map(function (ticket) { return ticket.number; }).join(' ');
      name.appendChild(Foyer.make('span', 'numbers', numbers + (service.tickets.length > 4 ? ' …' : '')));
      row.appendChild(name);
      row.appendChild(Foyer.make('td', 'num', String(service.waiting)));
      row.appendChild(Foyer.make('td', 'num', service.estimatedWaitMinutes + ' min'));
      body.appendChild(row);
    });
    byId('queue-table').hidden = total === 0;
    byId('queue-empty').hidden = total !== 0;
    byId('queue-total').textContent = total ? '(' + total + ')' : '';
  }

  return { desk: renderDesk, queue: renderQueue };
})();

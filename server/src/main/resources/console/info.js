'use strict';
// The info point: a ticket for a visitor, a booking looked up and checked in by hand, an appointment booked for a caller.
(function () {
  var office = Foyer.data('office-data');
  var byId = function (id) { return document.getElementById(id); };
  var base = '/api/v1/offices/' + encodeURIComponent(office.office);

  document.querySelectorAll('.service-select').forEach(function (select) {
    office.catalogue.forEach(function (category) {
      var group = Foyer.make('optgroup');
      group.label = category.name + ' / ' + category.nameEn;
      category.services.forEach(function (service) {
        var option = Foyer.make('option', null, service.name);
        option.value = service.id;
        group.appendChild(option);
      });
      select.appendChild(group);
    });
  });

  function persons(id) { return Math.max(1, Math.min(10, parseInt(byId(id).value, 10) || 1)); }

  byId('issue-form').addEventListener('submit', function (event) {
    event.preventDefault();
    Foyer.api('POST', base + '/tickets', { service: byId('issue-service').value, persons: persons('issue-persons') })
      .then(function (answer) {
        byId('issue-result').hidden = false;
        byId('issue-number').textContent = answer.data.ticket.number;
        var wait = Foyer.words('info.wait');
        Foyer.put(byId('issue-wait'), null, wait[0].replace('{m}', answer.data.estimatedWaitMinutes),
          wait[1].replace('{m}', answer.data.estimatedWaitMinutes));
        // No printer at the info point: the visitor scans the QR code of the ticket's page, or takes the printed slip.
        var ticketPath = '/console/tickets/' + encodeURIComponent(answer.data.ticket.id);
        // The image is made here: a page may not hold an image without an address before there is a ticket.
        var box = byId('issue-qr-box');
        var qr = Foyer.make('img');
        qr.id = 'issue-qr';
        qr.width = 180;
        qr.height = 180;
        qr.alt = box.dataset.alt;
        qr.src = ticketPath + '/qr.png';
        box.replaceChildren(qr);
        byId('issue-slip').href = ticketPath + '/slip';
        var said = Foyer.words('info.issued');
        Foyer.say([said[0] + ' ' + answer.data.ticket.number, said[1] + ' ' + answer.data.ticket.number]);
      }, Foyer.sayError);
  });

  function find() {
    var query = byId('find-query').value.trim();
    return Foyer.api('GET', '/api/v1/console/bookings?query=' + encodeURIComponent(query)).then(function (answer) {
      showFound(answer.data.bookings);
    }, Foyer.sayError);
  }

  function showFound(bookings) {
    var body = byId('find-table').tBodies[0];
    body.textContent = '';
    byId('find-table').hidden = !bookings.length;
    byId('find-empty').hidden = !!bookings.length;
    bookings.forEach(function (booking) {
      var row = Foyer.make('tr');
      row.dataset.code = booking.code;
      row.appendChild(Foyer.make('td', null, Foyer.date(booking.start, office.zone) + ' ' + Foyer.time(booking.start, office.zone)));
      var name = Foyer.make('td', null, booking.name || '–');
      name.appendChild(Foyer.make('span', 'numbers', Foyer.bookingCode(booking.code) + (booking.phone ? ' · ' + booking.phone : '')));
      row.appendChild(name);
      row.appendChild(Foyer.make('td', null, booking.serviceName + (booking.persons > 1 ? ' (' + booking.persons + ')' : '')));
      var status = Foyer.put(Foyer.make('td'), 'booking.' + booking.status);
      if (booking.ticketNumber) { status.appendChild(document.createTextNode(' ' + booking.ticketNumber)); }
      row.appendChild(status);
      var cell = Foyer.make('td');
      if (booking.status === 'BOOKED' || booking.status === 'NO_SHOW') {
        var button = Foyer.put(Foyer.make('button', 'check-in'), 'info.checkIn');
        button.type = 'button';
        button.addEventListener('click', function () { checkIn(booking.code); });
        cell.appendChild(button);
      }
      if (booking.status === 'BOOKED') {
        cell.appendChild(document.createTextNode(' '));
        cell.appendChild(cancelButton(booking.code));
      }
      row.appendChild(cell);
      body.appendChild(row);
    });
  }

  // Cancelling asks once more on the button itself: a slip of the finger must not cancel anybody's appointment.
  function cancelButton(code) {
    var button = Foyer.put(Foyer.make('button', 'cancel danger'), 'info.cancel');
    button.type = 'button';
    button.addEventListener('click', function () {
      if (button.dataset.sure !== 'true') {
        button.dataset.sure = 'true';
        Foyer.put(button, 'info.cancelSure');
        return;
      }
      button.disabled = true;
      Foyer.api('POST', base + '/bookings/' + encodeURIComponent(code) + '/cancel').then(function () {
        var said = Foyer.words('info.cancelled');
        Foyer.say([said[0] + ' ' + Foyer.bookingCode(code), said[1] + ' ' + Foyer.bookingCode(code)]);
        return find();
      }, function (error) { button.disabled = false; Foyer.sayError(error); });
    });
    return button;
  }

  // Today's no-shows: one who turns up after all goes back into the queue once.
  function loadNoShows() {
    return Foyer.api('GET', '/api/v1/console/no-shows').then(function (answer) {
      var list = byId('no-shows');
      list.textContent = '';
      byId('no-shows-empty').hidden = !!answer.data.tickets.length;
      answer.data.tickets.forEach(function (ticket) {
        var item = byId('no-show-item').content.firstElementChild.cloneNode(true);
        item.dataset.ticket = ticket.id;
        item.querySelector('.number').textContent = ticket.number;
        item.querySelector('.service').textContent = ticket.serviceName;
        var button = item.querySelector('button.requeue');
        button.hidden = ticket.requeued;
        item.querySelector('.done').hidden = !ticket.requeued;
        button.addEventListener('click', function () { requeue(ticket, button); });
        list.appendChild(item);
      });
    }, Foyer.sayError);
  }

  function requeue(ticket, button) {
    button.disabled = true;
    Foyer.api('POST', '/api/v1/tickets/' + encodeURIComponent(ticket.id) + '/requeue').then(function () {
      var said = Foyer.words('info.requeuedSaid');
      Foyer.say([said[0] + ' ' + ticket.number, said[1] + ' ' + ticket.number]);
      return loadNoShows();
    }, function (error) { button.disabled = false; Foyer.sayError(error); });
  }

  loadNoShows();
  setInterval(loadNoShows, 30000);

  function checkIn(code) {
    Foyer.api('POST', '/api/v1/console/bookings/' + encodeURIComponent(code) + '/check-in').then(function (answer) {
      var said = Foyer.words('info.checkedIn');
      Foyer.say([said[0] + ' ' + answer.data.ticket.number, said[1] + ' ' + answer.data.ticket.number]);
      return find();
    }, Foyer.sayError);
  }

  byId('find-form').addEventListener('submit', function (event) { event.preventDefault(); find(); });

  byId('book-date').value = office.today;
  byId('slots-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var query = '?service=' + encodeURIComponent(byId('book-service').value) + '&date=' + encodeURIComponent(byId('book-date').value)
      + '&persons=' + persons('book-persons');
    Foyer.api('GET', base + '/bookings/slots' + query).then(function (answer) {
      var select = byId('book-slot');
      select.textContent = '';
      answer.data.slots.forEach(function (slot) {
        var option = Foyer.make('option', null, Foyer.time(slot.start, office.zone) + ' – ' + Foyer.time(slot.end, office.zone));
        option.value = slot.start;
        select.appendChild(option);
      });
      byId('book-form').hidden = !answer.data.slots.length;
      Foyer.say(answer.data.slots.length ? 'info.chooseTime' : 'info.noTimes', answer.data.slots.length ? 'ok' : 'error');
    }, Foyer.sayError);
  });

  byId('book-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var body = {
      service: byId('book-service').value, persons: persons('book-persons'), start: byId('book-slot').value,
      name: byId('book-name').value.trim(), phone: byId('book-phone').value.trim() || null,
      email: byId('book-email').value.trim() || null, language: byId('book-language').value
    };
    Foyer.api('POST', base + '/bookings', body).then(function (answer) {
      byId('book-result').hidden = false;
      byId('book-code').textContent = Foyer.bookingCode(answer.data.code);
      byId('book-when').textContent = Foyer.date(answer.data.start, office.zone) + ' ' + Foyer.time(answer.data.start, office.zone);
      byId('book-form').hidden = true;
      byId('book-form').reset();
      Foyer.say('info.booked');
    }, Foyer.sayError);
  });
})();

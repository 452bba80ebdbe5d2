'use strict';
// The day's appointments: the list is the server's; the button only prints it (console.css has the print layout).
(function () {
  var print = document.getElementById('print');
  if (print) { print.addEventListener('click', function () { window.print(); }); }
})();

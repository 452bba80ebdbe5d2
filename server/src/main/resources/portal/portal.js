/*
 * What every portal page gets from script, and nothing it needs: a print button where printing
 * helps (without script the browser's own print command does the same), and the focus on the
 * error summary, so that a screen reader starts with what went wrong.
 */
(function () {
  'use strict';

  document.querySelectorAll('[data-print-item]').forEach(function (item) {
    item.hidden = false;
    item.querySelector('[data-print]').addEventListener('click', function () {
      window.print();
    });
  });

  var summary = document.querySelector('[data-focus]');
  if (summary) {
    summary.focus();
  }
})();

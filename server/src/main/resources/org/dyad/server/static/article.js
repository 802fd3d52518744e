// Article view: when the address names an event (#event-ID), outline its words in the text.
(function () {
  function focus() {
    document.querySelectorAll('.hl.focus, tr.event.focus').forEach(function (el) { el.classList.remove('focus'); });
    var m = /^#event-(.+)$/.exec(window.location.hash);
    if (!m) { return; }
    var id = decodeURIComponent(m[1]);
    document.querySelectorAll('#text .hl[data-events]').forEach(function (el) {
      if (el.getAttribute('data-events').split(' ').indexOf(id) >= 0) { el.classList.add('focus'); }
    });
  }
  document.querySelectorAll('tr.event[data-event]').forEach(function (row) {
    row.addEventListener('click', function () {
      window.location.hash = 'event-' + row.getAttribute('data-event');
    });
  });
  window.addEventListener('hashchange', focus);
  focus();
})();

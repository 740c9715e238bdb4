// The lazy single file (src/site/parts/single-file.ts): its events and articles are data (the
// JSON block #site-chunks, markup the build escaped), put on the page when a reader reaches
// them: a placeholder ([data-chunk]) scrolled near, a link to an event, month, article or passage
// it holds, or a filter or search that matches an event of it. A classic script, inline and
// allowed by its hash; it only inserts the build's own markup.
(function () {
  'use strict';

  var holder = document.getElementById('site-chunks');
  if (!holder) return;
  var data = null;
  function chunks() {
    // Parsed on first need, not with the page.
    if (data === null) data = JSON.parse(holder.textContent);
    return data;
  }

  var pending = {};
  Array.prototype.forEach.call(document.querySelectorAll('[data-chunk]'), function (el) {
    pending[el.getAttribute('data-chunk')] = el;
  });

  var observer = null;
  function render(key) {
    var el = pending[key];
    if (!el) return false;
    delete pending[key];
    if (observer) observer.unobserve(el);
    // A chunk above the viewport grows upwards: what the reader is looking at stays where it is.
    var bottom = el.getBoundingClientRect().bottom;
    var note = el.querySelector(':scope > .chunk-note');
    if (note) note.remove();
    el.insertAdjacentHTML('beforeend', chunks().chunks[key]);
    el.removeAttribute('data-chunk');
    if (bottom <= 0) window.scrollBy(0, el.getBoundingClientRect().bottom - bottom);
    return true;
  }


  // An id inside a chunk: an event or month by itself, a passage or note by its article's id (`site-doc-<id>/…`).
  function chunkOf(id) {
    var targets = chunks().targets;
    return targets[id] || targets[id.split('/')[0]] || null;
  }

  function reveal() {
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return;
    }
    if (id === '' || document.getElementById(id)) return;
    var key = chunkOf(id);
    if (key === null || !render(key)) return;
    var target = document.getElementById(id);
    if (!target) return;
    // At once (not smoothly), so no chunk above is shown first and pushes it away; navigating to the
    // same fragment again then makes it the :target.
    target.scrollIntoView({ behavior: 'instant' });
    location.replace(location.href);
  }

  // Near the viewport (a screen above or below it); one chunk at a time, as each pushes the next ones down.
  function near(el) {
    var rect = el.getBoundingClientRect();
    return rect.bottom > -window.innerHeight && rect.top < 2 * window.innerHeight;
  }
  if ('IntersectionObserver' in window) {
    observer = new IntersectionObserver(
      function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting && near(entry.target)) render(entry.target.getAttribute('data-chunk'));
        });
      },
      { rootMargin: '100% 0px' },
    );
    Object.keys(pending).forEach(function (key) {
      observer.observe(pending[key]);
    });
  } else {
    Object.keys(pending).forEach(render);
  }

  window.addEventListener('hashchange', reveal);
  reveal();
  // For the page script (timeline.js): every event's filter fields, and a way to show the period of one.
  window.TIMELINE_CHUNKS = {
    events: function () {
      return chunks().events;
    },
    show: function (id) {
      var key = chunkOf(id);
      if (key !== null) render(key);
    },
  };
})();

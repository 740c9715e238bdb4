// Filters and full-text search. A classic script (file:// allows no modules or fetch); without
// it every event is still listed. Corpus text is only ever set as textContent, never as markup.
//
// One script for three pages: a year page filters the events it lists (by their own text); the
// front page lists the events and passages of the whole search index that match; the single
// file does both (its events are all on the page, its search index is inline).
(function () {
  'use strict';

  var form = document.getElementById('site-filters');
  var status = document.getElementById('site-filter-status');
  if (!form || !status) return;
  var index = window.TIMELINE_SEARCH || null;
  // The front page loads the search index (megabytes for a large corpus) when a search starts, not with the page.
  var indexSrc = form.getAttribute('data-search-index');
  var indexState = index ? 'ready' : indexSrc ? 'not loaded' : 'none';
  var eventHits = document.getElementById('site-event-hits');
  var passageHits = document.getElementById('site-passage-hits');
  var MAX_HITS = 50;
  var MAX_PASSAGE_HITS = 20;

  // The same folding as foldForSearch() in src/site/search-index.ts.
  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  }

  var events = Array.prototype.slice.call(document.querySelectorAll('article.event'));
  var eventText = {};
  function useIndex(loaded) {
    index = loaded;
    indexState = 'ready';
    index.events.forEach(function (e) { eventText[e.id] = e.text; });
    index.passages.forEach(function (p) { p.text = fold(p.excerpt); });
  }
  if (index) useIndex(index);

  function loadIndex() {
    if (indexState !== 'not loaded') return;
    indexState = 'loading';
    var script = document.createElement('script');
    script.src = indexSrc;
    script.onload = function () {
      useIndex(window.TIMELINE_SEARCH);
      apply();
    };
    script.onerror = function () {
      indexState = 'failed';
      apply();
    };
    document.head.append(script);
  }
  function textOf(article) {
    // Without the index, an event is searched by what its card says; folded once, on first use.
    if (!(article.id in eventText)) eventText[article.id] = fold(article.textContent);
    return eventText[article.id];
  }

  function terms(query) {
    var folded = fold(query);
    return folded === '' ? [] : folded.split(' ');
  }

  function matchesAll(text, queryTerms) {
    return queryTerms.every(function (t) { return text.indexOf(t) !== -1; });
  }

  function value(name) {
    var field = form.elements[name];
    return field ? field.value : '';
  }

  function keeps(article, filters) {
    var d = article.dataset;
    if (filters.source && d.documents.split(' ').indexOf(filters.source) === -1) return false;
    if (filters.who === 'site-unattributed' && d.unattributed !== 'yes') return false;
    if (filters.who && filters.who !== 'site-unattributed' && JSON.parse(d.attributions).indexOf(filters.who) === -1) return false;
    if (filters.hedged && d.hedged !== filters.hedged) return false;
    if (filters.status === 'not-happened' && d.status === 'happened') return false;
    if (filters.status && filters.status !== 'not-happened' && d.status !== filters.status) return false;
    if (filters.year && d.year !== filters.year) return false;
    // Only a site built with --compare-to marks events (data-change="added" or "changed") and offers this filter.
    if (filters.changed === 'any' && !d.change) return false;
    if ((filters.changed === 'added' || filters.changed === 'changed') && d.change !== filters.changed) return false;
    return matchesAll(textOf(article), filters.terms);
  }

  function hideEmpty(selector, filtering) {
    document.querySelectorAll(selector).forEach(function (section) {
      // Events not yet shown (a placeholder of the lazy single file) hold no match: those that did were shown.
      var visible = section.querySelector('.event-item:not([data-filtered-out])') || (!filtering && section.querySelector('.group-chunk[data-chunk]'));
      section.toggleAttribute('data-filtered-out', !visible);
    });
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  // A list of hits is rebuilt only when the query changed: a rebuild under a pointer would swallow its click.
  function hitList(section, limit, render) {
    var shownKey = null;
    var shownCount = 0;
    return function (queryTerms, entries) {
      var key = queryTerms.join(' ');
      if (key === shownKey) return shownCount;
      shownKey = key;
      var list = section.querySelector('ol');
      list.textContent = '';
      var found = queryTerms.length === 0 ? [] : entries.filter(function (e) { return matchesAll(e.text, queryTerms); });
      found.slice(0, limit).forEach(function (entry) {
        var item = document.createElement('li');
        render(item, entry);
        list.append(item);
      });
      section.hidden = found.length === 0;
      shownCount = found.length;
      return shownCount;
    };
  }

  function link(href, text) {
    var a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  var showEventHits = eventHits && hitList(eventHits, MAX_HITS, function (item, e) {
    var date = document.createElement('span');
    date.className = 'hit-date';
    date.textContent = e.date + ': ';
    item.append(date, link(e.href, e.headline));
  });

  var showPassageHits = passageHits && hitList(passageHits, MAX_PASSAGE_HITS, function (item, p) {
    var excerpt = document.createElement('q');
    excerpt.className = 'source-statement';
    excerpt.textContent = p.excerpt.length > 240 ? p.excerpt.slice(0, 240) + '…' : p.excerpt;
    item.append(link(p.href, p.document), excerpt);
  });

  function apply() {
    var filters = { terms: terms(value('q')), source: value('source'), who: value('who'), hedged: value('hedged'), status: value('status'), year: value('year'), changed: value('changed') };
    var messages = [];
    var filtering = filters.terms.length > 0 || filters.source || filters.who || filters.hedged || filters.status || filters.year || filters.changed;
    // A lazy single file shows events as they are reached (render-chunks.js): a filter first shows the periods that hold a match, found from the data.
    var chunked = window.TIMELINE_CHUNKS;
    if (filtering && chunked) {
      chunked.events().forEach(function (e) { if (keeps(e, filters)) chunked.show(e.id); });
      events = Array.prototype.slice.call(document.querySelectorAll('article.event'));
    }
    var total = chunked ? chunked.events().length : events.length;
    if (total > 0) {
      var shown = 0;
      events.forEach(function (article) {
        var keep = keeps(article, filters);
        article.parentElement.toggleAttribute('data-filtered-out', !keep);
        if (keep) shown += 1;
      });
      hideEmpty('section.group', filtering);
      hideEmpty('section.period', filtering);
      document.querySelectorAll('.group-chunk[data-chunk]').forEach(function (placeholder) { placeholder.toggleAttribute('data-filtered-out', filtering); });
      if (filtering) messages.push(shown === 0 ? 'No events match.' : shown + ' of ' + plural(total, 'event', 'events') + ' shown.');
    }
    if (filters.terms.length > 0 && indexState === 'not loaded') loadIndex();
    if (indexState === 'loading' || indexState === 'failed') {
      if (filters.terms.length > 0) messages.push(indexState === 'loading' ? 'Loading the search index…' : 'The search index could not be loaded.');
      status.textContent = messages.join(' ');
      return;
    }
    if (showEventHits && index) {
      var eventCount = showEventHits(filters.terms, index.events);
      if (filters.terms.length > 0) {
        messages.push(
          eventCount === 0 ? 'No events match.' : plural(eventCount, 'event matches', 'events match') + (eventCount > MAX_HITS ? '; the first ' + MAX_HITS + ' are listed.' : '.'),
        );
      }
    }
    if (showPassageHits && index) {
      var passageCount = showPassageHits(filters.terms, index.passages);
      if (filters.terms.length > 0) messages.push(plural(passageCount, 'passage matches', 'passages match') + ' the search.');
    }
    status.textContent = messages.join(' ');
  }

  form.hidden = false;
  // Focusing the search field starts the load, so the index is usually there by the first keystroke.
  form.addEventListener('focusin', loadIndex);
  form.addEventListener('input', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', function () {
    setTimeout(apply, 0);
  });
})();

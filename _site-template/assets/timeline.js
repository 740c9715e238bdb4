// Filters and full-text search for the timeline page. A classic script (file:// allows no
// modules or fetch); without it every event is still listed. Corpus text is only ever set
// as textContent, never as markup.
(function () {
  'use strict';

  var form = document.getElementById('site-filters');
  var status = document.getElementById('site-filter-status');
  var hits = document.getElementById('site-passage-hits');
  var index = window.TIMELINE_SEARCH;
  if (!form || !status || !hits || !index) return;

  var eventText = {};
  index.events.forEach(function (e) { eventText[e.id] = e.text; });
  var events = Array.prototype.slice.call(document.querySelectorAll('article.event'));
  var MAX_PASSAGE_HITS = 20;

  // The same folding as foldForSearch() in src/site/search-index.ts.
  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  }

  function terms(query) {
    var folded = fold(query);
    return folded === '' ? [] : folded.split(' ');
  }

  function matchesAll(text, queryTerms) {
    return queryTerms.every(function (t) { return text.indexOf(t) !== -1; });
  }

  function keeps(article, filters) {
    var d = article.dataset;
    if (filters.source && d.documents.split(' ').indexOf(filters.source) === -1) return false;
    if (filters.who === 'site-unattributed' && d.unattributed !== 'yes') return false;
    if (filters.who && filters.who !== 'site-unattributed' && JSON.parse(d.attributions).indexOf(filters.who) === -1) return false;
    if (filters.hedged && d.hedged !== filters.hedged) return false;
    if (filters.year && d.year !== filters.year) return false;
    return matchesAll(eventText[article.id] || '', filters.terms);
  }

  function hideEmpty(selector) {
    document.querySelectorAll(selector).forEach(function (section) {
      var visible = section.querySelector('.event-item:not([data-filtered-out])');
      section.toggleAttribute('data-filtered-out', !visible);
    });
  }

  var shownQuery = null;
  var shownCount = 0;

  function showPassageHits(queryTerms) {
    // Rebuilt only when the query changed: a rebuild under a pointer would swallow its click.
    var key = queryTerms.join(' ');
    if (key === shownQuery) return shownCount;
    shownQuery = key;
    var list = hits.querySelector('ol');
    list.textContent = '';
    if (queryTerms.length === 0) {
      hits.hidden = true;
      shownCount = 0;
      return 0;
    }
    var found = index.passages.filter(function (p) { return matchesAll(p.text, queryTerms); });
    found.slice(0, MAX_PASSAGE_HITS).forEach(function (p) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = p.href;
      link.textContent = p.document;
      var excerpt = document.createElement('q');
      excerpt.className = 'source-statement';
      excerpt.textContent = p.excerpt.length > 240 ? p.excerpt.slice(0, 240) + '…' : p.excerpt;
      item.append(link, excerpt);
      list.append(item);
    });
    hits.hidden = found.length === 0;
    shownCount = found.length;
    return shownCount;
  }

  function apply() {
    var filters = {
      terms: terms(form.elements.q.value),
      source: form.elements.source.value,
      who: form.elements.who.value,
      hedged: form.elements.hedged.value,
      year: form.elements.year.value,
    };
    var shown = 0;
    events.forEach(function (article) {
      var keep = keeps(article, filters);
      article.parentElement.toggleAttribute('data-filtered-out', !keep);
      if (keep) shown += 1;
    });
    hideEmpty('section.group');
    hideEmpty('section.period');
    var passageCount = showPassageHits(filters.terms);
    var filtering = filters.terms.length > 0 || filters.source || filters.who || filters.hedged || filters.year;
    status.textContent = !filtering
      ? ''
      : (shown === 0 ? 'No events match.' : shown + ' of ' + events.length + (events.length === 1 ? ' event' : ' events') + ' shown.') +
        (filters.terms.length > 0 ? ' ' + passageCount + (passageCount === 1 ? ' passage matches' : ' passages match') + ' the search.' : '');
  }

  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', function () {
    setTimeout(apply, 0);
  });
})();

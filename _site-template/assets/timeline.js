// Filters and full-text search. A classic script (file:// allows no modules or fetch); without
// it every event is still listed. Corpus text is only ever set as textContent, never as markup.
//
// One script for three pages: a year page filters the events it lists (by their own text); the
// front page lists the events and passages of the whole search index that match, best first;
// the single file does both (its events are all on the page, its search index is inline). The
// search engine is MiniSearch (assets/minisearch.js, loaded before this script).
(function () {
  'use strict';

  var form = document.getElementById('site-filters');
  var status = document.getElementById('site-filter-status');
  // Without the engine the filters stay hidden and every event stays listed.
  if (!form || !status || !window.MiniSearch) return;
  var given = window.TIMELINE_SEARCH || null;
  // The front page loads the search index (megabytes for a large corpus) when a search starts, not with the page.
  var indexSrc = form.getAttribute('data-search-index');
  var indexState = given ? 'ready' : indexSrc ? 'not loaded' : 'none';
  var eventHits = document.getElementById('site-event-hits');
  var passageHits = document.getElementById('site-passage-hits');
  var MAX_HITS = 50;
  var MAX_PASSAGE_HITS = 20;

  // The same folding as foldForSearch() in src/site/search-index.ts, and the same index options
  // (EVENT_INDEX_OPTIONS, PASSAGE_INDEX_OPTIONS, SEARCH_OPTIONS there): a prebuilt index is read
  // with the options it was written with.
  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  }
  function processTerm(term) {
    return fold(term) || null;
  }
  function tokenize(text) {
    return text.split(/[\p{Z}\p{P}\p{S}\n\r]+/u).filter(Boolean);
  }
  // An event's link is not stored in its shard's index: each events shard comes with its links, by event id.
  var EVENT_OPTIONS = { fields: ['headline', 'text'], storeFields: ['date', 'headline'], tokenize: tokenize, processTerm: processTerm };
  var PASSAGE_OPTIONS = { fields: ['excerpt', 'document'], storeFields: ['href', 'document', 'excerpt'], tokenize: tokenize, processTerm: processTerm };
  var SEARCH = { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { headline: 2 } };
  var engine = window.MiniSearch;

  // The front page's cards (key events, plans) are a selection, not a list to filter: its search lists hits from the index.
  var events = indexSrc ? [] : Array.prototype.slice.call(document.querySelectorAll('article.event'));
  // The index comes in shards (src/site/search-index.ts): the events' shards in order once
  // assets/search-index.js says where they are, then the passages' shards. Each shard is searched
  // as it arrives, so hits show after the first one. A shard is { n, index, links, query, results }:
  // its place in the list, its engine, its events' links by id (null for a passages' shard, whose
  // index stores them), and its results for the last query it was asked.
  var eventShards = [];
  var passageShards = [];
  var expected = { events: 0, passages: 0 };
  var failedShards = 0;
  function addShard(list, n, index, links) {
    var at = 0;
    while (at < list.length && list[at].n < n) at += 1;
    list.splice(at, 0, { n: n, index: index, links: links, query: null, results: [] });
  }
  function useIndex(loaded) {
    indexState = 'ready';
    if (loaded.events) {
      expected = { events: loaded.events.length, passages: loaded.passages.length };
      loaded.events.forEach(function (shard, n) { addShard(eventShards, n, engine.loadJS(shard, EVENT_OPTIONS), loaded.eventLinks[n]); });
      loaded.passages.forEach(function (shard, n) { addShard(passageShards, n, engine.loadJS(shard, PASSAGE_OPTIONS), null); });
      return;
    }
    expected = { events: loaded.eventShards.length, passages: loaded.passageShards.length };
    // The passages' shards come after the events' (the first hits a reader looks at).
    loadShards({ paths: loaded.eventShards, name: 'TIMELINE_SEARCH_EVENTS', links: loaded.eventLinks }, EVENT_OPTIONS, eventShards, 'events', function () {
      loadShards({ paths: loaded.passageShards, name: 'TIMELINE_SEARCH_PASSAGES', links: null }, PASSAGE_OPTIONS, passageShards, 'passages');
    });
  }
  if (given) useIndex(given);

  function loadScript(src, onload, onerror) {
    var script = document.createElement('script');
    script.src = src;
    script.onload = onload;
    script.onerror = onerror;
    document.head.append(script);
  }
  // Shards load one after the other, the next one asked for as one arrives (so it is read from
  // disk and compiled while this one is put in the engine): in parallel, the browser would run
  // many shard scripts before the first one's load event, and the first hits would wait for them.
  // Each shard script sets window[name][n]; it is read into the engine, dropped from window and
  // searched at once. An events shard's links script (window.TIMELINE_SEARCH_EVENT_LINKS[n]) is
  // loaded just before it; a shard without its links is a shard that failed.
  var LINKS = 'TIMELINE_SEARCH_EVENT_LINKS';
  function loadShards(shards, options, list, kind, done) {
    var paths = shards.paths;
    var name = shards.name;
    var next = 0;
    function loadNext() {
      if (next === paths.length) {
        if (done) done();
        return;
      }
      var n = next;
      next += 1;
      function failed() {
        if (window[LINKS]) delete window[LINKS][n];
        expected[kind] -= 1;
        failedShards += 1;
        loadNext();
        refreshHits();
      }
      function loadIndexScript() {
        loadScript(paths[n], function () {
          loadNext();
          var links = null;
          if (shards.links) {
            links = window[LINKS][n];
            delete window[LINKS][n];
          }
          addShard(list, n, engine.loadJS(window[name][n], options), links);
          delete window[name][n];
          refreshHits();
        }, failed);
      }
      if (shards.links) loadScript(shards.links[n], loadIndexScript, failed);
      else loadIndexScript();
    }
    loadNext();
  }
  function loadIndex() {
    if (indexState !== 'not loaded') return;
    indexState = 'loading';
    loadScript(indexSrc, function () {
      useIndex(window.TIMELINE_SEARCH);
      apply();
    }, function () {
      indexState = 'failed';
      apply();
    });
  }

  // The results of the shards loaded so far, best first: each shard asked once per query, its
  // results (BM25, the headline weighted double) merged by score; equal scores in shard order
  // then in the engine's order (a stable sort), so one shard lists exactly as one index would;
  // passages, numbered across their shards, by number.
  function byPassage(a, b) {
    return a.id - b.id;
  }
  function shardResults(list, query, tie) {
    var all = [];
    list.forEach(function (shard) {
      if (shard.query !== query) {
        shard.results = shard.index.search(query, SEARCH);
        if (shard.links) shard.results.forEach(function (r) { r.href = shard.links[r.id]; });
        shard.query = query;
      }
      all = all.concat(shard.results);
    });
    return all.sort(function (a, b) { return b.score - a.score || (tie ? tie(a, b) : 0); });
  }

  // Without the index, a page searches the cards it lists, by what they say, with the same engine: built on first use.
  var cardIndex = null;
  function cardMatches(query) {
    if (eventShards.length > 0) return idSet(shardResults(eventShards, query));
    if (!cardIndex) {
      cardIndex = new engine({ fields: ['text'], tokenize: tokenize, processTerm: processTerm });
      cardIndex.addAll(events.map(function (article) { return { id: article.id, text: cardText(article) }; }));
    }
    return idSet(cardIndex.search(query, SEARCH));
  }
  // What a card says, less its Cite disclosure: "article" or "online" would match every card through its BibTeX and CSL-JSON.
  function cardText(article) {
    return Array.prototype.map.call(article.querySelectorAll(':scope > :not(.event-cite)'), function (el) { return el.textContent; }).join(' ');
  }
  function idSet(results) {
    var set = {};
    results.forEach(function (r) { set[r.id] = true; });
    return set;
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
    return filters.matches === null || filters.matches[article.id] === true;
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

  // A list of hits is rebuilt only when its results changed: a rebuild under a pointer would swallow its click.
  function hitList(section, limit, render) {
    var shownKey = null;
    return function (found) {
      var key = found.map(function (r) { return r.href; }).join('\n');
      if (key === shownKey) return;
      shownKey = key;
      var list = section.querySelector('ol');
      list.textContent = '';
      found.slice(0, limit).forEach(function (entry) {
        var item = document.createElement('li');
        render(item, entry);
        list.append(item);
      });
      section.hidden = found.length === 0;
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

  // Parts of the index still to come, said after the last list of hits while there are any.
  function stillLoading() {
    var pending = expected.events - eventShards.length + expected.passages - passageShards.length;
    return pending > 0 ? ' (still loading ' + plural(pending, 'part', 'parts') + ' of the index)' : '';
  }

  function hitMessages(query) {
    if (query === '' || (!indexSrc && !given)) {
      if (showEventHits) showEventHits([]);
      if (showPassageHits) showPassageHits([]);
      return [];
    }
    // Until one events' shard is in, there is nothing to list yet.
    if (eventShards.length === 0) {
      if (indexState === 'failed' || (indexState === 'ready' && expected.events === 0 && failedShards > 0)) return ['The search index could not be loaded.'];
      return indexState === 'ready' && expected.events === 0 ? [] : ['Loading the search index…'];
    }
    var messages = [];
    var pendingEvents = expected.events - eventShards.length;
    var more = stillLoading();
    if (showEventHits) {
      var found = shardResults(eventShards, query);
      showEventHits(found);
      var soFar = pendingEvents > 0 ? ' so far' : '';
      messages.push(
        (found.length === 0 ? 'No events match' + soFar : plural(found.length, 'event matches', 'events match') + soFar + (found.length > MAX_HITS ? '; the best ' + MAX_HITS + ' are listed' : '')) +
          (showPassageHits ? '' : more) + '.',
      );
    }
    if (showPassageHits) {
      var passages = shardResults(passageShards, query, byPassage);
      showPassageHits(passages);
      messages.push(plural(passages.length, 'passage matches', 'passages match') + ' the search' + (more ? ' so far' + more : '') + '.');
    }
    return messages;
  }

  var lastEventMessages = [];
  function refreshHits() {
    var query = fold(value('q'));
    status.textContent = lastEventMessages.concat(hitMessages(query)).join(' ');
  }

  function applyFilters() {
    var query = fold(value('q'));
    var filters = { matches: null, source: value('source'), who: value('who'), hedged: value('hedged'), status: value('status'), year: value('year'), changed: value('changed') };
    var messages = [];
    var filtering = query !== '' || filters.source || filters.who || filters.hedged || filters.status || filters.year || filters.changed;
    // (The front page lists no events to filter: its hits come from the index, below.)
    if (query !== '' && (events.length > 0 || window.TIMELINE_CHUNKS)) filters.matches = cardMatches(query);
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
    lastEventMessages = messages;
    if (query !== '' && indexState === 'not loaded') loadIndex();
    status.textContent = messages.concat(hitMessages(query)).join(' ');
  }

  // The state of the filters and the search is kept in the page's query (?q=…&source=…), so a
  // filtered view can be shared or bookmarked and reopens as it was. replaceState: a keystroke is no step of history.
  var FIELDS = ['q', 'source', 'who', 'status', 'hedged', 'changed', 'year'];
  function writeState() {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      var v = value(name);
      if (v) params.set(name, v);
    });
    var query = params.toString();
    var url = location.pathname + (query ? '?' + query : '') + location.hash;
    if (url !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', url);
  }
  // A select of many choices keeps them as data (data-options, src/site/parts/timeline-parts.ts) until it is first used.
  function fillOptions(field) {
    var list = field && field.getAttribute && field.getAttribute('data-options');
    if (!list) return;
    field.removeAttribute('data-options');
    var extra = Array.prototype.slice.call(field.options, 1);
    JSON.parse(list).forEach(function (pair) {
      var option = document.createElement('option');
      option.value = pair[0];
      option.textContent = pair[1];
      field.insertBefore(option, extra[0] || null);
    });
  }
  Array.prototype.forEach.call(form.querySelectorAll('select[data-options]'), function (field) {
    var fill = function () { fillOptions(field); };
    ['focus', 'pointerdown', 'keydown'].forEach(function (type) { field.addEventListener(type, fill); });
  });
  function readState() {
    var params = new URLSearchParams(location.search);
    var found = false;
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      if (!field || !params.has(name)) return;
      fillOptions(field);
      field.value = params.get(name);
      // A choice the page does not offer (another year's article) leaves the field as it was.
      if (field.value !== params.get(name)) field.value = '';
      found = found || field.value !== '';
    });
    return found;
  }
  function apply() {
    applyFilters();
    writeState();
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
  if (readState()) apply();
})();

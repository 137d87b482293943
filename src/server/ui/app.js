// The dossier web UI: plain DOM, no framework, no build step. Every piece of text from the store
// goes into the page through textContent (el() below), never as markup, so nothing an article
// carries can run; the server's Content-Security-Policy forbids inline script besides.
'use strict';

const main = document.getElementById('main');
const TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'MISC'];

// el('a', {href: '#/x', class: 'y', onclick: f}, child...): children are nodes or text.
function el(tag, attrs, ...children) {
  const e = document.createElementNS(tag === 'svg' || SVG_TAGS.has(tag) ? 'http://www.w3.org/2000/svg' : 'http://www.w3.org/1999/xhtml', tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.setAttribute('class', v);
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}
const SVG_TAGS = new Set(['g', 'circle', 'line', 'text', 'rect', 'path', 'title']);

// An in-app link: ids are always URI-encoded into the fragment, so no data can form a scheme.
function link(route, text, attrs) { return el('a', Object.assign({href: '#/' + route}, attrs || {}), text); }
function entityLink(e) { return e && e.id ? link('entity/' + encodeURIComponent(e.id), e.name, {class: 'entity-link'}) : (e && e.name) || ''; }
function passageLink(p, text) {
  return link('article/' + encodeURIComponent(p.doc) + '?start=' + p.start + '&end=' + p.end, text || 'open passage', {class: 'passage-link'});
}
function articleMeta(a) { return [a.source, a.date, a.title].filter(Boolean).join(' · '); }

function show(...nodes) {
  main.replaceChildren(...nodes.flat(Infinity).filter((n) => n !== null && n !== undefined && n !== false));
  window.scrollTo(0, 0);
}
function notice(text, error) {
  const n = document.getElementById('notice');
  n.textContent = text;
  n.className = error ? 'error' : '';
  n.hidden = false;
  clearTimeout(notice.timer);
  notice.timer = setTimeout(() => { n.hidden = true; }, 6000);
}

async function api(path) {
  const res = await fetch('/api/' + path, {headers: {Accept: 'application/json'}});
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function token() {
  const fromPage = document.querySelector('meta[name="dossier-token"]').getAttribute('content');
  if (fromPage && fromPage !== '{{TOKEN}}') return fromPage;
  let t = sessionStorage.getItem('dossier-token');
  if (!t) {
    t = window.prompt('This server needs its token for corrections:') || '';
    if (t) sessionStorage.setItem('dossier-token', t);
  }
  return t;
}

// Records a correction, then shows the page again from the store.
async function correct(action, args, why) {
  try {
    const res = await fetch('/api/corrections', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'X-Dossier-Token': token()},
      body: JSON.stringify({action, arguments: args, why: why || ''}),
    });
    const body = await res.json();
    if (!res.ok) throw new Error(body.error || res.statusText);
    notice('Correction ' + body.number + ' recorded: ' + action + ' ' + args.join(' '));
    await route();
  } catch (err) {
    notice('Correction refused: ' + err.message, true);
  }
}

function section(title, ...content) { return [el('h2', {}, title), ...content]; }
function empty(list, text) { return list.length ? null : el('p', {class: 'muted'}, text || 'None.'); }

function quoteCard(q, withSpeaker) {
  return el('div', {class: 'card quote', 'data-id': q.id},
    el('div', {class: 'meta'}, el('span', {class: 'badge'}, q.kind), q.id + ' · ',
      withSpeaker ? [q.speaker ? entityLink(q.speaker) : (q.speaker_text || 'unknown speaker'), ' · '] : null,
      articleMeta(q.article)),
    el('div', {class: 'snippet'}, q.passage.text),
    el('div', {}, passageLink(q.passage), ' ',
      el('button', {class: 'plain reject', onclick: () => correct('reject', [q.id], 'not a quote')}, 'Reject quote')));
}

function eventCard(ev) {
  const code = el('input', {size: 4, value: ev.code, 'aria-label': 'CAMEO code'});
  return el('div', {class: 'card event', 'data-id': ev.id},
    el('div', {class: 'meta'}, el('span', {class: 'badge'}, ev.code), ev.id + ' · ' + (ev.date || 'undated') + ' · ', articleMeta(ev.article)),
    el('div', {}, el('strong', {}, ev.label), ' — ', entityLink(ev.source), ' → ', entityLink(ev.target)),
    el('div', {class: 'snippet'}, ev.passage.text),
    el('div', {}, passageLink(ev.passage), ' ', code,
      el('button', {class: 'plain', onclick: () => correct('relabel', [ev.id, code.value.trim()], '')}, 'Relabel')));
}

// --- search ---------------------------------------------------------------------------------
const FILTERS = ['entity', 'source', 'story', 'from', 'to', 'quote_kind', 'event_code'];

function searchHref(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  return 'search?' + p.toString();
}

async function searchView(params) {
  document.getElementById('q').value = params.q || '';
  document.getElementById('type').value = params.type || '';
  if (!params.q) return homeView();
  const query = new URLSearchParams();
  for (const k of ['q', 'type', ...FILTERS]) if (params[k]) query.set(k, params[k]);
  query.set('limit', '20');
  const res = await api('search?' + query.toString());
  const hits = el('div', {id: 'hits'});
  const more = el('button', {class: 'plain', id: 'more'}, 'More');
  const addHits = (r) => {
    for (const h of r.items) hits.append(hitCard(h));
    more.hidden = !r.next;
    more.onclick = async () => {
      query.set('cursor', r.next);
      addHits(await api('search?' + query.toString()));
    };
  };
  addHits(res);
  const chips = el('div', {class: 'chips'});
  for (const k of ['type', ...FILTERS]) {
    if (!params[k]) continue;
    const rest = Object.assign({}, params, {[k]: ''});
    chips.append(link(searchHref(rest), k + ': ' + params[k] + ' ✕', {class: 'chip', 'data-filter': k}));
  }
  show(el('div', {class: 'layout'},
    el('aside', {class: 'facets', id: 'facets'}, facetsOf(res.facets, params)),
    el('section', {},
      el('p', {class: 'muted', id: 'hit-count'}, res.total + ' hits' + (res.truncated ? ' (best ' + res.total + ' shown)' : '')),
      chips, hits, more)));
}

function facetsOf(f, params) {
  const out = [];
  const group = (title, key, values, labelOf) => {
    if (!values || !values.length) return;
    out.push(el('h3', {}, title));
    for (const v of values) {
      const next = Object.assign({}, params, {[key]: v.value});
      out.push(el('a', {class: 'facet', href: '#/' + searchHref(next), 'data-facet': key, 'data-value': v.value},
        el('span', {}, labelOf ? labelOf(v) : v.value), el('span', {class: 'n'}, v.count)));
    }
  };
  group('Type', 'type', f.type);
  group('Entity', 'entity', f.entity, (v) => v.label || v.value);
  group('Source', 'source', f.source);
  group('Story', 'story', f.story, (v) => v.label || v.value);
  group('Quote kind', 'quote_kind', f.quote_kind);
  group('Event', 'event_code', f.event_code, (v) => v.value + ' ' + (v.label || ''));
  if (f.date && f.date.from) {
    out.push(el('h3', {}, 'Date'));
    const from = el('input', {type: 'date', value: params.from || f.date.from, 'aria-label': 'from'});
    const to = el('input', {type: 'date', value: params.to || f.date.to, 'aria-label': 'to'});
    out.push(el('div', {}, from, ' ', to, ' ', el('button', {class: 'plain', onclick: () => {
      location.hash = '#/' + searchHref(Object.assign({}, params, {from: from.value, to: to.value}));
    }}, 'Apply')));
    for (const m of f.date.months) {
      const last = new Date(Date.UTC(+m.value.slice(0, 4), +m.value.slice(5, 7), 0)).toISOString().slice(0, 10);
      out.push(el('a', {class: 'facet', href: '#/' + searchHref(Object.assign({}, params, {from: m.value + '-01', to: last}))},
        el('span', {}, m.value), el('span', {class: 'n'}, m.count)));
    }
  }
  return out;
}

function hitCard(h) {
  const snippet = el('div', {class: 'snippet'});
  for (const s of h.snippet) snippet.append(s.match ? el('mark', {}, s.text) : document.createTextNode(s.text));
  let title;
  if (h.kind === 'entity') title = [entityLink(h.entity), ' ', el('span', {class: 'meta'}, h.entity.type)];
  else if (h.kind === 'quote') title = [h.quote.speaker ? entityLink(h.quote.speaker) : (h.quote.speaker_text || 'unknown speaker'), ' said (' + h.quote.kind + ')'];
  else if (h.kind === 'event') title = [el('strong', {}, h.event.label), ' ', el('span', {class: 'meta'}, h.event.code)];
  else title = [link('article/' + encodeURIComponent(h.article.id), h.article.title || h.article.id)];
  return el('div', {class: 'hit', 'data-kind': h.kind},
    el('div', {}, el('span', {class: 'kind'}, h.kind), title),
    snippet,
    h.article ? el('div', {class: 'meta'}, articleMeta(h.article), ' · ', passageLink(h.passage, 'passage')) : null);
}

async function homeView() {
  const s = await api('status');
  const [ents, stories] = await Promise.all([api('entities?limit=15'), api('stories?limit=15')]);
  show(el('h1', {}, 'This dossier'),
    el('p', {class: 'muted'}, `${s.articles} articles · ${s.entities} entities · ${s.stories} stories · ${s.quotes} quotes · ${s.events} events · ${s.conflicts} disagreements`),
    el('div', {class: 'columns'},
      el('div', {}, section('Most mentioned', el('ul', {}, ents.items.map((e) => el('li', {}, entityLink(e), ' ', el('span', {class: 'meta'}, e.type + ' · ' + e.articles + ' articles')))))),
      el('div', {}, section('Stories', el('ul', {}, stories.items.map((st) => el('li', {}, link('story/' + encodeURIComponent(st.id), st.label || st.id), ' ', el('span', {class: 'meta'}, st.articles + ' articles'))))))));
}

// --- entities ---------------------------------------------------------------------------------
async function entitiesView(params) {
  const query = new URLSearchParams({limit: '100'});
  if (params.type) query.set('type', params.type);
  const res = await api('entities?' + query.toString());
  show(el('h1', {}, 'Entities'),
    el('div', {class: 'toolbar'}, ['', ...TYPES].map((t) => link('entities' + (t ? '?type=' + t : ''), t || 'all', {class: 'chip'}))),
    el('table', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Type'), el('th', {}, 'Mentions'), el('th', {}, 'Articles')),
      res.items.map((e) => el('tr', {}, el('td', {}, entityLink(e)), el('td', {}, e.type), el('td', {}, e.mentions), el('td', {}, e.articles)))));
}

async function entityView(id) {
  const e = await api('entities/' + encodeURIComponent(id));
  const type = el('select', {id: 'retype-select', 'aria-label': 'type'}, TYPES.map((t) => el('option', {value: t, selected: t === e.type}, t)));
  const other = el('input', {id: 'merge-with', placeholder: 'E12', size: 6, 'aria-label': 'entity to merge in'});
  const quoteFilter = el('input', {placeholder: 'filter quotes', 'aria-label': 'filter quotes'});
  const kindFilter = el('select', {'aria-label': 'quote kind'}, ['', 'direct', 'partial', 'indirect'].map((k) => el('option', {value: k}, k || 'any kind')));
  const quotesBy = el('div', {id: 'quotes-by'});
  const renderQuotes = () => {
    const text = quoteFilter.value.toLowerCase();
    quotesBy.replaceChildren(...e.quotes_by.filter((q) => (!kindFilter.value || q.kind === kindFilter.value) &&
      (!text || q.passage.text.toLowerCase().includes(text))).map((q) => quoteCard(q, false)));
  };
  quoteFilter.addEventListener('input', renderQuotes);
  kindFilter.addEventListener('change', renderQuotes);
  renderQuotes();
  show(
    el('h1', {id: 'entity-name'}, e.name),
    el('p', {class: 'meta'}, el('span', {class: 'badge', id: 'entity-type'}, e.type), e.id, e.country ? ' · ' + e.country : '',
      ' · ', link(searchHref({q: e.name, entity: e.id}), 'search its passages'), ' · ', link('timeline?entity=' + encodeURIComponent(e.id), 'timeline')),
    el('p', {}, 'Also written: ', e.aliases.join(' · ')),
    el('div', {class: 'correct'}, 'Correct: ', type,
      el('button', {id: 'retype-apply', onclick: () => correct('retype', [e.id, type.value], 'type')}, 'Set type'),
      ' merge with ', other,
      el('button', {id: 'merge-apply', onclick: () => other.value.trim() && correct('merge', [e.id, other.value.trim()], 'same entity')}, 'Merge')),
    section('Roles over time', e.roles.length ? el('table', {}, e.roles.map((r) => el('tr', {},
      el('td', {}, r.date || ''), el('td', {}, r.status), el('td', {}, r.title + (r.org ? ' (' + r.org + ')' : '')), el('td', {}, passageLink(r.passage, r.passage.text))))) : empty(e.roles)),
    section('Quotes by ' + e.name + ' (' + e.quotes_by_total + ')', el('div', {class: 'toolbar'}, quoteFilter, kindFilter, link('quotes?speaker=' + encodeURIComponent(e.id), 'all quotes by ' + e.name)), quotesBy),
    section('Quoted about ' + e.name + ' (' + e.quotes_about_total + ')', e.quotes_about.slice(0, 50).map((q) => quoteCard(q, true)), empty(e.quotes_about)),
    section('Events (' + e.events_total + ')', e.events.slice(0, 50).map(eventCard), empty(e.events)),
    section('Name mentions (' + e.mentions.length + ')', el('div', {id: 'mentions'}, e.mentions.map((m) => el('label', {class: 'chip'},
      el('input', {type: 'checkbox', value: m.doc + ':' + m.start + '-' + m.end}), ' ', m.text, ' ', passageLink(m, m.doc)))),
      el('div', {class: 'correct'}, 'Not the same ' + e.type.toLowerCase() + '? ',
        el('button', {id: 'split-apply', onclick: () => {
          const chosen = [...document.querySelectorAll('#mentions input:checked')].map((c) => c.value);
          if (chosen.length) correct('split', [e.id, ...chosen], 'a different entity');
        }}, 'Split the ticked mentions off'))),
    section('Mentioned with', el('p', {}, e.co_mentions.map((c) => [entityLink(c), ' (' + c.articles + ') '])), empty(e.co_mentions)),
    section('Articles (' + e.articles_total + ')', el('ul', {}, e.articles.map((a) => el('li', {}, link('article/' + encodeURIComponent(a.id), a.title || a.id), ' ', el('span', {class: 'meta'}, [a.source, a.date].filter(Boolean).join(' · ')))))),
    e.conflicts.length ? section('Disagreements', el('p', {}, link('conflicts', e.conflicts.length + ' disagreements involve ' + e.name))) : null);
}

// --- stories ----------------------------------------------------------------------------------
async function storiesView() {
  const res = await api('stories?limit=200');
  show(el('h1', {}, 'Stories'), el('ul', {}, res.items.map((s) => el('li', {}, link('story/' + encodeURIComponent(s.id), s.label || s.id), ' ', el('span', {class: 'meta'}, s.articles + ' articles')))), empty(res.items));
}

async function storyView(id) {
  const s = await api('stories/' + encodeURIComponent(id));
  show(el('h1', {}, s.label || s.id),
    section('Summary', s.summary.map((p) => el('p', {}, p.text, ' ', passageLink(p, '↗')))),
    el('div', {class: 'columns'},
      el('div', {}, section('Articles', el('ul', {}, s.articles.map((a) => el('li', {}, link('article/' + encodeURIComponent(a.id), a.title || a.id), ' ', el('span', {class: 'meta'}, [a.source, a.date].filter(Boolean).join(' · '))))))),
      el('div', {}, section('Who', el('p', {}, s.entities.map((e) => [entityLink(e), ' (' + e.articles + ') ']))))),
    section('Events', s.events.slice(0, 100).map(eventCard), empty(s.events)));
}

// --- articles ---------------------------------------------------------------------------------
async function articleView(id, params) {
  const a = await api('articles/' + encodeURIComponent(id));
  // Offsets are code points: Array.from splits the text by code point, not UTF-16 unit.
  const chars = Array.from(a.text);
  const n = chars.length;
  const mention = new Array(n).fill(null);
  const quote = new Uint8Array(n);
  const passage = new Uint8Array(n);
  for (const m of a.mentions) if (m.entity) for (let i = m.start; i < m.end && i < n; i++) mention[i] = m;
  for (const q of a.quotes) for (let i = q.passage.start; i < q.passage.end && i < n; i++) quote[i] = 1;
  const ps = +params.start, pe = +params.end;
  if (params.start !== undefined && pe > ps) for (let i = ps; i < pe && i < n; i++) passage[i] = 1;
  const text = el('div', {class: 'article-text', id: 'article-text'});
  let i = 0;
  let passageNode = null;
  while (i < n) {
    let j = i + 1;
    while (j < n && mention[j] === mention[i] && quote[j] === quote[i] && passage[j] === passage[i]) j++;
    const piece = chars.slice(i, j).join('');
    let node = mention[i] ? el('a', {class: 'm', href: '#/entity/' + encodeURIComponent(mention[i].entity.id), title: mention[i].entity.name}, piece) : document.createTextNode(piece);
    if (quote[i]) node = el('span', {class: 'q'}, node);
    if (passage[i]) {
      if (!passageNode) { passageNode = el('mark', {id: 'passage'}); text.append(passageNode); }
      passageNode.append(node);
    } else {
      text.append(node);
    }
    i = j;
  }
  show(el('h1', {}, a.title || a.id),
    el('p', {class: 'meta'}, [a.source, a.date, a.authors.join(', ')].filter(Boolean).join(' · '), a.story ? [' · ', link('story/' + encodeURIComponent(a.story), 'story')] : null),
    text,
    section('Quotes (' + a.quotes.length + ')', a.quotes.map((q) => quoteCard(q, true)), empty(a.quotes)),
    section('Events (' + a.events.length + ')', a.events.map(eventCard), empty(a.events)));
  const mark = document.getElementById('passage');
  if (mark) mark.scrollIntoView({block: 'center'});
}

// --- quotes -----------------------------------------------------------------------------------
async function quotesView(params) {
  const query = new URLSearchParams({limit: '100'});
  for (const k of ['speaker', 'kind', 'q']) if (params[k]) query.set(k, params[k]);
  const res = await api('quotes?' + query.toString());
  const speaker = el('select', {id: 'speaker', 'aria-label': 'speaker'}, el('option', {value: ''}, 'every speaker'),
    res.speakers.map((s) => el('option', {value: s.id, selected: s.id === params.speaker}, s.name + ' (' + s.quotes + ')')));
  const kind = el('select', {'aria-label': 'kind'}, ['', 'direct', 'partial', 'indirect'].map((k) => el('option', {value: k, selected: k === (params.kind || '')}, k || 'any kind')));
  const text = el('input', {value: params.q || '', placeholder: 'words in the quote', 'aria-label': 'words'});
  const apply = () => {
    const p = new URLSearchParams();
    if (speaker.value) p.set('speaker', speaker.value);
    if (kind.value) p.set('kind', kind.value);
    if (text.value) p.set('q', text.value);
    location.hash = '#/quotes?' + p.toString();
  };
  speaker.addEventListener('change', apply);
  kind.addEventListener('change', apply);
  show(el('h1', {}, 'Quotes by speaker'), el('div', {class: 'toolbar'}, speaker, kind, text, el('button', {onclick: apply}, 'Filter')),
    el('p', {class: 'muted'}, res.total + ' quotes'), res.items.map((q) => quoteCard(q, true)));
}

// --- timeline ---------------------------------------------------------------------------------
async function timelineView(params) {
  const query = new URLSearchParams({limit: '2000'});
  if (params.entity) query.set('entity', params.entity);
  const res = await api('timeline?' + query.toString());
  if (!res.events.length) return show(el('h1', {}, 'Timeline'), el('p', {class: 'muted'}, 'No dated events.'));
  const day = (d) => Date.parse(d + 'T00:00:00Z') / 86400000;
  const lo = day(res.from) - 1, hi = day(res.to) + 1;
  let view = {lo, hi};
  const W = 1000, H = 300, lanes = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
  const svg = el('svg', {id: 'timeline', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'events over time'});
  const label = el('span', {class: 'meta', id: 'timeline-range'});
  const draw = () => {
    const x = (d) => 60 + (d - view.lo) / (view.hi - view.lo) * (W - 80);
    const nodes = [];
    lanes.forEach((name, k) => {
      nodes.push(el('line', {x1: 60, x2: W - 20, y1: 40 + k * 65, y2: 40 + k * 65, stroke: '#dde1e6'}));
      nodes.push(el('text', {x: 4, y: 44 + k * 65}, name.split(' ')[0] + ' ' + name.split(' ')[1].slice(0, 4) + '.'));
    });
    const span = view.hi - view.lo;
    const step = span > 730 ? 365 : span > 120 ? 30 : span > 21 ? 7 : 1;
    for (let d = Math.ceil(view.lo / step) * step; d < view.hi; d += step) {
      nodes.push(el('line', {x1: x(d), x2: x(d), y1: 20, y2: H - 25, stroke: '#f0f2f4'}));
      nodes.push(el('text', {x: x(d) - 28, y: H - 8}, new Date(d * 86400000).toISOString().slice(0, 10)));
    }
    const seen = {};
    for (const ev of res.events) {
      const d = day(ev.date || ev.article_date);
      if (d < view.lo || d > view.hi) continue;
      const lane = Math.min(Math.max(ev.quad_class, 1), 4) - 1;
      const key = lane + ':' + d;
      const stack = seen[key] = (seen[key] || 0) + 1;
      const c = el('circle', {class: 'ev q' + (lane + 1), cx: x(d), cy: 40 + lane * 65 - (stack - 1) * 7 % 28, r: 5},
        el('title', {}, (ev.date || ev.article_date + ' (reported)') + ' ' + ev.label + ': ' + (ev.source.name || '?') + ' → ' + (ev.target.name || '?')));
      c.addEventListener('click', () => { location.hash = '#/article/' + encodeURIComponent(ev.passage.doc) + '?start=' + ev.passage.start + '&end=' + ev.passage.end; });
      nodes.push(c);
    }
    svg.replaceChildren(...nodes);
    label.textContent = new Date(view.lo * 86400000).toISOString().slice(0, 10) + ' – ' + new Date(view.hi * 86400000).toISOString().slice(0, 10);
  };
  const zoom = (factor, centre) => {
    const c = centre === undefined ? (view.lo + view.hi) / 2 : centre;
    const span = Math.max(0.25, (view.hi - view.lo) * factor);
    view = {lo: c - (c - view.lo) / (view.hi - view.lo) * span, hi: c + (view.hi - c) / (view.hi - view.lo) * span};
    draw();
  };
  svg.addEventListener('wheel', (e) => {
    e.preventDefault();
    const box = svg.getBoundingClientRect();
    const fx = ((e.clientX - box.left) / box.width * W - 60) / (W - 80);
    zoom(e.deltaY < 0 ? 0.8 : 1.25, view.lo + fx * (view.hi - view.lo));
  }, {passive: false});
  let drag = null;
  svg.addEventListener('pointerdown', (e) => { drag = {x: e.clientX, view}; });
  window.addEventListener('pointerup', () => { drag = null; });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    const box = svg.getBoundingClientRect();
    const shift = (drag.x - e.clientX) / box.width * (drag.view.hi - drag.view.lo);
    view = {lo: drag.view.lo + shift, hi: drag.view.hi + shift};
    draw();
  });
  draw();
  show(el('h1', {}, 'Timeline'), el('div', {class: 'toolbar'},
    el('button', {class: 'plain', id: 'zoom-in', onclick: () => zoom(0.5)}, 'Zoom in'),
    el('button', {class: 'plain', id: 'zoom-out', onclick: () => zoom(2)}, 'Zoom out'),
    el('button', {class: 'plain', onclick: () => { view = {lo, hi}; draw(); }}, 'All'), label,
    el('span', {class: 'muted'}, res.total + ' dated events' + (res.sampled ? ' (a sample shown)' : '') + '; scroll to zoom, drag to move, click an event for its passage')),
    svg);
}

// --- graph ------------------------------------------------------------------------------------
async function graphView(params) {
  const kind = params.kind || '';
  const g = await api('graph?nodes=60' + (kind ? '&kind=' + encodeURIComponent(kind) : ''));
  const W = 1000, H = 640;
  const pos = {};
  g.nodes.forEach((n, i) => {
    const a = 2 * Math.PI * i / Math.max(1, g.nodes.length);
    pos[n.id] = {x: W / 2 + Math.cos(a) * 250, y: H / 2 + Math.sin(a) * 250, dx: 0, dy: 0};
  });
  // A few hundred rounds of a spring layout: linked entities pull, every pair pushes.
  for (let round = 0; round < 300; round++) {
    for (const a of g.nodes) for (const b of g.nodes) {
      if (a === b) continue;
      const p = pos[a.id], q = pos[b.id];
      const dx = p.x - q.x, dy = p.y - q.y, d2 = Math.max(dx * dx + dy * dy, 25);
      p.dx += dx / d2 * 900; p.dy += dy / d2 * 900;
    }
    for (const l of g.links) {
      const p = pos[l.source], q = pos[l.target];
      const dx = q.x - p.x, dy = q.y - p.y;
      p.dx += dx * 0.01; p.dy += dy * 0.01; q.dx -= dx * 0.01; q.dy -= dy * 0.01;
    }
    for (const n of g.nodes) {
      const p = pos[n.id];
      p.dx += (W / 2 - p.x) * 0.005; p.dy += (H / 2 - p.y) * 0.005;
      p.x = Math.min(W - 20, Math.max(20, p.x + Math.max(-10, Math.min(10, p.dx))));
      p.y = Math.min(H - 20, Math.max(20, p.y + Math.max(-10, Math.min(10, p.dy))));
      p.dx = p.dy = 0;
    }
  }
  const svg = el('svg', {id: 'graph', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'who quotes, accuses, meets whom'},
    g.links.map((l) => el('line', {x1: pos[l.source].x, y1: pos[l.source].y, x2: pos[l.target].x, y2: pos[l.target].y,
      stroke: '#9aa7b5', 'stroke-width': Math.min(6, 0.6 + Math.log2(1 + l.weight))}, el('title', {}, l.label + ' ×' + l.weight))),
    g.nodes.map((n) => {
      const node = el('g', {class: 'node', 'data-id': n.id},
        el('circle', {cx: pos[n.id].x, cy: pos[n.id].y, r: 4 + Math.min(12, Math.sqrt(n.degree) * 2), fill: n.type === 'PERSON' ? '#1f5fa8' : '#d08b2b'}),
        el('text', {x: pos[n.id].x + 8, y: pos[n.id].y + 4}, n.name));
      node.addEventListener('click', () => { location.hash = '#/entity/' + encodeURIComponent(n.id); });
      return node;
    }));
  show(el('h1', {}, 'Who quotes, accuses, meets whom'),
    el('div', {class: 'toolbar'}, [['', 'quotes and events'], ['quote', 'quotes'], ['event', 'events'], ['comention', 'named together']].map(([k, t]) =>
      link('graph' + (k ? '?kind=' + k : ''), t, {class: 'chip'})), el('span', {class: 'muted'}, g.nodes.length + ' entities, ' + g.links.length + ' links; click an entity')),
    svg);
}

// --- disagreements ----------------------------------------------------------------------------
async function conflictsView() {
  const res = await api('conflicts?limit=200');
  show(el('h1', {}, 'Where the sources disagree'), empty(res.items, 'No disagreements found.'),
    res.items.map((c) => el('div', {class: 'card conflict'},
      el('div', {}, el('span', {class: 'badge'}, c.severity), el('strong', {}, c.attribute), c.entity ? [' of ', entityLink(c.entity)] : null),
      el('p', {class: 'muted'}, c.explanation),
      el('div', {class: 'side-by-side'}, c.claims.map((cl) => el('div', {class: 'claim'},
        el('div', {class: 'value'}, cl.value),
        el('div', {}, '“', cl.passage.text, '”'),
        el('div', {class: 'meta'}, articleMeta(cl.article), ' · ', passageLink(cl.passage, 'evidence'))))))));
}

// --- routing ----------------------------------------------------------------------------------
async function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, qs] = hash.split('?');
  const params = Object.fromEntries(new URLSearchParams(qs || ''));
  const [page, ...rest] = path.split('/');
  const id = decodeURIComponent(rest.join('/'));
  try {
    switch (page) {
      case 'search': return await searchView(params);
      case 'entities': return await entitiesView(params);
      case 'entity': return await entityView(id);
      case 'stories': return await storiesView();
      case 'story': return await storyView(id);
      case 'article': return await articleView(id, params);
      case 'quotes': return await quotesView(params);
      case 'timeline': return await timelineView(params);
      case 'graph': return await graphView(params);
      case 'conflicts': return await conflictsView();
      default: return await homeView();
    }
  } catch (err) {
    show(el('h1', {}, 'Not available'), el('p', {class: 'error'}, err.message));
  }
}

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  location.hash = '#/' + searchHref({q: document.getElementById('q').value, type: document.getElementById('type').value});
});
window.addEventListener('hashchange', route);
route();

// The web UI of `dossier serve` in a real browser: builds a store from the invented articles of
// tests/fixtures/server (two of them carry <script> and onerror markup), starts the server on a
// free loopback port, and drives Debian's chromium through puppeteer-core: search, facets, an
// entity page, a correction that must survive a reload, the article view, timeline, graph,
// quotes and disagreements. No script from an article may run. Screenshots go to $DOSSIER_ARTIFACTS.
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const cli = process.env.DOSSIER_CLI;
const source = process.env.DOSSIER_SOURCE_DIR;
const artifacts = process.env.DOSSIER_ARTIFACTS || path.join(os.tmpdir(), 'dossier-browser-artifacts');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
assert.ok(cli && source, 'DOSSIER_CLI and DOSSIER_SOURCE_DIR must be set (ctest sets them)');
fs.mkdirSync(artifacts, {recursive: true});
for (const old of fs.readdirSync(artifacts)) if (old.endsWith('.png')) fs.rmSync(path.join(artifacts, old));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-browser-'));
const store = path.join(work, 'fixture.db');
const added = spawnSync(cli, ['add', store, path.join(source, 'tests/fixtures/server'), '--quiet'], {encoding: 'utf8'});
assert.ok(added.status === 0 || added.status === 1, 'dossier add failed: ' + added.stderr);

// The server prints its address on its first line of output.
const server = spawn(cli, ['serve', store, '--port', '0'], {stdio: ['ignore', 'pipe', 'inherit']});
const base = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const m = out.match(/(http:\/\/127\.0\.0\.1:\d+)\//);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error('dossier serve exited with ' + code)));
  setTimeout(() => reject(new Error('dossier serve did not start')), 20000);
});

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: [...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run'],
});
const problems = [];
let step = 0;
async function shot(page, name) {
  const file = path.join(artifacts, `${String(++step).padStart(2, '0')}-${name}.png`);
  await page.screenshot({path: file, fullPage: false});
  console.log('screenshot ' + file);
}
async function noScriptRan(page, where) {
  const pwned = await page.evaluate(() => window.__dossierPwned);
  assert.equal(pwned, undefined, `a script from an article ran (${where})`);
  assert.notEqual(await page.title(), 'pwned', where);
  // The page's own script is the only one; no element the data could have made is live markup.
  const scripts = await page.$$eval('script', (s) => s.map((e) => e.getAttribute('src')));
  assert.deepEqual(scripts, ['/app.js'], where);
  assert.equal(await page.$$eval('#main img, #main iframe, #main [onerror], #main [onload]', (e) => e.length), 0, where);
}
async function text(page, selector) {
  await page.waitForSelector(selector);
  return page.$eval(selector, (e) => e.textContent);
}
// A view renders once its data has arrived, replacing the previous view's elements: the elements
// of the view being left are marked, so that only the new view's element ends the wait (a slow
// server, as under the sanitizers, would otherwise let the test read the old view).
async function go(page, hash, selector) {
  await page.evaluate((h, sel) => {
    if (location.hash !== h) for (const e of document.querySelectorAll(sel)) e.dataset.stale = '1';
    location.hash = h;
  }, hash, selector);
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].some((e) => !e.dataset.stale),
                             {}, selector);
}

let page;
try {
  page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  page.on('pageerror', (err) => problems.push('page error: ' + err.message));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push('console: ' + msg.text()); });
  page.on('dialog', async (d) => { problems.push('dialog: ' + d.message()); await d.dismiss(); });

  // Home, then a search with facets.
  await page.goto(base + '/', {waitUntil: 'networkidle0'});
  assert.match(await text(page, 'h1'), /This dossier/);
  await shot(page, 'home');
  await page.type('#q', 'strike');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#hits .hit');
  const hits = await page.$$eval('#hits .hit', (h) => h.length);
  assert.ok(hits >= 3, 'search for strike finds passages');
  assert.ok(await page.$$eval('#hits mark', (m) => m.length) > 0, 'snippets mark the matched words');
  await shot(page, 'search');

  // Filter by a facet: the quotes only.
  await page.waitForSelector('#facets a.facet[data-facet="type"][data-value="quote"]');
  await Promise.all([
    page.waitForFunction(() => location.hash.includes('type=quote')),
    page.click('#facets a.facet[data-facet="type"][data-value="quote"]'),
  ]);
  await page.waitForFunction(() => document.querySelector('.chip[data-filter="type"]') &&
    [...document.querySelectorAll('#hits .hit')].every((h) => h.dataset.kind === 'quote'));
  await shot(page, 'search-quotes-facet');

  // Filter by an entity facet and follow a passage link to the exact words.
  await page.waitForSelector('#facets a.facet[data-facet="entity"]');
  await page.click('#facets a.facet[data-facet="entity"]');
  await page.waitForSelector('.chip[data-filter="entity"]');
  await page.waitForSelector('#hits .hit .passage-link');
  await page.click('#hits .hit .passage-link');
  await page.waitForSelector('#article-text mark#passage');
  assert.ok((await text(page, 'mark#passage')).length > 10, 'the passage is highlighted');
  await shot(page, 'article-passage');
  await noScriptRan(page, 'article from a hit');

  // An entity page, from a search for it.
  await go(page, '#/search?q=Tolland&type=entity', '#hits .hit .entity-link');
  await page.click('#hits .hit .entity-link');
  assert.equal(await text(page, '#entity-name'), 'Arvid Tolland');
  assert.ok(await page.$$eval('#quotes-by .quote', (q) => q.length) > 0, 'his quotes are listed');
  await shot(page, 'entity');

  // A correction in place: the outlet read as a person becomes an organisation, after a reload too.
  await go(page, '#/search?q=Harbour+Gazette&type=entity', '#hits .hit .entity-link');
  await page.click('#hits .hit .entity-link');
  assert.equal(await text(page, '#entity-name'), 'Harbour Gazette');
  assert.equal(await text(page, '#entity-type'), 'PERSON');
  const entityUrl = page.url();
  await page.select('#retype-select', 'ORG');
  await page.click('#retype-apply');
  await page.waitForFunction(() => document.querySelector('#entity-type')?.textContent === 'ORG');
  await page.waitForSelector('#notice:not([hidden])');
  await shot(page, 'correction');
  await page.reload({waitUntil: 'networkidle0'});
  assert.equal(page.url(), entityUrl);
  assert.equal(await text(page, '#entity-type'), 'ORG', 'the correction persists after a reload');

  // The hostile articles: their markup is shown as text and never runs.
  for (const id of ['2026-03-07-hostile-blog', '2026-03-08-hostile-page']) {
    await go(page, '#/article/' + id, '#article-text');
    await noScriptRan(page, id);
  }
  const shown = await text(page, 'h1');
  assert.match(shown, /<img src=x onerror=/, 'a title with markup is shown as text');
  await go(page, '#/article/2026-03-07-hostile-blog', '#article-text');
  assert.match(await text(page, '#article-text'), /<script>window\.__dossierPwned = 1;/);
  await shot(page, 'hostile-article');
  await go(page, '#/search?q=dossierPwned', '#hits .hit');
  await noScriptRan(page, 'search over hostile text');

  // Timeline (zoom), graph, quotes by speaker, disagreements.
  await go(page, '#/timeline', '#timeline circle.ev');
  const before = await text(page, '#timeline-range');
  await page.click('#zoom-in');
  assert.notEqual(await text(page, '#timeline-range'), before, 'zoom changes the range');
  await shot(page, 'timeline');
  await go(page, '#/graph', '#graph g.node');
  await shot(page, 'graph');
  await go(page, '#/quotes', '#speaker');
  const speaker = await page.$eval('#speaker option:nth-child(2)', (o) => o.value);
  await page.select('#speaker', speaker);
  await page.waitForFunction((s) => location.hash.includes('speaker=' + s), {}, speaker);
  await page.waitForSelector('.quote');
  await shot(page, 'quotes');
  await go(page, '#/stories', 'main li a');
  await page.click('main li a');
  await page.waitForFunction(() => location.hash.startsWith('#/story/') && document.querySelector('main h2'));
  await shot(page, 'story');
  await go(page, '#/conflicts', 'h1');
  await shot(page, 'conflicts');
  await noScriptRan(page, 'end');
  assert.deepEqual(problems, [], 'no script errors, CSP violations or dialogs');
  console.log('browser test passed');
} catch (err) {
  if (page) await page.screenshot({path: path.join(artifacts, 'failure.png')}).catch(() => {});
  console.log('at ' + (page ? page.url() : '') + '; problems: ' + JSON.stringify(problems));
  throw err;
} finally {
  await browser.close();
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(work, {recursive: true, force: true});
}

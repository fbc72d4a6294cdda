// "Compare with cited sources" without the browser's permission prompt (which
// a headless browser cannot answer): the candidate links of an extracted
// fixture page, then fetching and reading them from a server on 127.0.0.1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import { fixturePages } from '../../../tests/e2e/fixture-pages.mjs';
import { serve } from '../../../tests/e2e/server.mjs';
import { extractArticle } from '../../src/content/extract.js';
import { citedCandidates, fetchCitedSources, MAX_CITED } from '../../src/panel/cited.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
let site;
let pages;

before(async () => {
  const routes = new Map();
  site = await serve(routes);
  pages = fixturePages(repo, site.baseUrl);
  for (const p of pages) routes.set(`/${p.name}.html`, p.html);
  globalThis.DOMParser = new JSDOM('').window.DOMParser;
});
after(() => site.close());

test('the cited page is fetched, read and ready to compare', async () => {
  const page = pages.find((p) => p.name.startsWith('000_'));
  const { window } = new JSDOM(page.html, { url: `${site.baseUrl}/${page.name}.html` });
  const got = extractArticle(window.document);
  const candidates = citedCandidates(got.article, got.links);
  assert.ok(candidates.length >= 1 && candidates.length <= MAX_CITED);
  assert.ok(!candidates.some((c) => c.href === got.article.url), 'never the article itself');
  const cnn = candidates.find((c) => c.text === 'CNN');
  assert.ok(cnn, 'the link on the credited outlet is a candidate');
  const fetched = await fetchCitedSources([cnn]);
  assert.equal(fetched.length, 1);
  const target = pages.find((p) => cnn.href.endsWith(`/${p.name}.html`));
  assert.equal(fetched[0].text, target.expectedText);
  assert.equal(fetched[0].origin, 'cited');
  assert.equal(fetched[0].url, cnn.href);
});

test('pages that cannot be read are skipped', async () => {
  const fetched = await fetchCitedSources([{ href: `${site.baseUrl}/missing.html`, text: 'x' }]);
  assert.deepEqual(fetched, []);
});

// Article extraction and offset mapping, in jsdom, on the generated fixture
// pages: the extracted text is the fixture's text (plus the in-body teaser),
// nothing from the navigation, byline, aside or footer; and every span of it
// maps back onto exactly the page's characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import { fixturePages, indexPage } from '../../../tests/e2e/fixture-pages.mjs';
import { extractArticle } from '../../src/content/extract.js';
import { buildText, domPosition } from '../../src/content/textmap.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BASE = 'http://127.0.0.1:8000';
const pages = fixturePages(repo, BASE);

const squash = (s) => s.replace(/\s+/g, '');

function rangeText(doc, pos) {
  const r = doc.createRange();
  r.setStart(pos.startNode, pos.startOffset);
  r.setEnd(pos.endNode, pos.endOffset);
  return r.toString();
}

for (const page of pages) {
  test(`extracts and maps ${page.name}`, () => {
    const { window } = new JSDOM(page.html, { url: `${BASE}/${page.name}.html` });
    const doc = window.document;
    const got = extractArticle(doc);
    assert.equal(got.ok, true, got.message);
    assert.equal(got.article.text, page.expectedText);
    assert.equal(got.article.site, page.site);
    assert.equal(got.unmapped, 0);
    const text = got.article.text;
    // Every paragraph, and a window sliding across inline markup, maps exactly.
    let at = 0;
    for (const para of text.split('\n')) {
      const pos = domPosition(got.pieces, at, at + para.length);
      assert.ok(pos, `paragraph at ${at} maps`);
      assert.equal(rangeText(doc, pos).replace(/[ \t\n\r\f]+/g, ' ').trim(), para);
      at += para.length + 1;
    }
    for (let s = 0; s + 37 < text.length; s += 53) {
      const pos = domPosition(got.pieces, s, s + 37);
      assert.ok(pos);
      assert.equal(squash(rangeText(doc, pos)), squash(text.slice(s, s + 37)));
    }
  });
}

test('a section front is not an article', () => {
  const { window } = new JSDOM(indexPage(pages, BASE), { url: `${BASE}/index.html` });
  const got = extractArticle(window.document);
  assert.equal(got.ok, false);
  assert.equal(got.reason, 'not-article');
});

test('whitespace collapses and offsets are UTF-16 code units', () => {
  const { window } = new JSDOM('<div id=r><p>  A\n  <b>😀 bold</b>\t text  </p><p>Second <i>para</i>graph.</p></div>');
  const root = window.document.getElementById('r');
  const { text, pieces } = buildText(root);
  assert.equal(text, 'A 😀 bold text\nSecond paragraph.');
  const start = text.indexOf('😀');
  const pos = domPosition(pieces, start, start + 2 + ' bold'.length);
  assert.equal(rangeText(window.document, pos), '😀 bold');
  const p2 = text.indexOf('paragraph');
  assert.equal(rangeText(window.document, domPosition(pieces, p2, p2 + 9)), 'paragraph');
});

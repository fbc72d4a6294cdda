// Realistic news pages generated from the fixture articles
// (fixtures/*/articles/*.txt): site header and navigation, headline, byline,
// the article's paragraphs (with links, emphasis and source-code line breaks
// inside them), an "Also read" teaser in the body, a related-links aside and a
// footer. Each page comes with the text the extension should extract from it.
import { readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fixtureFiles } from '../support/fixtures.mjs';

const SITES = [
  { name: 'The Daily Wire Service', host: 'dailywire.example', author: 'Staff Reporter' },
  { name: 'Global Times Digest', host: 'gtdigest.example', author: 'Mei Lin' },
  { name: 'NewsNation Today', host: 'newsnation.example', author: 'Rahul Verma' },
  { name: 'Asia Briefing', host: 'asiabriefing.example', author: 'Priya Nair' },
  { name: 'Defense Post Weekly', host: 'defensepost.example', author: 'Tom Hale' },
];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Paragraphs exactly as the core reads the file: BOM dropped, CRLF → LF, blank lines skipped. */
export function paragraphsOf(text) {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[ \t\f]+/g, ' ').trim()).filter(Boolean);
}

function titleOf(paras) {
  const first = paras.find((p) => p.length >= 60 && !/^(also read|watch|read more)/i.test(p)) || paras[0];
  const sentence = first.split(/(?<=[.!?”])\s/)[0];
  const words = sentence.split(' ');
  return words.length > 14 ? `${words.slice(0, 14).join(' ').replace(/[,;:]$/, '')}…` : sentence;
}

// Inline markup that must not change the text: links on names, emphasis,
// a span, and a line break in the HTML source between two sentences.
function markup(p, i, citedHref) {
  let html = esc(p);
  let linked = 0;
  html = html.replace(/Antony Blinken|Xi Jinping/g, (m) => (linked++ < 2 ? `<a href="/topics/${m.toLowerCase().replace(' ', '-')}">${m}</a>` : m));
  if (citedHref && i > 2) {
    let done = false;
    html = html.replace(/\bCNN\b(?![^<]*<\/a>)/, (m) => { if (done) return m; done = true; return `<a href="${citedHref}">${m}</a>`; });
  }
  if (i % 3 === 1) html = html.replace(/\b(China|Beijing)\b/, '<em>$1</em>');
  if (i % 4 === 2) html = html.replace(/\b(said|says)\b/, '<span class="verb">$1</span>');
  if (i % 2 === 0) html = html.replace(/([.”]) (?=[A-Z“])/, '$1\n          ');
  return html;
}

/**
 * @param {string} file  a fixture article (.txt)
 * @param {{index: number, baseUrl: string, others: string[]}} opts
 * @returns {{name: string, title: string, html: string, expectedText: string}}
 */
export function pageFor(file, { index, baseUrl, others, titles = {} }) {
  const paras = paragraphsOf(readFileSync(file, 'utf8'));
  const site = SITES[index % SITES.length];
  const title = titleOf(paras);
  const name = basename(file, '.txt');
  const cited = others.find((o) => o.startsWith('003_')) || others[0];
  const citedHref = cited ? `${baseUrl}/${cited}.html` : null;
  const teaser = `Also read: US and China agree to keep talking as tensions simmer`;
  const body = [];
  const expected = [];
  paras.forEach((p, i) => {
    body.push(`        <p>${markup(p, i, citedHref)}</p>`);
    expected.push(p);
    if (i === 3) {
      body.push(`        <p class="teaser-inline">Also read: <a href="/world/us-china-talks">US and China agree to keep talking as tensions simmer</a></p>`);
      expected.push(teaser);
    }
  });
  const related = others.slice(0, 3).map((o) => `<li><a href="${baseUrl}/${o}.html">${esc(titles[o] || o)}</a></li>`).join('');
  const html = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${esc(title)} | ${esc(site.name)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:site_name" content="${esc(site.name)}">
  <meta property="og:title" content="${esc(title)}">
  <meta name="author" content="${esc(site.author)}">
  <meta property="article:published_time" content="2024-04-27T09:30:00Z">
  <style>
    body { font: 17px/1.6 Georgia, serif; margin: 0; color: #222; background: #fff; }
    .site-header { background: #14213d; color: #fff; padding: 10px 24px; display: flex; gap: 24px; align-items: center; }
    .site-header a { color: #fff; text-decoration: none; }
    nav ul { list-style: none; display: flex; gap: 16px; margin: 0; padding: 0; font: 14px sans-serif; }
    .wrap { display: grid; grid-template-columns: minmax(0, 680px) 260px; gap: 40px; max-width: 1000px; margin: 24px auto; padding: 0 24px; }
    h1 { font-size: 32px; line-height: 1.2; }
    .byline { font: 14px sans-serif; color: #666; }
    .teaser-inline { font: bold 15px sans-serif; border-left: 3px solid #e63946; padding-left: 10px; }
    aside { font: 14px sans-serif; border-top: 3px solid #14213d; }
    aside li { margin: 8px 0; }
    footer { background: #eee; padding: 20px 24px; font: 13px sans-serif; }
  </style>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/"><strong>${esc(site.name)}</strong></a>
    <nav aria-label="Sections"><ul>
      <li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
      <li><a href="/tech">Tech</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/video">Video</a></li>
    </ul></nav>
  </header>
  <div class="wrap">
    <main>
      <article>
        <h1>${esc(title)}</h1>
        <p class="byline">By <a rel="author" href="/authors/${esc(site.author.toLowerCase().replace(/ /g, '-'))}">${esc(site.author)}</a> · <time datetime="2024-04-27T09:30:00Z">April 27, 2024</time></p>
        <div class="article-body">
${body.join('\n')}
        </div>
        <div class="share"><a href="/share/twitter">Share on X</a> <a href="/share/facebook">Facebook</a> <a href="/share/mail">Email</a></div>
      </article>
    </main>
    <aside class="related" aria-label="Related">
      <h2>Related stories</h2>
      <ul>${related}<li><a href="/world/taiwan">Taiwan's new leader sworn in</a></li></ul>
      <h2>Most read</h2>
      <ol><li><a href="/sport/final">Cup final ends in penalties</a></li><li><a href="/markets/oil">Oil prices slip as supply rises</a></li></ol>
    </aside>
  </div>
  <footer><p>© 2024 ${esc(site.name)}. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact us</a></p></footer>
</body>
</html>
`;
  return { name, title, site: site.name, html, expectedText: expected.join('\n') };
}

/** A section front: links and teasers, no article. */
export function indexPage(pages, baseUrl) {
  const items = pages.map((p) => `<li><a href="${baseUrl}/${p.name}.html">${esc(p.title)}</a><p>${esc(p.site)}</p></li>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>World news</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><h1>World</h1><ul class="teasers">${items}</ul></main><footer>© 2024</footer></body></html>`;
}

/** All fixture families' articles as pages. */
export function fixturePages(repoRoot, baseUrl) {
  const files = fixtureFiles(repoRoot).filter((f) => f.endsWith('.txt'));
  const names = files.map((f) => basename(f, '.txt'));
  const titles = Object.fromEntries(files.map((f, i) => [names[i], titleOf(paragraphsOf(readFileSync(f, 'utf8')))]));
  return files.map((f, index) => pageFor(f, { index, baseUrl, others: names.filter((n) => n !== names[index]), titles }));
}

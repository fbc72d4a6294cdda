// End-to-end: the built extension (extension/dist) in Debian's headless
// Chromium, fixture pages served on 127.0.0.1, the toolbar click through CDP
// (Extensions.triggerAction), then assertions on the side panel and on the
// page's CSS Custom Highlights. Screenshots go to artifacts/extension/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturePages, indexPage, pageFor } from './fixture-pages.mjs';
import { serve } from './server.mjs';
import { sleep, until as untilOr } from './wait.mjs';
import { showcase, HOSTILE } from './showcase.mjs';
import { injectionPage, domCheck, PAYLOADS } from './hostile-pages.mjs';
import { readFileSync } from 'node:fs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(repo, 'extension', 'package.json'));
const { chromium } = require('playwright-core');

// The unpacked build by default; COPYDESK_EXT_DIR runs the same tests on a
// store package (extension/packages/stage-chrome holds the Chrome Web Store one).
const EXT = process.env.COPYDESK_EXT_DIR ? resolve(process.env.COPYDESK_EXT_DIR) : join(repo, 'extension', 'dist');
const ARTIFACTS = join(repo, 'artifacts', 'extension');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PANEL_WIDTH = 380;
const TIMEOUT = 30000;

let site;
let pages;
let frenchPage;
let context;
let profile;
let extId;
let browserCdp;

const until = (fn, what, timeout = TIMEOUT) => untilOr(fn, what, { timeout, interval: 150 });

before(async () => {
  assert.ok(existsSync(join(EXT, 'manifest.json')), 'extension/dist is missing: run `npm run build` in extension/');
  mkdirSync(ARTIFACTS, { recursive: true });
  const routes = new Map();
  site = await serve(routes);
  pages = fixturePages(repo, site.baseUrl);
  for (const p of pages) routes.set(`/${p.name}.html`, p.html);
  routes.set('/index.html', indexPage(pages, site.baseUrl));
  // A page whose title, byline and text carry markup-looking strings.
  const base = pages.find((p) => p.name.startsWith('004_')) || pages[0];
  routes.set('/hostile.html', base.html
    .replaceAll(base.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
      HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'))
    .replace('<p>', `<p>${HOSTILE.replace(/</g, '&lt;').replace(/>/g, '&gt;')} `));

  routes.set('/inject.html', injectionPage(base));
  // A news page in French: the English checks must stand down.
  frenchPage = pageFor(join(repo, 'tests/data/languages/fr.txt'), { index: 1, baseUrl: site.baseUrl, others: [] });
  routes.set('/french.html', frenchPage.html);

  profile = mkdtempSync(join(tmpdir(), 'copydesk-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const sw = context.serviceWorkers()[0] || await context.waitForEvent('serviceworker', { timeout: TIMEOUT });
  extId = new URL(sw.url()).host;
  // The worker's target appears before its script has run; a click that
  // arrives before the script has added its listener finds none on a first
  // start (no reader clicks that fast after installing, a test can).
  await until(() => sw.evaluate(() => Boolean(globalThis.copydeskBackground)).catch(() => false),
    'the background script to have run');
  browserCdp = await context.browser().newBrowserCDPSession();
});

after(async () => {
  await context?.close().catch(() => {});
  await site?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The toolbar click: Extensions.triggerAction on the tab showing `page`. */
async function clickToolbar(page) {
  const { targetInfos } = await browserCdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  assert.ok(tab, `a tab target for ${page.url()}`);
  await browserCdp.send('Extensions.triggerAction', { id: extId, targetId: tab.targetId });
}

/**
 * A CDP session on the side panel, which Playwright does not list as a page:
 * attached through the browser session, commands and replies travel as
 * Target.sendMessageToTarget / Target.receivedMessageFromTarget.
 */
async function attachPanel(targetId) {
  const { sessionId } = await browserCdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 1;
  const waiting = new Map();
  const events = []; // CDP events from the target (e.g. Network.requestWillBeSent)
  const onMessage = (ev) => {
    if (ev.sessionId !== sessionId) return;
    const m = JSON.parse(ev.message);
    if (m.method) events.push(m);
    const w = m.id && waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.error) w.reject(new Error(`${m.error.message} ${m.error.data || ''}`)); else w.resolve(m.result);
  };
  browserCdp.on('Target.receivedMessageFromTarget', onMessage);
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
  });
  const evaluate = async (expression) => {
    const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description || r.exceptionDetails.text);
    return r.result.value;
  };
  const screenshot = async (file) => {
    const { data } = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: false });
    writeFileSync(file, Buffer.from(data, 'base64'));
  };
  const detach = async () => {
    browserCdp.off('Target.receivedMessageFromTarget', onMessage);
    await browserCdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  };
  // Closes the side panel (as the reader would), so the next toolbar click
  // opens it afresh: a CDP-triggered action grants activeTab through
  // sidePanel.open(), which does not reliably grant it to a panel that is
  // already open (a real click always does).
  const close = async () => {
    await send('Runtime.evaluate', { expression: 'setTimeout(() => window.close(), 0)' }).catch(() => {});
    await detach();
    await until(async () => {
      const { targetInfos } = await browserCdp.send('Target.getTargets');
      return !targetInfos.some((t) => t.targetId === targetId);
    }, 'the side panel to close', 5000).catch(() => {});
  };
  return { send, evaluate, screenshot, detach: close, release: detach, targetId, events };
}

/** Why the background last failed to open the panel ('' if it did not fail), and how many clicks it handled. */
async function backgroundState() {
  const sw = context.serviceWorkers()[0];
  const none = { failure: '', clicks: 'unknown (no worker)' };
  return sw ? sw.evaluate(() => ({
    failure: globalThis.copydeskBackground?.lastOpenFailure || '',
    clicks: globalThis.copydeskBackground?.clicksHandled ?? 'unknown (no background)',
  })).catch(() => none) : none;
}

/**
 * The side panel showing `page`, which Playwright does not list as a page:
 * attached through the browser session (Target.attachToTarget; commands and
 * replies travel as Target.sendMessageToTarget / receivedMessageFromTarget).
 * A window has its own panel, so the one whose shown tab is `page` is chosen.
 */
async function panelSession(page) {
  const panelUrl = `chrome-extension://${extId}/panel.html`;
  const { targetInfos: tabs } = await browserCdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = tabs.find((t) => t.url === page.url());
  return until(async () => {
    const { targetInfos } = await browserCdp.send('Target.getTargets');
    for (const t of targetInfos.filter((x) => x.url.startsWith(panelUrl))) {
      const panel = await attachPanel(t.targetId);
      const url = await panel.evaluate(`(async () => {
        const id = globalThis.copydeskPanel && copydeskPanel.shownTabId;
        if (id == null || id < 0) return null;
        try { return (await chrome.tabs.get(id)).url; } catch { return null; }
      })()`).catch(() => null);
      if (url === page.url() || (tab && url === tab.url)) return panel;
      await panel.release();
    }
    return null;
  }, `the side panel for ${page.url()}`).catch(async (e) => {
    // Say what there was instead: no panel at all, or one showing another tab.
    const { targetInfos } = await browserCdp.send('Target.getTargets');
    const seen = [];
    for (const t of targetInfos.filter((x) => x.url.startsWith(panelUrl))) {
      const panel = await attachPanel(t.targetId);
      seen.push(await explain(panel));
      await panel.release();
    }
    const background = await backgroundState();
    throw new Error(`${e.message}; panels: ${seen.length ? seen.join(' | ') : 'none open'}; ${
      background.failure ? `the browser refused to open it: ${background.failure}; ` : ''}clicks the background handled: ${
      background.clicks}; targets: ${
      targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`);
  });
}

/** What a panel shows, for failure messages. */
async function explain(panel) {
  return panel.evaluate(`JSON.stringify({ shown: copydeskPanel.shownTabId, keys: [...copydeskPanel.results.keys()],
    state: document.body.dataset.state, text: document.body.innerText.slice(0, 400) })`).catch((e) => `(panel gone: ${e.message})`);
}

// Every opened page gets its own URL, so the tab target found by URL is never
// a closing tab that showed the same page a moment ago.
let opened = 0;
async function openFixture(name) {
  const page = await context.newPage();
  await page.goto(`${site.baseUrl}/${name}.html?visit=${++opened}`);
  await page.bringToFront();
  return page;
}

/** Waits until the panel shows the report (or a notice) for the tab. */
async function panelState(panel, wanted) {
  return until(async () => {
    const st = await panel.evaluate('document.body.dataset.state');
    return wanted.includes(st) ? st : null;
  }, `panel state ${wanted.join('|')}`).catch(async (e) => { throw new Error(`${e.message}; panel: ${await explain(panel)}`); });
}

test('a refused panel opening is shown on the toolbar button, and the next click opens the panel', async () => {
  const fixture = pages.find((p) => p.name.startsWith('001_')) || pages[0];
  const page = await openFixture(fixture.name);
  const sw = context.serviceWorkers()[0];
  // The click handler called from the worker itself carries no user gesture:
  // the browser refuses sidePanel.open(), as it may when a gesture is lost.
  // The page's tab is the active one (its URL is not the worker's to read).
  const shown = await sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    globalThis.copydeskBackground.onAction(tab);
    for (let i = 0; i < 50 && !globalThis.copydeskBackground.lastOpenFailure; i++) await new Promise((r) => setTimeout(r, 100));
    return { failure: globalThis.copydeskBackground.lastOpenFailure, badge: await chrome.action.getBadgeText({ tabId: tab.id }),
             title: await chrome.action.getTitle({ tabId: tab.id }) };
  });
  assert.match(shown.failure, /gesture/i, 'the browser refuses the opening without a user gesture');
  assert.equal(shown.badge, '!');
  assert.match(shown.title, /could not open its panel: click again/);
  // The reader clicks again: the panel opens and the tooltip is back.
  await clickToolbar(page);
  const panel = await panelSession(page);
  try {
    await panelState(panel, ['report']);
    const after = await sw.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return { failure: globalThis.copydeskBackground.lastOpenFailure, title: await chrome.action.getTitle({ tabId: tab.id }) };
    });
    assert.equal(after.failure, '');
    assert.equal(after.title, 'Analyse this article with copydesk');
  } finally {
    await panel.detach();
    await page.close();
  }
});

test('toolbar click on an article: panel report and exact in-page highlights', async () => {
  // The fixture with the most findings today (vague sources); any page works.
  const fixture = pages.find((p) => p.name.startsWith('004_')) || pages[0];
  const page = await openFixture(fixture.name);
  await clickToolbar(page);
  const panel = await panelSession(page);
  try {
    await panel.send('Emulation.setDeviceMetricsOverride', { width: PANEL_WIDTH, height: 1000, deviceScaleFactor: 1, mobile: false });
    const state = await panelState(panel, ['report', 'error', 'notice']);
    const view = await panel.evaluate(`(() => {
      const r = copydeskPanel.results.get(copydeskPanel.shownTabId);
      return { state: document.body.dataset.state, text: document.body.innerText,
               title: document.querySelector('.article-title')?.textContent,
               findings: document.querySelectorAll('.finding').length,
               marks: document.querySelectorAll('.mm-mark').length,
               stats: [...document.querySelectorAll('.stat')].map((s) => s.textContent),
               article: r && r.article, report: r && r.report, missed: r && r.highlightsMissed };
    })()`);
    await panel.screenshot(join(ARTIFACTS, `panel-${fixture.name}.png`));
    assert.equal(state, 'report', view.text);
    assert.equal(view.title, fixture.title);
    assert.equal(view.article.text, fixture.expectedText, 'the panel analysed exactly the article text');
    assert.equal(view.report.schema, 'copydesk.report/1');
    assert.equal(view.findings, view.report.findings.length, 'every finding is listed');
    assert.equal(view.marks, view.report.findings.length, 'every finding is on the minimap');
    assert.match(view.text, /Credits:/);
    assert.equal(view.stats.length, 4);
    assert.equal(view.missed, 0, 'every finding was placed in the page');

    // Highlights: registered with CSS.highlights, one range per finding, each
    // covering exactly the finding's characters.
    const hl = await until(() => page.evaluate(() => {
      const out = [];
      for (const [name, h] of CSS.highlights) if (name !== 'copydesk-passage' && name !== 'copydesk-damage') for (const r of h) out.push({ name, text: r.toString() });
      return out.length ? out : null;
    }), 'page highlights', 5000).catch(() => []);
    const squash = (s) => s.replace(/[ \t\n\r\f]+/g, '');
    const expected = view.report.findings.map((f) => squash(view.article.text.slice(f.start, f.end))).sort();
    assert.deepEqual(hl.map((h) => squash(h.text)).sort(), expected);
    assert.ok(hl.every((h) => h.name.startsWith('copydesk-')));
    const domUntouched = await page.evaluate(() => document.querySelectorAll('mark, [class*=copydesk], [data-copydesk]').length);
    assert.equal(domUntouched, 0, 'the page DOM is not changed');

    // Clicking a finding scrolls the page to it and flashes it.
    if (view.report.findings.length) {
      const last = view.report.findings.length - 1;
      await page.evaluate(() => window.scrollTo(0, 0));
      await panel.evaluate(`document.querySelector('#finding-${last} .finding-head').click()`);
      await until(() => page.evaluate(() => CSS.highlights.has('copydesk-flash')), 'the flash highlight', 5000);
      const scrolled = await until(() => page.evaluate(() => window.scrollY > 0 || document.documentElement.scrollHeight <= innerHeight), 'scroll', 5000);
      assert.ok(scrolled);
      await sleep(400);
    }
    await page.screenshot({ path: join(ARTIFACTS, `page-${fixture.name}.png`) });

    if (view.report.findings.length) {
      // A click on highlighted text in the page selects its finding in the panel.
      await sleep(1500); // let the flash end
      const point = await page.evaluate(() => {
        for (const [name, h] of CSS.highlights) {
          if (name === 'copydesk-flash') continue;
          const r = [...h][0].getClientRects()[0];
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        return null;
      });
      await page.mouse.click(point.x, point.y);
      const selected = await until(() => panel.evaluate(`document.querySelector('.finding.selected')?.id`), 'a finding selected from the page', 5000);
      assert.match(selected, /^finding-\d+$/);

      // The highlights toggle hides and shows them.
      await panel.evaluate(`document.getElementById('toggle-highlights').click()`);
      await until(() => page.evaluate(() => ![...CSS.highlights.keys()].some((k) => k !== 'copydesk-flash')), 'highlights hidden', 5000);
      await panel.evaluate(`document.getElementById('toggle-highlights').click()`);
      await until(() => page.evaluate(() => [...CSS.highlights.keys()].some((k) => k !== 'copydesk-flash')), 'highlights shown again', 5000);
    }

    // The badge shows the number of findings for this tab.
    const tabId = await panel.evaluate('copydeskPanel.shownTabId');
    const badge = await panel.evaluate(`chrome.action.getBadgeText({tabId: ${tabId}})`);
    assert.equal(badge, String(view.report.findings.length));
  } finally {
    await panel.detach();
    await page.close();
  }
});

test('every fixture page is analysed and its findings map onto the page', async () => {
  const panelShots = [];
  for (const fixture of pages) {
    const page = await openFixture(fixture.name);
    await clickToolbar(page);
    const panel = await panelSession(page);
    try {
      await until(async () => (await panel.evaluate(`(() => { const r = copydeskPanel.results.get(copydeskPanel.shownTabId);
        return document.body.dataset.state === 'report' && r && r.article.url.includes('/${fixture.name}.html'); })()`)), `report for ${fixture.name}`)
        .catch(async (e) => { throw new Error(`${e.message}; panel: ${await panel.evaluate(`JSON.stringify({ shown: copydeskPanel.shownTabId, keys: [...copydeskPanel.results.keys()], state: document.body.dataset.state, text: document.body.innerText.slice(0, 300) })`)}`); });
      const r = await panel.evaluate(`(() => { const r = copydeskPanel.results.get(copydeskPanel.shownTabId);
        return { text: r.article.text, n: r.report.findings.length, missed: r.highlightsMissed, corpus: r.corpus.length }; })()`);
      assert.equal(r.text, fixture.expectedText);
      assert.equal(r.missed, 0, `${fixture.name}: every finding placed in the page`);
      // The places a garbled sentence's reasons are about are lit on their own, exactly.
      const marks = await panel.evaluate(`(() => { const r = copydeskPanel.results.get(copydeskPanel.shownTabId);
        return r.report.findings.flatMap((f) => (f.evidence && f.evidence.marks) || []).map((m) => r.article.text.slice(m.start, m.end)); })()`);
      const lit = await until(() => page.evaluate((want) => {
        const h = CSS.highlights.get('copydesk-damage');
        const got = h ? [...h].map((x) => x.toString()) : [];
        return got.length === want ? got : null;
      }, marks.length), `${fixture.name}: ${marks.length} damage marks lit`);
      const squash = (t) => t.replace(/[ \t\n\r\f]+/g, '');
      assert.deepEqual(lit.map(squash).sort(), marks.map(squash).sort());
      if (fixture.name.startsWith('000_')) assert.ok(marks.length >= 5, `000: ${marks.length} marks`);
      panelShots.push(fixture.name);
    } finally {
      await panel.detach();
      await page.close();
    }
  }
  assert.equal(panelShots.length, pages.length);
});

test('a page that is not an article gets a clear message', async () => {
  const page = await context.newPage();
  await page.goto(`${site.baseUrl}/index.html?visit=${++opened}`);
  await page.bringToFront();
  await clickToolbar(page);
  const panel = await panelSession(page);
  try {
    await until(async () => (await panel.evaluate(`document.body.innerText`)).includes('not an article'), 'the not-an-article notice')
      .catch(async (e) => { throw new Error(`${e.message}; panel: ${await explain(panel)}`); });
    await panel.send('Emulation.setDeviceMetricsOverride', { width: PANEL_WIDTH, height: 500, deviceScaleFactor: 1, mobile: false });
    await panel.screenshot(join(ARTIFACTS, 'panel-not-an-article.png'));
  } finally {
    await panel.detach();
    await page.close();
  }
});

test('a page in French: the panel says the English checks did not run, and nothing lights up', async () => {
  const page = await context.newPage();
  await page.goto(`${site.baseUrl}/french.html?visit=${++opened}`);
  await page.bringToFront();
  await clickToolbar(page);
  const panel = await panelSession(page);
  try {
    await panel.send('Emulation.setDeviceMetricsOverride', { width: PANEL_WIDTH, height: 700, deviceScaleFactor: 1, mobile: false });
    const v = await until(async () => panel.evaluate(`(() => { const r = copydeskPanel.results.get(copydeskPanel.shownTabId);
      if (document.body.dataset.state !== 'report' || !r || !r.article.url.includes('/french.html')) return null;
      return { text: r.article.text, english: r.report.article.english, notRun: r.report.not_run.map((n) => n.detector),
               findings: r.report.findings.length, notice: document.querySelector('.not-run')?.textContent || '',
               stats: [...document.querySelectorAll('.stat')].map((s) => s.textContent) }; })()`), 'the French report')
      .catch(async (e) => { throw new Error(`${e.message}; panel: ${await explain(panel)}`); });
    await panel.screenshot(join(ARTIFACTS, 'panel-not-english.png'));
    assert.equal(v.text, frenchPage.expectedText);
    assert.equal(v.english, false);
    assert.deepEqual(v.notRun, ['quotes', 'credits', 'unattributed-quote', 'vague-source', 'garbled-sentence']);
    assert.equal(v.findings, 0, 'no sentence of French prose is a garbled English one');
    assert.match(v.notice, /This article is not in English/);
    assert.ok(v.stats.includes('–garbled sentences: not checked'), v.stats.join(' | '));
    await sleep(500);
    const lit = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k !== 'copydesk-passage'));
    assert.deepEqual(lit, [], 'nothing highlighted in the page');
  } finally {
    await panel.detach();
    await page.close();
  }
});

test('the full report view: every kind, evidence, word diff, dark mode; text is never markup', async () => {
  const fixture = pages.find((p) => p.name.startsWith('000_')) || pages[0];
  const page = await openFixture(fixture.name);
  await clickToolbar(page);
  const panel = await panelSession(page);
  try {
    await panel.send('Emulation.setDeviceMetricsOverride', { width: PANEL_WIDTH, height: 1700, deviceScaleFactor: 1, mobile: false });
    await panelState(panel, ['report']);
    const report = showcase(fixture.expectedText, page.url());
    const article = await panel.evaluate('copydeskPanel.results.get(copydeskPanel.shownTabId).article');
    await panel.evaluate(`copydeskPanel.preview(${JSON.stringify(article)}, ${JSON.stringify(report)})`);
    const view = await panel.evaluate(`({
      groups: [...document.querySelectorAll('.group h2')].map((h) => h.textContent),
      verdict: document.querySelector('.verdict').textContent,
      diffIns: [...document.querySelectorAll('.diff ins')].map((e) => e.textContent),
      diffDel: [...document.querySelectorAll('.diff del')].map((e) => e.textContent),
      reasons: [...document.querySelectorAll('.reasons li')].map((e) => e.textContent),
      damage: [...document.querySelectorAll('.context mark mark.damage')].map((e) => [e.textContent, e.title]),
      imgs: document.querySelectorAll('img').length,
      pwned: document.body.dataset.pwned || null,
      text: document.body.innerText,
    })`);
    assert.match(view.verdict, /Partly copied from/);
    assert.match(view.verdict, /62%/);
    assert.match(view.verdict, /not credited/);
    assert.deepEqual(view.groups.map((g) => g.replace(/ \(\d+\)$/, '')),
      ['Shares text with', 'Uncredited reuse', 'Altered quote', 'Unattributed quote', 'Garbled sentence', 'Vague source', 'Headline mismatch']);
    assert.deepEqual(view.diffIns, ['arguably']);
    assert.deepEqual(view.diffDel, ['possibly']);
    assert.ok(view.reasons.includes('sentence fragment: no verb'), 'reasons from sentences[]');
    assert.ok(view.reasons.includes('no main verb bilateral'), 'reasons from evidence, with the words they are about');
    assert.deepEqual(view.damage, [['bilateral', 'no main verb'], ['communication', HOSTILE]], 'marked inside the sentence');
    assert.match(view.text, /Asia Briefing/);
    assert.match(view.text, /Chinese assistance lets Russia/, 'the source passage is shown');
    assert.equal(view.imgs, 0, 'no markup from the report is rendered');
    assert.equal(view.pwned, null);
    assert.ok(view.text.includes(HOSTILE), 'hostile strings show as text');
    await panel.screenshot(join(ARTIFACTS, 'panel-showcase-light.png'));
    await panel.send('Emulation.setDeviceMetricsOverride', { width: 260, height: 1400, deviceScaleFactor: 1, mobile: false });
    await sleep(100);
    const overflow = await panel.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    const wide = await panel.evaluate(`[...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1).slice(0, 5).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')`);
    assert.ok(overflow <= 0, `no horizontal scrolling at 260 px (${overflow} px too wide: ${wide})`);
    await panel.screenshot(join(ARTIFACTS, 'panel-showcase-narrow.png'));
    await panel.send('Emulation.setDeviceMetricsOverride', { width: PANEL_WIDTH, height: 1700, deviceScaleFactor: 1, mobile: false });
    await panel.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    await sleep(200);
    await panel.screenshot(join(ARTIFACTS, 'panel-showcase-dark.png'));
    await panel.send('Emulation.setEmulatedMedia', { features: [] });

    // Keyboard: arrow keys walk the findings, Enter shows the focused one in the page.
    await panel.evaluate(`document.querySelector('.finding-head').focus()`);
    await panel.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'ArrowDown', code: 'ArrowDown', windowsVirtualKeyCode: 40 });
    const focused = await panel.evaluate(`document.activeElement.closest('.finding')?.id`);
    assert.equal(focused, 'finding-1');
  } finally {
    await panel.detach();
    await page.close();
  }
});

test('history: kept texts become the corpus; options page lists, searches, exports, imports, clears', async () => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  await options.check('#keepText');
  await until(() => options.evaluate(() => chrome.storage.local.get('keepText').then((s) => s.keepText === true)), 'keepText saved');

  // Two articles analysed with texts kept: the second is compared with the first.
  const names = pages.slice(0, 2).map((p) => p.name);
  let corpus = 0;
  for (const name of names) {
    const page = await openFixture(name);
    await clickToolbar(page);
    const panel = await panelSession(page);
    try {
      corpus = await until(async () => panel.evaluate(`(() => { const r = copydeskPanel.results.get(copydeskPanel.shownTabId);
        return document.body.dataset.state === 'report' && r && r.article.url.includes('/${name}.html') ? { n: r.corpus.length } : null; })()`), `report for ${name}`)
        .catch(async (e) => { throw new Error(`${e.message}; panel: ${await panel.evaluate(`JSON.stringify({ shown: copydeskPanel.shownTabId, keys: [...copydeskPanel.results.keys()], state: document.body.dataset.state, text: document.body.innerText.slice(0, 300) })`)}`); });
    } finally { await panel.detach(); await page.close(); }
  }
  assert.ok(corpus.n >= 1, 'the second article was compared with the first');

  await options.bringToFront();
  await options.reload();
  const rows = await until(() => options.evaluate((n) => (document.querySelectorAll('#rows tr').length >= n ? document.querySelectorAll('#rows tr').length : 0), names.length), 'history rows');
  assert.ok(rows >= names.length);
  await options.fill('#search', pages[0].site);
  const filtered = await options.evaluate(() => document.querySelectorAll('#rows tr').length);
  assert.ok(filtered >= 1 && filtered < rows);
  await options.fill('#search', '');

  const download = options.waitForEvent('download');
  await options.click('#export');
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.length >= names.length);
  assert.ok(lines.some((l) => typeof l.text === 'string'), 'kept texts are exported');

  options.once('dialog', (d) => d.accept());
  await options.click('#clear');
  await until(() => options.evaluate(() => document.querySelector('#count').textContent.startsWith('(0 ')), 'cleared');

  const jsonl = lines.filter((l) => l.text).map((l) => JSON.stringify({ url: l.url, title: l.title, site: l.site, text: l.text })).join('\n');
  await options.setInputFiles('#import-files', { name: 'corpus.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(jsonl) });
  await until(() => options.evaluate(() => /^Imported \d+/.test(document.querySelector('#message').textContent)), 'import message');
  const imported = await options.evaluate(() => document.querySelectorAll('#rows tr').length);
  assert.equal(imported, lines.filter((l) => l.text).length);
  await options.setViewportSize({ width: 1000, height: 640 });
  await options.screenshot({ path: join(ARTIFACTS, 'options.png') });
  await options.close();
});


test('history without texts: the core\'s fingerprint index carries earlier articles', async (t) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  options.once('dialog', (d) => d.accept());
  await options.click('#clear');
  if (await options.isChecked('#keepText')) await options.uncheck('#keepText');
  await until(() => options.evaluate(() => chrome.storage.local.get('keepText').then((s) => s.keepText !== true)), 'keepText off');
  const seen = [];
  for (const name of pages.filter((p) => /^00[034]_/.test(p.name)).map((p) => p.name)) {
    const page = await openFixture(name);
    await clickToolbar(page);
    const panel = await panelSession(page);
    try {
      seen.push(await until(async () => panel.evaluate(`(() => { const r = copydeskPanel.results.get(copydeskPanel.shownTabId);
        return document.body.dataset.state === 'report' && r && r.article.url.includes('/${name}.html')
          ? { corpus: r.corpus.length, indexed: r.indexed, reuse: r.report.reuse.filter((u) => u.verdict !== 'none').length, kinds: r.report.findings.map((f) => f.kind) } : null; })()`), `report for ${name}`));
      await panel.send('Emulation.setDeviceMetricsOverride', { width: PANEL_WIDTH, height: 1600, deviceScaleFactor: 1, mobile: false });
      await panel.screenshot(join(ARTIFACTS, `panel-history-${name}.png`));
      if (seen[seen.length - 1].reuse > 0) {
        // Passages shared with earlier articles are highlighted too.
        const passages = await until(() => page.evaluate(() => CSS.highlights.get('copydesk-passage')?.size || 0), 'shared passages highlighted', 5000)
          .catch(async (e) => { throw new Error(`${e.message}: ${await page.evaluate(() => JSON.stringify([...CSS.highlights.keys()]))} ${await panel.evaluate('JSON.stringify([copydeskPanel.results.get(copydeskPanel.shownTabId).highlightsMissed, copydeskPanel.results.get(copydeskPanel.shownTabId).report.reuse.map((u) => [u.verdict, u.passages.length])])')}`); });
        assert.ok(passages > 0);
        await panel.evaluate(`document.querySelector('.reuse-item .link-button').click()`);
        await sleep(900);
        await page.screenshot({ path: join(ARTIFACTS, `page-history-${name}.png`) });
      }
    } finally { await panel.detach(); await page.close(); }
  }
  const stored = await options.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('copydesk');
    req.onsuccess = () => {
      const g = req.result.transaction('articles').objectStore('articles').getAll();
      g.onsuccess = () => resolve(g.result.map((r) => typeof r.text));
    };
  }));
  await options.close();
  assert.ok(stored.length >= 3 && stored.every((x) => x === 'undefined'), 'no texts stored');
  assert.ok(seen.every((s) => s.corpus === 0), 'no texts sent as corpus');
  if (!seen[0].indexed) {
    t.skip('this core has no fingerprint index yet (branch `reuse`)');
    return;
  }
  assert.ok(seen.slice(1).some((s) => s.reuse > 0), `later articles match earlier ones through the index: ${JSON.stringify(seen)}`);
});

test('options: a check turned off is not run', async () => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  const names = await until(() => options.evaluate(() => {
    const n = [...document.querySelectorAll('#detectors input[data-name]')].map((i) => i.dataset.name);
    return n.length ? n : null;
  }), 'the list of checks');
  assert.ok(names.includes('vague-source'), names.join(','));
  await options.uncheck('#detectors input[data-name="vague-source"]');
  await until(() => options.evaluate(() => chrome.storage.local.get('disabled').then((s) => (s.disabled || []).includes('vague-source'))), 'setting saved');
  const fixture = pages.find((p) => p.name.startsWith('004_')) || pages[0];
  const page = await openFixture(fixture.name);
  await clickToolbar(page);
  const panel = await panelSession(page);
  try {
    const kinds = await until(async () => panel.evaluate(`(() => { const r = copydeskPanel.results.get(copydeskPanel.shownTabId);
      return document.body.dataset.state === 'report' && r && r.article.url.includes('/${fixture.name}.html') ? r.report.findings.map((f) => f.kind) : null; })()`), 'the report');
    assert.ok(!kinds.includes('vague-source'), kinds.join(','));
  } finally {
    await panel.detach();
    await page.close();
    await options.check('#detectors input[data-name="vague-source"]');
    await options.screenshot({ path: join(ARTIFACTS, 'options-checks.png'), fullPage: true });
    await options.close();
  }
});

test('strings from the page are shown as text, never as markup', async () => {
  const page = await context.newPage();
  await page.goto(`${site.baseUrl}/hostile.html?visit=${++opened}`);
  await page.bringToFront();
  await clickToolbar(page);
  const panel = await panelSession(page);
  try {
    await panelState(panel, ['report']);
    const v = await panel.evaluate(`({ title: document.querySelector('.article-title').textContent,
      imgs: document.querySelectorAll('img').length, pwned: document.body.dataset.pwned || null,
      text: copydeskPanel.results.get(copydeskPanel.shownTabId).article.text.slice(0, 80) })`);
    assert.equal(v.title, HOSTILE);
    assert.ok(v.text.startsWith(HOSTILE), v.text);
    assert.equal(v.imgs, 0);
    assert.equal(v.pwned, null);
    assert.equal(await page.evaluate(() => document.body.dataset.pwned || null), null);
  } finally {
    await panel.detach();
    await page.close();
  }
});

// ---- issue 8: injection, privacy, history durability -----------------------

/** Sets an option through the options page, waiting until it is stored. */
async function setOption(key, value) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  if (await options.isChecked(`#${key}`) !== value) await options.click(`#${key}`);
  await until(() => options.evaluate((k) => chrome.storage.local.get(k).then((s) => !!s[k]), key).then((v) => v === value), `${key} ${value}`);
  await options.close();
}

/** Every record of every store of the history database, read in `page` (extension origin). */
const dumpHistory = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const req = indexedDB.open('copydesk');
  req.onerror = () => reject(req.error);
  req.onsuccess = () => {
    const d = req.result;
    const names = [...d.objectStoreNames];
    const out = { version: d.version, stores: {} };
    if (!names.length) { d.close(); resolve(out); return; }
    const t = d.transaction(names);
    for (const n of names) {
      const all = t.objectStore(n).getAll();
      const keys = t.objectStore(n).getAllKeys();
      all.onsuccess = () => { out.stores[n] = { ...(out.stores[n] || {}), values: all.result }; };
      keys.onsuccess = () => { out.stores[n] = { ...(out.stores[n] || {}), keys: keys.result }; };
    }
    t.oncomplete = () => { d.close(); resolve(out); };
  };
}));

test('manifest: extension pages keep a strict CSP (no inline or remote script, no eval)', () => {
  const manifest = JSON.parse(readFileSync(join(EXT, 'manifest.json'), 'utf8'));
  const csp = manifest.content_security_policy && manifest.content_security_policy.extension_pages;
  assert.ok(csp, 'an explicit extension_pages CSP');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name, values];
  }));
  assert.deepEqual(directives['script-src'].sort(), ["'self'", "'wasm-unsafe-eval'"].sort(), csp);
  assert.ok(["'self'", "'none'"].includes(directives['object-src']?.[0]) && directives['object-src'].length === 1, csp);
  assert.ok(!/unsafe-inline|'unsafe-eval'|https?:|\*|data:|blob:/.test(directives['script-src'].join(' ')), csp);
  // No extension page is exposed to web pages.
  assert.equal(manifest.web_accessible_resources, undefined);
});

test('injection: payloads in title, site, byline, speakers, links and text never run nor become elements', async () => {
  await setOption('keepText', true);
  const page = await context.newPage();
  const url = `${site.baseUrl}/inject.html?visit=${++opened}&q=${PAYLOADS.img}`;
  await page.goto(url);
  await page.bringToFront();
  const pageBefore = await page.evaluate(domCheck(site.baseUrl));
  await clickToolbar(page);
  const panel = await panelSession(page);
  try {
    await panelState(panel, ['report']);
    // Open every part of the report (evidence, details) so all of it is rendered.
    await panel.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; });
      document.querySelectorAll('.finding, .reuse-item, [aria-expanded="false"]').forEach((e) => e.click && e.click())`).catch(() => {});
    await sleep(500);
    const v = await panel.evaluate(domCheck(`chrome-extension://${extId}/`));
    const article = await panel.evaluate('copydeskPanel.results.get(copydeskPanel.shownTabId).article');
    assert.ok(article.title.includes('onerror='), `title read with its payload: ${article.title}`);
    assert.ok(article.text.includes(PAYLOADS.script), 'text read with its payload');
    assert.ok(/<script>|onerror=/.test(article.byline + article.site), `byline/site carry payloads: ${article.byline} / ${article.site}`);
    assert.equal(v.pwned, null, 'nothing ran in the panel');
    assert.equal(v.dataPwned, null);
    assert.equal(v.created, 0, 'no img/iframe/svg/object… element in the panel');
    assert.deepEqual(v.foreignScripts, []);
    assert.deepEqual(v.handlers, []);
    assert.deepEqual(v.jsUrls, []);
    const badHrefs = v.hrefs.filter((h) => !/^https?:/.test(h) && !h.startsWith(`chrome-extension://${extId}/`));
    assert.deepEqual(badHrefs, [], 'links in the panel are http(s) only');
    assert.ok(v.text.includes('onerror='), 'the payload shows as text');
    await panel.screenshot(join(ARTIFACTS, 'panel-injection.png'));
  } finally {
    await panel.detach();
  }
  // The page: no payload ran, no element added by the highlights.
  const pageAfter = await page.evaluate(domCheck(site.baseUrl));
  assert.equal(pageAfter.pwned, null, 'nothing ran in the page');
  assert.equal(pageAfter.dataPwned, null);
  assert.equal(pageAfter.created, pageBefore.created);
  assert.deepEqual(pageAfter.handlers, pageBefore.handlers);
  assert.deepEqual(pageAfter.foreignScripts, pageBefore.foreignScripts);
  await page.close();

  // The options page lists the article (title, site, URL, verdict) as text.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  await until(() => options.evaluate(() => document.querySelector('#rows').innerText.includes('onerror=')), 'the injected article listed');
  const o = await options.evaluate(domCheck(`chrome-extension://${extId}/`));
  await options.screenshot({ path: join(ARTIFACTS, 'options-injection.png'), fullPage: true });
  await options.close();
  assert.equal(o.pwned, null, 'nothing ran in the options page');
  assert.equal(o.dataPwned, null);
  assert.equal(o.created, 0);
  assert.deepEqual(o.foreignScripts, []);
  assert.deepEqual(o.handlers, []);
  assert.deepEqual(o.jsUrls, []);
  assert.deepEqual(o.hrefs.filter((h) => !/^https?:/.test(h) && !h.startsWith(`chrome-extension://${extId}/`)), []);
  await setOption('keepText', false);
});

test('privacy: analysing a page sends no request (cited sources off), and the history keeps no text', async () => {
  await setOption('keepText', false);
  await setOption('compareCited', false);
  const fixture = pages.find((p) => p.name.startsWith('001_')) || pages[1];
  const page = await openFixture(fixture.name);
  await sleep(500); // the page's own loads (favicon) are over
  const mark = site.log.length;
  await clickToolbar(page);
  const panel = await panelSession(page);
  let targets = [];
  try {
    await panelState(panel, ['report']);
    // Watch the network of every extension target: the panel, its engine
    // worker and the background service worker; then analyse again.
    const { targetInfos } = await browserCdp.send('Target.getTargets');
    targets = [panel];
    for (const t of targetInfos.filter((x) => x.url.startsWith(`chrome-extension://${extId}/`) && x.targetId !== panel.targetId && ['service_worker', 'worker', 'page', 'other'].includes(x.type))) {
      targets.push(await attachPanel(t.targetId));
    }
    assert.ok(targets.length >= 2, `extension targets: ${targetInfos.map((t) => `${t.type} ${t.url}`).join(', ')}`);
    for (const t of targets) await t.send('Network.enable').catch(() => {});
    await panel.evaluate(`document.body.dataset.state = 'reanalysing'; document.getElementById('reanalyse').click()`);
    await panelState(panel, ['report']);
    await sleep(1500); // anything sent late
    const sent = targets.flatMap((t) => t.events.filter((e) => e.method === 'Network.requestWillBeSent').map((e) => e.params.request.url))
      .filter((u) => !/^(chrome-extension|data|blob):/.test(u));
    const served = site.log.slice(mark).filter((r) => r.path !== '/favicon.ico').map((r) => r.url);
    assert.deepEqual(sent, [], 'no request from the panel, the engine or the background');
    assert.deepEqual(served, [], 'no request reached the server');
    // The instruments work: a request from the panel is seen by both.
    await panel.evaluate(`fetch(${JSON.stringify(`${site.baseUrl}/probe`)}).catch(() => null).then(() => true)`);
    await sleep(300);
    assert.ok(panel.events.some((e) => e.method === 'Network.requestWillBeSent' && e.params.request.url.endsWith('/probe')), 'CDP sees a probe');
    assert.ok(site.log.slice(mark).some((r) => r.path === '/probe'), 'the server sees a probe');
  } finally {
    for (const t of targets.slice(1)) await t.release();
    await panel.detach();
    await page.close();
  }
  // The history: the record holds no text, nor does the index or any other record.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  const db = await dumpHistory(options);
  await options.close();
  const record = db.stores.articles.values.find((r) => r.url && r.url.includes(`/${fixture.name}.html`));
  assert.ok(record, 'the analysis is in the history');
  assert.equal(record.text, undefined, 'no text in the record');
  // Passages from the body (past its first paragraph, which the title repeats:
  // a title is metadata the history keeps).
  const sentences = fixture.expectedText.split('\n').slice(1).filter((l) => l.length > 120).map((l) => l.slice(60, 110));
  assert.ok(sentences.length > 3);
  const everything = JSON.stringify(db.stores.articles.values.filter((r) => !r.text)) + JSON.stringify(db.stores.meta?.values || []);
  const index = db.stores.meta?.values.find((v) => v && v.base64)?.base64 || '';
  const indexBytes = Buffer.from(index, 'base64').toString('latin1');
  for (const s of sentences) {
    assert.ok(!everything.includes(s), `history holds article text: ${s}`);
    assert.ok(!indexBytes.includes(s) && !indexBytes.includes(Buffer.from(s, 'utf8').toString('latin1')), `index holds article text: ${s}`);
  }
});

test('history: a version-1 database is migrated to the current version, nothing lost', async () => {
  // A page of the extension origin that does not open the history itself.
  const blank = await context.newPage();
  await blank.goto(`chrome-extension://${extId}/manifest.json`);
  const v1 = [
    { id: 'http://example.test/a', url: 'http://example.test/a', title: 'Kept text', site: 'Example', byline: 'A', published: '2024-01-01',
      analyzedAt: '2024-05-01T10:00:00.000Z', chars: 40, findings: 2, verdict: '', origin: 'visit', text: 'An old article text kept by version one.' },
    { id: 'import:old.jsonl#1', url: '', title: 'Imported', site: '', byline: '', published: '', analyzedAt: '2024-05-02T10:00:00.000Z',
      chars: 30, findings: null, verdict: '', origin: 'import', text: 'An imported article from then.' },
    { id: 'http://example.test/b', url: 'http://example.test/b', title: 'No text, fingerprint field', site: 'Example', byline: '', published: '',
      analyzedAt: '2024-05-03T10:00:00.000Z', chars: 900, findings: 0, verdict: 'partially from Kept text', origin: 'visit', fingerprint: { format: 1, bytes: [1, 2, 3] } },
  ];
  const made = await blank.evaluate((records) => new Promise((resolve, reject) => {
    const del = indexedDB.deleteDatabase('copydesk');
    del.onblocked = () => reject(new Error('the history is open elsewhere'));
    del.onerror = () => reject(del.error);
    del.onsuccess = () => {
      // Exactly what version 1 of history.js created.
      const req = indexedDB.open('copydesk', 1);
      req.onupgradeneeded = () => {
        const store = req.result.createObjectStore('articles', { keyPath: 'id' });
        store.createIndex('analyzedAt', 'analyzedAt');
        for (const r of records) store.put(r);
      };
      req.onsuccess = () => { const v = req.result.version; req.result.close(); resolve(v); };
      req.onerror = () => reject(req.error);
    };
  }), v1);
  assert.equal(made, 1);
  // The current code opens it.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  await until(() => options.evaluate(() => /\(3 articles\)/.test(document.getElementById('count').textContent)), 'the three old records listed');
  const db = await dumpHistory(blank);
  assert.equal(db.version, 2);
  assert.ok(db.stores.meta, 'the meta store was added');
  assert.deepEqual(db.stores.articles.values.sort((a, b) => a.id.localeCompare(b.id)), [...v1].sort((a, b) => a.id.localeCompare(b.id)), 'every record as it was');
  // And it works at version 2: the index can be stored.
  await options.evaluate(() => copydeskOptions.history.setIndex(''));
  await options.close();
  await blank.close();
});

test('history: a write that fails midway stores nothing (the previous state stays)', async () => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  await until(() => options.evaluate(() => !!globalThis.copydeskOptions), 'options loaded');
  const r = await options.evaluate(async () => {
    const h = copydeskOptions.history;
    await h.put({ id: 'durable', title: 'before', analyzedAt: '2024-01-01T00:00:00.000Z' });
    const before = (await h.list()).length;
    // A batch whose third record cannot be stored (no key): the two before it must not stay.
    let error = null;
    try {
      await h.putMany([{ id: 'durable', title: 'after' }, { id: 'new-1', title: 'x' }, { title: 'no id' }]);
    } catch (e) { error = String(e && e.name || e); }
    // A transaction aborted midway: the meta store keeps the old index.
    await h.setIndex('T0xE');
    const aborted = await new Promise((resolve) => {
      const req = indexedDB.open('copydesk');
      req.onsuccess = () => {
        const d = req.result;
        const t = d.transaction(['articles', 'meta'], 'readwrite');
        t.objectStore('meta').put({ base64: 'TkVX', updatedAt: '' }, 'index');
        t.objectStore('articles').put({ id: 'durable', title: 'half' });
        t.objectStore('articles').put({ id: 'new-2', title: 'y' }).onsuccess = () => t.abort(); // midway
        t.onabort = () => { d.close(); resolve(true); };
        t.oncomplete = () => { d.close(); resolve(false); };
      };
    });
    const after = await h.list();
    const title = (await h.get('durable')).title;
    await h.remove('durable');
    return { before, after: after.length, title, new1: await h.get('new-1'), new2: await h.get('new-2'), error, aborted, index: await h.getIndex() };
  });
  await options.close();
  assert.ok(r.error, 'the failed batch is reported');
  assert.equal(r.aborted, true);
  assert.equal(r.after, r.before, 'no record added');
  assert.equal(r.title, 'before', 'the record as it was');
  assert.equal(r.new1, undefined);
  assert.equal(r.new2, undefined);
  assert.equal(r.index, 'T0xE', 'the index as it was');
});

test('history: a corrupt stored index is refused, set aside with a message in the options page; export and a fresh start work', async () => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  await until(() => options.evaluate(() => !!globalThis.copydeskOptions), 'options loaded');
  // A real index with damage in the middle: "CDXI" header, checksum now wrong.
  const corrupt = await options.evaluate(async () => {
    const h = copydeskOptions.history;
    await h.put({ id: 'kept-record', title: 'A record that must survive', url: 'http://example.test/kept', analyzedAt: '2024-06-01T00:00:00.000Z', origin: 'visit' });
    const bytes = new Uint8Array(200);
    bytes.set([67, 68, 88, 73, 1, 0, 0, 0, 3, 0, 0, 0, 176, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4]);
    for (let i = 24; i < 200; i++) bytes[i] = (i * 37) & 0xff;
    const b64 = btoa(String.fromCharCode(...bytes));
    await h.setIndex(b64);
    return b64;
  });
  const fixture = pages.find((p) => p.name.startsWith('002_')) || pages[2];
  const page = await openFixture(fixture.name);
  await clickToolbar(page);
  const panel = await panelSession(page);
  try {
    // The analysis still works (with a new index), rather than failing on every article.
    assert.equal(await panelState(panel, ['report', 'error']), 'report', await explain(panel));
  } finally {
    await panel.detach();
    await page.close();
  }
  await options.reload();
  await until(() => options.evaluate(() => !document.getElementById('index-damaged').hidden), 'the damaged-index message');
  const shown = await options.evaluate(() => document.getElementById('index-damaged').innerText);
  assert.match(shown, /damaged and has been set aside/);
  assert.match(shown, /checksum mismatch|corrupt|truncated/);
  const state = await options.evaluate(async () => ({
    damaged: await copydeskOptions.history.getDamagedIndex(),
    index: await copydeskOptions.history.getIndex(),
    kept: await copydeskOptions.history.get('kept-record'),
  }));
  assert.equal(state.damaged.base64, corrupt, 'the damaged bytes are kept, unchanged, for salvage');
  assert.ok(state.index && state.index !== corrupt, 'a new index was started');
  assert.ok(state.kept, 'the records are intact');
  // Export: the records (what is readable) and the damaged index's bytes.
  const [records] = await Promise.all([options.waitForEvent('download'), options.click('#export')]);
  const exported = readFileSync(await records.path(), 'utf8');
  assert.ok(exported.includes('A record that must survive'));
  const [raw] = await Promise.all([options.waitForEvent('download'), options.click('#export-damaged')]);
  assert.equal(readFileSync(await raw.path()).toString('base64'), corrupt);
  await options.screenshot({ path: join(ARTIFACTS, 'options-damaged-index.png'), fullPage: true });
  // Start fresh.
  await options.click('#discard-damaged');
  await until(() => options.evaluate(() => document.getElementById('index-damaged').hidden), 'message gone');
  assert.equal(await options.evaluate(() => copydeskOptions.history.getDamagedIndex()), null);
  await options.evaluate(() => copydeskOptions.history.remove('kept-record'));
  await options.close();
});

test('history: a database from a newer copydesk is neither opened nor modified; the options page says so', async () => {
  const blank = await context.newPage();
  await blank.goto(`chrome-extension://${extId}/manifest.json`);
  const recreate = (version) => blank.evaluate((v) => new Promise((resolve, reject) => {
    const del = indexedDB.deleteDatabase('copydesk');
    del.onblocked = () => reject(new Error('the history is open elsewhere'));
    del.onerror = () => reject(del.error);
    del.onsuccess = () => {
      if (!v) { resolve(); return; }
      const req = indexedDB.open('copydesk', v);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('articles', { keyPath: 'id' }).put({ id: 'future', title: 'From a newer copydesk' });
        req.result.createObjectStore('meta');
        req.result.createObjectStore('laterStore');
      };
      req.onsuccess = () => { req.result.close(); resolve(); };
      req.onerror = () => reject(req.error);
    };
  }), version);
  await recreate(3);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  const message = await until(() => options.evaluate(() => {
    const t = document.getElementById('message').textContent;
    return /newer copydesk/.test(t) ? t : null;
  }), 'the newer-history message');
  assert.match(message, /left as it is/);
  await options.close();
  const db = await dumpHistory(blank);
  assert.equal(db.version, 3, 'not downgraded');
  assert.deepEqual(Object.keys(db.stores).sort(), ['articles', 'laterStore', 'meta']);
  assert.deepEqual(db.stores.articles.values, [{ id: 'future', title: 'From a newer copydesk' }]);
  await recreate(0); // the next test run starts with a fresh history
  await blank.close();
});

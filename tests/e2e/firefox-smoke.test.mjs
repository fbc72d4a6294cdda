// Firefox smoke test: `web-ext run` loads the Firefox package (as zipped for
// AMO, unpacked in extension/packages/stage-firefox) into Debian's
// firefox-esr (headless) as a temporary add-on; the extension's keyboard
// shortcut (the `_execute_action` command, i.e. the toolbar button) is pressed
// through Marionette in the browser window; the sidebar opens and the page gets
// the report's highlights, which only exist once the WebAssembly core in the
// sidebar's worker has analysed the article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { fixturePages } from './fixture-pages.mjs';
import { serve } from './server.mjs';
import { Marionette } from './marionette.mjs';
import { sleep, until as untilOr } from './wait.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The package that goes to addons.mozilla.org (its Firefox-only manifest), or
// the unpacked build when the package has not been made.
const STAGED = join(repo, 'extension', 'packages', 'stage-firefox');
const EXT = existsSync(join(STAGED, 'manifest.json')) ? STAGED : join(repo, 'extension', 'dist');
const WEB_EXT = join(repo, 'extension', 'node_modules', '.bin', 'web-ext');
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const ARTIFACTS = join(repo, 'artifacts', 'extension');
const TIMEOUT = 60000;

let site;
let pages;
let proc;
let mn;
let output = '';

// web-ext's output tail says what went wrong when something never comes.
const until = (fn, what, timeout = TIMEOUT) =>
  untilOr(fn, what, { timeout, interval: 250, detail: () => output.slice(-2000) });
const freePort = () => new Promise((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

before(async () => {
  assert.ok(existsSync(join(EXT, 'manifest.json')), 'extension/dist is missing: run `npm run build` in extension/');
  assert.ok(existsSync(FIREFOX), `${FIREFOX} is not installed`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const routes = new Map();
  site = await serve(routes);
  pages = fixturePages(repo, site.baseUrl);
  for (const p of pages) routes.set(`/${p.name}.html`, p.html);
  const port = await freePort();
  proc = spawn(WEB_EXT, [
    'run', '--source-dir', EXT, '--target', 'firefox-desktop', `--firefox=${FIREFOX}`,
    '--no-reload', '--no-input', '--browser-console=false',
    `--pref=marionette.port=${port}`, '--pref=datareporting.policy.dataSubmissionEnabled=false',
    '--pref=browser.shell.checkDefaultBrowser=false', '--pref=app.update.enabled=false',
    '--pref=network.captive-portal-service.enabled=false', '--pref=extensions.getAddons.cache.enabled=false',
    '--arg=-marionette', '--arg=-remote-allow-system-access',
  ], { env: { ...process.env, MOZ_HEADLESS: '1' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout.on('data', (d) => { output += d; });
  proc.stderr.on('data', (d) => { output += d; });
  await until(() => /Installed .* as a temporary add-on/.test(output), 'web-ext to install the extension');
  mn = await Marionette.connect(port);
  await mn.session();
});

after(async () => {
  mn?.close();
  if (proc && proc.exitCode === null) {
    try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
    await sleep(500);
    try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  await site?.close();
});

test('Firefox: the action opens the sidebar and the page gets the report highlights', async () => {
  const fixture = pages.find((p) => p.name.startsWith('004_')) || pages[0];
  await mn.context('content');
  await mn.navigate(`${site.baseUrl}/${fixture.name}.html`);
  await mn.context('chrome');
  // The toolbar button's command, by its keyboard shortcut (Alt+Shift+D).
  await mn.keys(['\uE00A', '\uE008', 'D']);
  const sidebar = await until(() => mn.execute(`
    const w = Services.wm.getMostRecentWindow('navigator:browser');
    return w.SidebarController.isOpen ? w.SidebarController.currentID : null;`), 'the sidebar to open', 20000);
  assert.match(sidebar, /sidebar-action$/);
  await mn.context('content');
  const highlighted = await until(() => mn.execute(`
    let n = 0; for (const [name, h] of CSS.highlights) if (name.startsWith('copydesk-')) n += h.size;
    return n > 0 ? n : null;`), 'highlights in the page (the analysis to finish)');
  assert.ok(highlighted > 0);
  await mn.execute(`
    for (const [name, h] of CSS.highlights) if (name.startsWith('copydesk-')) {
      const r = [...h][0]; window.scrollTo(0, r.getBoundingClientRect().top + scrollY - 200); break;
    }`);
  await sleep(300);
  const shot = await mn.send('WebDriver:TakeScreenshot', { full: false });
  writeFileSync(join(ARTIFACTS, `firefox-page-${fixture.name}.png`), Buffer.from(shot.value, 'base64'));
  // The whole browser window, sidebar included, from the chrome context.
  await mn.context('chrome');
  await sleep(500);
  const win = await mn.send('WebDriver:TakeScreenshot', { full: false }).catch(() => null);
  if (win) writeFileSync(join(ARTIFACTS, 'firefox-window.png'), Buffer.from(win.value, 'base64'));
});

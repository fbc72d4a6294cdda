// Background (service worker in Chromium, event page in Firefox): the toolbar
// click opens the panel at once, injects the content script into the tab
// (activeTab) and tells the panel to analyse it. No analysis happens here.
import { Kind, isMessage, analyzeTab } from './protocol.js';
import { PAGE_CSS } from './content/highlight-names.js';

const api = globalThis.browser ?? globalThis.chrome;

// Clicks that arrived before their window's panel had loaded:
// windowId → promise of the tabId, resolved once the content script is in.
const pending = new Map();

/** Injects the content script and the highlight styles; returns why not, or ''. */
async function prepareTab(tabId) {
  try {
    await api.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
    await api.scripting.insertCSS({ target: { tabId }, css: PAGE_CSS });
    return '';
  } catch (e) {
    // Not scriptable (browser pages, the store, PDFs): the panel says so.
    return String((e && e.message) || e);
  }
}

// Why the browser last refused to open the panel ('' once it opens). A
// refused opening (the click's user gesture can be lost while a cold service
// worker starts) would otherwise leave the reader with nothing on screen: the
// badge shows "!" and the tooltip asks for another click.
let lastOpenFailure = '';
// Toolbar clicks handled since the worker started (for the tests' diagnostics).
let clicksHandled = 0;

function openFailed(tabId, error) {
  lastOpenFailure = String((error && error.message) || error);
  api.action.setBadgeText({ tabId, text: '!' }).catch(() => {});
  api.action.setTitle({ tabId, title: 'copydesk could not open its panel: click again' }).catch(() => {});
}

function onAction(tab) {
  clicksHandled += 1;
  // Open the panel first, synchronously inside the click (a user gesture):
  // after an `await` the browser no longer allows it.
  let opening = Promise.resolve();
  if (api.sidePanel && api.sidePanel.open) {
    opening = api.sidePanel.open({ tabId: tab.id });
  } else if (api.sidebarAction && api.sidebarAction.open) {
    opening = api.sidebarAction.open();
  }
  opening.then(() => {
    if (lastOpenFailure) {
      const manifest = api.runtime.getManifest();
      const title = (manifest.action && manifest.action.default_title) || 'copydesk';
      api.action.setTitle({ tabId: tab.id, title }).catch(() => {});
    }
    lastOpenFailure = '';
  }, (e) => openFailed(tab.id, e));
  api.action.setBadgeText({ tabId: tab.id, text: '…' }).catch(() => {});
  const ready = prepareTab(tab.id).then((problem) => ({ tabId: tab.id, problem }));
  pending.set(tab.windowId, ready);
  ready.then(({ problem }) => api.runtime.sendMessage(analyzeTab(tab.id, problem)).catch(() => {}));
}
api.action.onClicked.addListener(onAction);
// For the end-to-end tests (the worker's console is theirs): why the last
// opening failed, how many clicks reached the handler, and the handler, which
// they call without a user gesture to see a refused opening reported.
globalThis.copydeskBackground = {
  get lastOpenFailure() { return lastOpenFailure; },
  get clicksHandled() { return clicksHandled; },
  onAction,
};

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!isMessage(msg) || sender.id !== api.runtime.id) return undefined;
  if (msg.kind === Kind.PANEL_READY) {
    // Answered once the content script is in: a panel that loads faster than
    // the injection must not ask the page for its article too early.
    const ready = pending.get(msg.windowId);
    pending.delete(msg.windowId);
    if (!ready) { sendResponse({ tabId: null, problem: '' }); return undefined; }
    ready.then(sendResponse);
    return true;
  }
  return undefined;
});

// A page that navigates loses its report: clear the badge.
api.tabs.onUpdated.addListener((tabId, info) => {
  if (info.status === 'loading') api.action.setBadgeText({ tabId, text: '' }).catch(() => {});
});

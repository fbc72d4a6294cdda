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

api.action.onClicked.addListener((tab) => {
  // Open the panel first, synchronously inside the click (a user gesture):
  // after an `await` the browser no longer allows it.
  if (api.sidePanel && api.sidePanel.open) {
    api.sidePanel.open({ tabId: tab.id }).catch(() => {});
  } else if (api.sidebarAction && api.sidebarAction.open) {
    api.sidebarAction.open().catch(() => {});
  }
  api.action.setBadgeText({ tabId: tab.id, text: '…' }).catch(() => {});
  const ready = prepareTab(tab.id).then((problem) => ({ tabId: tab.id, problem }));
  pending.set(tab.windowId, ready);
  ready.then(({ problem }) => api.runtime.sendMessage(analyzeTab(tab.id, problem)).catch(() => {}));
});

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

// Reader settings in storage.local, with their defaults.
const api = globalThis.browser ?? globalThis.chrome;

export const DEFAULTS = Object.freeze({
  keepText: false,        // store full article texts in the history (else metadata only)
  highlights: true,       // show in-page highlights
  compareCited: false,    // offer to fetch and compare the sources an article links to
  disabled: [],           // detectors the reader turned off (the request's options.disable)
});

export async function getSettings() {
  const got = await api.storage.local.get(Object.keys(DEFAULTS));
  return { ...DEFAULTS, ...got };
}

export function setSetting(key, value) {
  if (!(key in DEFAULTS)) throw new Error(`unknown setting ${key}`);
  return api.storage.local.set({ [key]: value });
}

// The engine worker: loads the WebAssembly core once and answers analysis
// requests (bergamot's protocol: {id, name, args} → {id, result} | {id, error}).
// It lives as long as the panel that started it, so the module stays warm
// between analyses. No analysis happens in JavaScript: this file only passes
// JSON in and out of the module.
import createCopydesk from './copydesk.mjs';
import { WorkerCall, isWorkerRequest, workerResult, workerError } from '../protocol.js';

let modulePromise = null;
const load = () => {
  if (!modulePromise) {
    const started = performance.now();
    modulePromise = createCopydesk({
      locateFile: (path) => new URL(path, self.location.href).href,
    }).then((m) => ({ m, loadMs: Math.round(performance.now() - started) }));
    modulePromise.catch(() => { modulePromise = null; });
  }
  return modulePromise;
};

async function analyze(request) {
  const { m } = await load();
  const started = performance.now();
  const res = m.analyze(JSON.stringify(request));
  if (!res.ok) throw new Error(res.error || 'the core could not analyse this article');
  const report = JSON.parse(res.report);
  // The fingerprint index with this article added, from a core that keeps one.
  const index = typeof res.index === 'string' ? res.index : null;
  return { report, index, ms: Math.round(performance.now() - started) };
}

self.onmessage = async (ev) => {
  const msg = ev.data;
  if (!isWorkerRequest(msg)) return;
  try {
    let result;
    if (msg.name === WorkerCall.LOAD) result = { loadMs: (await load()).loadMs };
    else if (msg.name === WorkerCall.ANALYZE) result = await analyze(msg.args[0]);
    else if (msg.name === WorkerCall.DETECTORS) result = JSON.parse((await load()).m.detectors());
    self.postMessage(workerResult(msg.id, result));
  } catch (e) {
    self.postMessage(workerError(msg.id, e && e.message ? e.message : e));
  }
};

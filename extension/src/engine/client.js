// The panel's handle on the engine worker: one worker per panel, created on
// first use, every call a promise.
import { WorkerCall, workerRequest, isWorkerReply } from '../protocol.js';

export class Engine {
  constructor(url = 'engine/worker.js') {
    this.url = url;
    this.worker = null;
    this.nextId = 1;
    this.calls = new Map();
  }

  start() {
    if (this.worker) return;
    this.worker = new Worker(this.url, { type: 'module' });
    this.worker.onmessage = (ev) => {
      const m = ev.data;
      if (!isWorkerReply(m)) return;
      const call = this.calls.get(m.id);
      if (!call) return;
      this.calls.delete(m.id);
      if ('result' in m) call.resolve(m.result); else call.reject(new Error(m.error));
    };
    this.worker.onerror = (ev) => {
      const err = new Error(`The analysis engine failed to start: ${ev.message || 'unknown error'}`);
      for (const c of this.calls.values()) c.reject(err);
      this.calls.clear();
      this.worker.terminate();
      this.worker = null;
    };
  }

  call(name, args = []) {
    this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      this.worker.postMessage(workerRequest(id, name, args));
    });
  }

  /** Loads the module ahead of need. */
  warm() { return this.call(WorkerCall.LOAD); }

  /** @returns {Promise<string[]>} the core's detector names */
  detectors() { return this.call(WorkerCall.DETECTORS); }

  /** @returns {Promise<{report: object, index: string | null, ms: number}>} */
  analyze(request) { return this.call(WorkerCall.ANALYZE, [request]); }
}

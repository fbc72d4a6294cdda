// A minimal Marionette client (Firefox's remote protocol: "LENGTH:JSON"
// frames over TCP), enough for the Firefox smoke test: a session, the chrome
// or content context, key actions and script evaluation.
import { connect } from 'node:net';

export class Marionette {
  static async connect(port, host = '127.0.0.1', timeoutMs = 30000) {
    const end = Date.now() + timeoutMs;
    for (;;) {
      try {
        const m = new Marionette();
        await m.open(port, host);
        return m;
      } catch (e) {
        if (Date.now() > end) throw new Error(`Marionette on ${host}:${port} did not answer: ${e.message}`);
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  }

  open(port, host) {
    return new Promise((resolve, reject) => {
      this.buf = Buffer.alloc(0);
      this.next = 1;
      this.waiting = new Map();
      this.hello = null;
      const sock = connect(port, host);
      this.sock = sock;
      sock.once('error', reject);
      sock.on('data', (d) => {
        this.buf = Buffer.concat([this.buf, d]);
        for (;;) {
          const colon = this.buf.indexOf(0x3a);
          if (colon < 0) return;
          const len = Number(this.buf.subarray(0, colon).toString());
          if (this.buf.length < colon + 1 + len) return;
          const msg = JSON.parse(this.buf.subarray(colon + 1, colon + 1 + len).toString());
          this.buf = this.buf.subarray(colon + 1 + len);
          if (!Array.isArray(msg)) { this.hello = msg; sock.off('error', reject); resolve(); continue; }
          const [, id, error, result] = msg;
          const w = this.waiting.get(id);
          if (!w) continue;
          this.waiting.delete(id);
          if (error) w.reject(new Error(`${error.error}: ${error.message}`)); else w.resolve(result);
        }
      });
    });
  }

  send(name, params = {}) {
    const id = this.next++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]));
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.sock.write(`${body.length}:`);
      this.sock.write(body);
    });
  }

  async session() { return this.send('WebDriver:NewSession', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } }); }
  context(value) { return this.send('Marionette:SetContext', { value }); }
  async execute(script, args = []) { return (await this.send('WebDriver:ExecuteScript', { script, args })).value; }
  navigate(url) { return this.send('WebDriver:Navigate', { url }); }
  keys(chord) {
    const down = chord.map((k) => ({ type: 'keyDown', value: k }));
    const up = [...chord].reverse().map((k) => ({ type: 'keyUp', value: k }));
    return this.send('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'kbd', actions: [...down, ...up] }] });
  }
  close() { try { this.sock.destroy(); } catch { /* gone */ } }
}

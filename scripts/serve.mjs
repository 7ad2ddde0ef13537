// A static file server for the built page, on loopback only.
//   node scripts/serve.mjs <folder> [--port 8080] [--base /wiretrace/]
// `--base` serves the folder under a sub-path, as GitHub Pages does (/<repo>/), so relative
// paths are exercised. Used by scripts/run and the browser tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.data': 'application/octet-stream',
  '.json': 'application/json', '.gz': 'application/gzip', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon',
};

export function serve(folder, { port = 8080, base = '/' } = {}) {
  const root = resolve(folder);
  if (!base.endsWith('/')) base += '/';
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === base.slice(0, -1)) { res.writeHead(301, { Location: base }); res.end(); return; }
    if (!url.pathname.startsWith(base)) { res.writeHead(404); res.end('not found'); return; }
    let rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    const path = normalize(join(root, rel));
    if (!path.startsWith(root)) { res.writeHead(403); res.end(); return; }
    try {
      const st = await stat(path);
      const file = st.isDirectory() ? join(path, 'index.html') : path;
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
                           'Content-Length': body.length, 'Cache-Control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404); res.end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const folder = args[0];
  const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
  if (!folder) { console.error('usage: node scripts/serve.mjs <folder> [--port 8080] [--base /]'); process.exit(2); }
  const port = Number(opt('--port', 8080)), base = opt('--base', '/');
  serve(folder, { port, base }).then(() => {
    console.log(`Wiretrace is served at http://127.0.0.1:${port}${base.endsWith('/') ? base : base + '/'}  (Ctrl+C stops)`);
  }, (e) => { console.error(`cannot serve on 127.0.0.1:${port}: ${e.message}`); process.exit(1); });
}

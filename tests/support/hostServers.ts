import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A host's own server running on 127.0.0.1, serving a built folder. */
export interface HostServer {
  origin: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/** How long a server may live: it stops by itself even if the test that started it dies. */
const LIFETIME_SECONDS = 600;

interface StartOptions {
  /** A fixed port (default: a free one). */
  port?: number;
  /** When the server stops by itself (default 600 s). */
  lifetimeSeconds?: number;
}

/** A free port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Resolves once `origin` answers any HTTP request, or fails after `seconds`. */
async function waitForServer(origin: string, child: ChildProcess, log: () => string, seconds = 90): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering:\n${log()}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((wait) => setTimeout(wait, 250));
    }
  }
  throw new Error(`server at ${origin} did not answer within ${seconds} s:\n${log()}`);
}

function run(
  command: string,
  args: string[],
  {
    env = process.env,
    lifetime = LIFETIME_SECONDS,
    cwd,
  }: {
    env?: NodeJS.ProcessEnv;
    lifetime?: number | undefined;
    cwd?: string | undefined;
  } = {},
) {
  let output = '';
  // `timeout` ends the server even if this process is killed before stop(). It runs the server in
  // a process group of its own, which stop() ends as a whole (wrangler's workerd included).
  const child = spawn('timeout', [String(lifetime), command, ...args], { env, cwd, detached: true });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      process.kill(-(child.pid ?? 0), 'SIGTERM');
    });
  return { child, output: () => output, stop };
}

/**
 * Cloudflare's own local Pages server (`wrangler pages dev`), offline, reading the folder's
 * `_headers` with Cloudflare's parser and limits.
 */
export async function startWrangler(folder: string, options: StartOptions = {}): Promise<HostServer> {
  const port = options.port ?? (await freePort());
  const state = mkdtempSync(join(tmpdir(), 'wrangler-'));
  const server = run(
    resolve('node_modules/.bin/wrangler'),
    [
      'pages',
      'dev',
      resolve(folder),
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      state,
      // The newest date this wrangler's runtime supports; a later one refuses to start.
      '--compatibility-date',
      '2026-11-01',
      '--log-level',
      'info',
    ],
    {
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_LOG_PATH: state, CI: 'true' },
      lifetime: options.lifetimeSeconds,
      // Its working files (.wrangler/) go to the temporary folder, not the checkout.
      cwd: state,
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(origin, server.child, server.output);
  return {
    origin,
    output: server.output,
    stop: async () => {
      await server.stop();
      rmSync(state, { recursive: true, force: true });
    },
  };
}

/**
 * Debian's nginx with the site configuration the build wrote beside the folder
 * (`<folder>.nginx.conf`), changed only to listen on a free local port, in a minimal nginx.conf
 * of its own (never the system's service).
 */
export async function startNginx(folder: string): Promise<HostServer> {
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => spawnSync('test', ['-x', path]).status === 0);
  if (!nginx) throw new Error('nginx is not installed (Debian: apt-get install nginx; .ci/run installs it)');
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const site = readFileSync(`${resolve(folder)}.nginx.conf`, 'utf8').replace(
    /^ {2}listen 80;$/m,
    `  listen 127.0.0.1:${port};`,
  );
  if (!site.includes(`listen 127.0.0.1:${port};`))
    throw new Error('the generated nginx config has no "listen 80;" line');
  writeFileSync(join(prefix, 'site.conf'), site);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
${process.getuid?.() === 0 ? 'user root;\n' : ''}pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
}
`,
  );
  const server = run(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf')]);
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(origin, server.child, () => `${server.output()}${readIfExists(join(prefix, 'error.log'))}`);
  return {
    origin,
    output: () => `${server.output()}${readIfExists(join(prefix, 'error.log'))}`,
    stop: async () => {
      await server.stop();
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function readIfExists(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

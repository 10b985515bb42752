/**
 * A code-server (VS Code 1.99 in the browser) for the end-to-end tests: a fresh profile and
 * extensions folder in a temporary directory, the built .vsix installed, a workspace of example
 * chapters, on a free loopback port. `stop()` ends code-server with everything it started (the
 * extension host, the language server) and removes the directory.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The repository root (this file runs from out/test/e2e). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where test/e2e/setup.sh installs code-server. */
export const CODE_SERVER = process.env.E2E_CODE_SERVER ?? join(ROOT, '.e2e-cache', 'code-server', 'node_modules', '.bin', 'code-server');

/** The .vsix `npm run package` builds. */
export function vsixPath(): string {
  const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  return join(ROOT, `${name}-${version}.vsix`);
}

/** User settings of the test profile: no trust dialog, no updates or gallery, a calm editor. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'off',
  // Markdown wraps by default; unwrapped, one file line is one rendered row.
  '[markdown]': { 'editor.wordWrap': 'off' },
  'editor.fontSize': 13,
  'editor.hover.delay': 200,
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'files.autoSave': 'off',
  'workbench.editor.enablePreview': false,
  'window.title': 'programmalint e2e',
};

/** The chapters of the test workspace: [source in the repository, path in the workspace]. */
const WORKSPACE_FILES: [string, string][] = [
  ['examples/begroting-2019-4.2.1-ondersteunende-voorzieningen.md', 'begroting-2019-4.2.1-ondersteunende-voorzieningen.md'],
  ['examples/rekening-2018-4.2.1-ondersteunende-voorzieningen.md', 'rekening-2018-4.2.1-ondersteunende-voorzieningen.md'],
  ['examples/rekening-2020-4.2.2-specialistische-zorgvoorzieningen.md', 'rekening-2020-4.2.2-specialistische-zorgvoorzieningen.md'],
  ['examples/with-errors/rekening-2018-voetnoten.md', 'with-errors/rekening-2018-voetnoten.md'],
  ['examples/with-errors/rekening-2018-tabel.md', 'with-errors/rekening-2018-tabel.md'],
  ['test/e2e/workspace/begroting-2021-6.1.1-sportdeelname.md', 'sport/begroting-2021-6.1.1-sportdeelname.md'],
  ['test/e2e/workspace/rekening-2021-6.1.1-sportdeelname.md', 'sport/rekening-2021-6.1.1-sportdeelname.md'],
];

export class CodeServer {
  private process: ChildProcess | undefined;
  private output = '';

  private constructor(
    /** The temporary directory holding profile, extensions and workspace. */
    readonly dir: string,
    readonly workspace: string,
    readonly port: number,
  ) {}

  /** The URL that opens the workspace. */
  get url(): string {
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.workspace)}`;
  }

  /** What code-server printed so far (for failure messages). */
  get log(): string {
    return this.output;
  }

  /**
   * Prepares profile and workspace, installs the .vsix and starts code-server; resolves when it
   * listens. Throws with the reason when something needed is missing.
   */
  static async start(): Promise<CodeServer> {
    const vsix = vsixPath();
    if (!existsSync(CODE_SERVER)) throw new Error(`code-server is not installed at ${CODE_SERVER}: run bash test/e2e/setup.sh`);
    if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package (or bash test/e2e/setup.sh)`);

    const dir = mkdtempSync(join(tmpdir(), 'programmalint-e2e-'));
    const workspace = join(dir, 'workspace');
    for (const [from, to] of WORKSPACE_FILES) {
      mkdirSync(join(workspace, to, '..'), { recursive: true });
      cpSync(join(ROOT, from), join(workspace, to));
    }
    mkdirSync(join(dir, 'user', 'User'), { recursive: true });
    writeFileSync(join(dir, 'user', 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    writeFileSync(join(dir, 'config.yaml'), 'auth: none\n');

    const server = new CodeServer(dir, workspace, await freePort());
    try {
      await promisify(execFile)(
        CODE_SERVER,
        ['--install-extension', vsix, '--extensions-dir', join(dir, 'extensions'), '--user-data-dir', join(dir, 'user'), '--config', join(dir, 'config.yaml')],
        { env: server.env(), timeout: 120_000 },
      );
      await server.launch();
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  /** code-server's environment: no gallery to reach (the machine has no network beyond loopback). */
  private env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }),
      XDG_DATA_HOME: join(this.dir, 'data'),
      XDG_CONFIG_HOME: join(this.dir, 'config'),
    };
  }

  private launch(): Promise<void> {
    const child = spawn(
      CODE_SERVER,
      [
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${this.port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--config', join(this.dir, 'config.yaml'),
        '--user-data-dir', join(this.dir, 'user'),
        '--extensions-dir', join(this.dir, 'extensions'),
        this.workspace,
      ],
      // Its own process group, so stop() ends the extension host and the language server too.
      { env: this.env(), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
    );
    this.process = child;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${this.output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        if (this.output.includes('HTTP server listening')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited (${code ?? signal}) before listening:\n${this.output}`));
      });
    });
  }

  /** Ends code-server and its process group, and removes the temporary directory. */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      signalGroup(child.pid, 'SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref());
      if ((await Promise.race([exited, timeout])) === 'timeout') {
        signalGroup(child.pid, 'SIGKILL');
        await exited;
      }
    }
    // Children of the group that outlive their parent (an extension host shutting down) get no second chance.
    if (child?.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
    if (!process.env.E2E_KEEP) rmSync(this.dir, { recursive: true, force: true });
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

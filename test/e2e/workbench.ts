/**
 * Driving the VS Code workbench (code-server) through its DOM with playwright-core. Every helper
 * waits for a DOM state with a timeout; none sleeps.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './code-server.js';

/** Where the screenshots of each step go (git-ignored). */
export const ARTIFACTS = join(ROOT, 'test-results', 'e2e');

/** How long a step may wait for the workbench or the language server. */
export const STEP_TIMEOUT = 60_000;

/** The script that reads the editor's DOM inside the page. */
const PROBE = join(ROOT, 'test', 'e2e', 'dom-probe.js');

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What test/e2e/dom-probe.js puts on the page's global object. */
interface Probe {
  row(line: number): unknown;
  lineText(line: number): string | null;
  textBox(line: number, text: string): Box | null;
  colorOf(line: number, text: string): string | null;
  statusLabel(): string | null;
}

/**
 * The page's global object as the probe sees it. Functions given to `waitForFunction` run in
 * the page, so they reach the probe through it (`(globalThis as unknown as InPage)…`), not
 * through anything of this module.
 */
interface InPage {
  programmalintE2e: Probe;
}

export class Workbench {
  private shot = 0;

  constructor(readonly page: Page) {
    mkdirSync(ARTIFACTS, { recursive: true });
  }

  /** Prepares a new page: the DOM probe (test/e2e/dom-probe.js) is loaded with every document. */
  static async on(page: Page): Promise<Workbench> {
    await page.addInitScript({ path: PROBE });
    return new Workbench(page);
  }

  /** Saves a screenshot of the page as test-results/e2e/NN-name.png. */
  async screenshot(name: string): Promise<string> {
    const file = join(ARTIFACTS, `${String(++this.shot).padStart(2, '0')}-${name.replace(/[^\w.-]+/g, '-')}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Opens the workbench on a URL and waits for the explorer to list the workspace. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: STEP_TIMEOUT });
  }

  private explorerRow(name: string): Locator {
    return this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`);
  }

  /**
   * Opens a file of the workspace by clicking through the explorer (folders expanded on the
   * way) and waits until its editor is the active one.
   */
  async openFile(path: string): Promise<void> {
    const parts = path.split('/');
    for (const folder of parts.slice(0, -1)) {
      const row = this.explorerRow(folder);
      await row.waitFor({ timeout: STEP_TIMEOUT });
      if ((await row.getAttribute('aria-expanded')) === 'false') {
        await row.click();
        await this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${folder}"][aria-expanded="true"]`).waitFor({ timeout: STEP_TIMEOUT });
      }
    }
    await this.explorerRow(parts[parts.length - 1]).click();
    await this.activeEditor(path).waitFor({ timeout: STEP_TIMEOUT });
  }

  /** Activates the tab of an open file. */
  async selectTab(name: string): Promise<void> {
    await this.page.locator('.tabs-container .tab', { has: this.page.locator(`.label-name:text-is("${name}")`) }).click();
    await this.activeEditor(name).waitFor({ timeout: STEP_TIMEOUT });
  }

  /** Closes the active editor with its tab's close button (the file must have no unsaved edits). */
  async closeActiveEditor(name: string): Promise<void> {
    const tab = this.page.locator('.tabs-container .tab.active', { has: this.page.locator(`.label-name:text-is("${name}")`) });
    await tab.hover();
    await tab.locator('.tab-actions .codicon-close').click();
    await tab.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  }

  /** The editor of the active tab, when it shows a file whose path ends with `path`. */
  activeEditor(path: string): Locator {
    return this.page.locator(`.editor-group-container.active .editor-instance .monaco-editor[data-uri$="/${path}"]`);
  }

  /** The status bar item of the extension. */
  get status(): Locator {
    return this.page.locator('.statusbar-item[id$="programmalint.status"]');
  }

  /** Waits until the extension's status bar item says `label` (its accessible label, matched by a pattern). */
  async waitForStatus(label: RegExp): Promise<string> {
    const handle = await this.page.waitForFunction(
      ([source, flags]) => {
        const status = (globalThis as unknown as InPage).programmalintE2e.statusLabel();
        return status !== null && new RegExp(source, flags).test(status) ? status : null;
      },
      [label.source, label.flags] as const,
      { timeout: STEP_TIMEOUT },
    );
    return (await handle.jsonValue()) as string;
  }

  /** Shows the Problems panel (unless it is showing). */
  async showProblems(): Promise<void> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.page.locator('#status\\.problems').click();
    await panel.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  }

  /** The rows of the Problems panel (files and problems), as text. */
  async problemRows(): Promise<string[]> {
    return this.page.locator('.markers-panel .monaco-list-row').allTextContents();
  }

  /** Waits until the Problems panel has a problem row containing `text`. */
  async waitForProblem(text: string): Promise<void> {
    await this.page.locator('.markers-panel .monaco-list-row', { hasText: text }).first().waitFor({ timeout: STEP_TIMEOUT });
  }

  /** Waits until the Problems panel says there are no problems. */
  async waitForNoProblems(): Promise<void> {
    await this.page.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    await this.page.locator('.markers-panel', { hasText: 'No problems have been detected in the workspace.' }).waitFor({ timeout: STEP_TIMEOUT });
  }

  /**
   * The screen rectangle of the first occurrence of `text` on line `line` (1-based) of the
   * active editor; the line must be rendered (within the editor's viewport).
   */
  async textBox(line: number, text: string): Promise<Box> {
    const handle = await this.page.waitForFunction(([l, t]) => (globalThis as unknown as InPage).programmalintE2e.textBox(l, t), [line, text] as const, {
      timeout: STEP_TIMEOUT,
    });
    return (await handle.jsonValue()) as Box;
  }

  /** The colour of (the first character of) `text` on a line of the active editor, as CSS `rgb(…)`. */
  async colorOf(line: number, text: string): Promise<string> {
    const handle = await this.page.waitForFunction(([l, t]) => (globalThis as unknown as InPage).programmalintE2e.colorOf(l, t), [line, text] as const, {
      timeout: STEP_TIMEOUT,
    });
    return (await handle.jsonValue()) as string;
  }

  /** The text of line `line` (1-based) of the active editor, once rendered. */
  async lineText(line: number): Promise<string> {
    const handle = await this.page.waitForFunction((l) => (globalThis as unknown as InPage).programmalintE2e.lineText(l), line, { timeout: STEP_TIMEOUT });
    return (await handle.jsonValue()) as string;
  }

  /** Waits until line `line` (1-based) of the active editor reads exactly `text`. */
  async waitForLine(line: number, text: string): Promise<void> {
    await this.page.waitForFunction(([l, t]) => (globalThis as unknown as InPage).programmalintE2e.lineText(l) === t, [line, text] as const, { timeout: STEP_TIMEOUT });
  }

  /** Puts the cursor just after `text` on a line of the active editor (a click at its right edge). */
  async clickAfter(line: number, text: string): Promise<void> {
    const box = await this.textBox(line, text);
    await this.page.mouse.click(box.x + box.width - 1, box.y + box.height / 2);
  }

  /** Puts the cursor inside `text` on a line of the active editor. */
  async clickInside(line: number, text: string): Promise<void> {
    const box = await this.textBox(line, text);
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Moves the mouse away from the editor (to the activity bar's empty part) so a hover closes. */
  async moveMouseAway(): Promise<void> {
    const height = this.page.viewportSize()?.height ?? 800;
    await this.page.mouse.move(5, height / 2);
  }

  /**
   * Picks an entry of the open code action menu by its title with the keyboard (the menu lies
   * under a pointer block that takes clicks): down until it has the focus, then Enter.
   */
  async chooseAction(title: string): Promise<void> {
    const row = this.page.locator(`.action-widget .monaco-list-row.action[aria-label="${title}"]`);
    await row.waitFor({ timeout: STEP_TIMEOUT });
    const rows = await this.page.locator('.action-widget .monaco-list-row').count();
    for (let i = 0; i <= rows && !/\bfocused\b/.test((await row.getAttribute('class')) ?? ''); i++) {
      const focused = await this.page.locator('.action-widget .monaco-list-row.focused').getAttribute('id');
      await this.page.keyboard.press('ArrowDown');
      await this.page.locator(`.action-widget .monaco-list-row.focused:not([id="${focused}"])`).waitFor({ timeout: STEP_TIMEOUT });
    }
    await this.page.keyboard.press('Enter');
    await row.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  }

  /** Moves the mouse over `text` on a line of the active editor. */
  async hoverOver(line: number, text: string): Promise<void> {
    const box = await this.textBox(line, text);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  }
}

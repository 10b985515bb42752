// Runs inside the workbench page (added with page.addInitScript by test/e2e/workbench.ts): reads
// the active editor's rendered lines, whose spaces Monaco draws as no-break spaces.
'use strict';

globalThis.programmalintE2e = {
  /** The rendered row of line `lineNumber` (1-based) of the active editor, or null. */
  row(lineNumber) {
    const editor = document.querySelector('.editor-group-container.active .editor-instance .monaco-editor');
    if (!editor) return null;
    const number = Array.from(editor.querySelectorAll('.margin-view-overlays .line-numbers')).find(
      (n) => (n.textContent || '').trim() === String(lineNumber),
    );
    const top = number && number.parentElement ? number.parentElement.style.top : undefined;
    if (top === undefined) return null;
    return Array.from(editor.querySelectorAll('.view-lines .view-line')).find((l) => l.style.top === top) || null;
  },

  /** The text of a line, or null while it is not rendered. */
  lineText(lineNumber) {
    const row = this.row(lineNumber);
    return row ? (row.textContent || '').replace(/\u00a0/g, ' ') : null;
  },

  /** The screen rectangle of the first `needle` on a line, or null. */
  textBox(lineNumber, needle) {
    const row = this.row(lineNumber);
    if (!row) return null;
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
    const content = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ');
    const index = content.indexOf(needle);
    if (index < 0) return null;
    const locate = (offset, end) => {
      let rest = offset;
      for (const node of nodes) {
        if (rest < node.data.length || (end && rest === node.data.length)) return [node, rest];
        rest -= node.data.length;
      }
      const last = nodes[nodes.length - 1];
      return [last, last.data.length];
    };
    const range = document.createRange();
    range.setStart(...locate(index, false));
    range.setEnd(...locate(index + needle.length, true));
    const rect = range.getBoundingClientRect();
    return rect.width > 0 ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  },

  /** The colour the editor draws the first `needle` on a line in (of its first character), or null. */
  colorOf(lineNumber, needle) {
    const box = this.textBox(lineNumber, needle);
    if (!box) return null;
    const element = document.elementFromPoint(box.x + 1, box.y + box.height / 2);
    return element ? getComputedStyle(element).color : null;
  },

  /** The accessible label of the extension's status bar item, or null. */
  statusLabel() {
    const item = document.querySelector('.statusbar-item[id$="programmalint.status"]');
    return item ? item.getAttribute('aria-label') : null;
  },
};

// The floor: what any Markdown linter built on unified pays before it checks anything. Reads
// every .md below DIR and parses it with unified + remark-parse + GFM tables, single-threaded,
// nothing else. `node bench/floor.mjs DIR`
import { readFile } from 'node:fs/promises';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { glob } from 'tinyglobby';
import { unified } from 'unified';

const processor = unified()
  .use(remarkParse)
  .data('micromarkExtensions', [gfmTable()])
  .data('fromMarkdownExtensions', [gfmTableFromMarkdown()]);

const dir = process.argv[2] ?? '.';
const files = (await glob('**/*.md', { cwd: dir, absolute: true, ignore: ['**/node_modules/**'] })).sort();
let nodes = 0;
for (const file of files) nodes += processor.parse(await readFile(file, 'utf8')).children.length;
console.log(`${files.length} files, ${nodes} top-level nodes`);

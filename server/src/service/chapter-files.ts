/**
 * Which files are chapters (and configuration files) and which folders are never searched for them: one list for the CLI
 * (`programmalint` without paths, folders, `--workspace`), the language server (indexing, file
 * watching) and the client (the report's refresh), so a `.markdown` chapter is linted and
 * indexed exactly like a `.md` one. Names only: reading files is the shells' business.
 */

/** The file name extensions of chapters, without the dot. */
export const MARKDOWN_EXTENSIONS: readonly string[] = ['md', 'markdown'];

/** Folders never searched for chapters (dependencies, not the municipality's texts). */
export const IGNORED_FOLDERS: readonly string[] = ['node_modules'];

/** Ignore globs of {@link IGNORED_FOLDERS}, as tinyglobby and picomatch take them. */
export const IGNORED_GLOBS: readonly string[] = IGNORED_FOLDERS.map((folder) => `**/${folder}/**`);

/** A glob of every file with one of `extensions` below a folder: `**\/*.{md,markdown}`. */
export function filesGlob(extensions: readonly string[] = MARKDOWN_EXTENSIONS): string {
  return extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
}

/** A glob of every chapter below a folder (file watchers, indexing). */
export const CHAPTER_GLOB = filesGlob();

/** The name of the configuration file looked up from a chapter's folder upwards. */
export const CONFIG_FILE_NAME = '.programmalintrc.json';

/** A glob of every configuration file below a folder (file watchers, the client's document selector). */
export const CONFIG_GLOB = `**/${CONFIG_FILE_NAME}`;

const CHAPTER_NAME = new RegExp(`\\.(${MARKDOWN_EXTENSIONS.join('|')})$`, 'i');

/** Whether a path, file name or uri names a chapter (by its extension, in any case). */
export function isChapterPath(path: string): boolean {
  return CHAPTER_NAME.test(path);
}

/** A chapter's path without its extension (`rekening-2018.md` → `rekening-2018`). */
export function withoutChapterExtension(path: string): string {
  return path.replace(CHAPTER_NAME, '');
}

/** Whether one of the folders of a path (split at `separator`) is an ignored folder. */
export function inIgnoredFolder(path: string, separator: string): boolean {
  return path.split(separator).some((part) => IGNORED_FOLDERS.includes(part));
}

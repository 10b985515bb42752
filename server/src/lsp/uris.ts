/** Document uris as the index knows them, and the paths behind them. */
import { sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The uri the index uses for a document: file uris normalised, so the disk and the editor agree. */
export function indexUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

/** The path of a file uri; undefined for other schemes (`untitled:`) and malformed uris. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The workspace folder that holds a path, if any. */
export function folderOf(path: string, folders: readonly string[]): string | undefined {
  return folders.find((folder) => path.startsWith(folder.endsWith(sep) ? folder : folder + sep));
}

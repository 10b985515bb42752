/** What cross-document rules may ask of the workspace. Implemented by the workspace index. */
import type { ChapterDocument, DocumentKind } from './model.js';

export interface WorkspaceView {
  /** Documents of a kind and year that contain the beleidsveld `number` (documents other than `except`). */
  find(kind: DocumentKind, year: number, number: string | undefined, except?: string): ChapterDocument[];
}

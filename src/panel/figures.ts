// The catalogue's figures as the page draws them: the SVG markup of each
// file in media/figures/, read once per extension folder. A figure that
// could not be read is left out, and all are read again for the next panel.
import * as vscode from 'vscode';
import { figureFiles } from '../core/break/exercises';
import { errorMessage } from '../core/errors';

const loaded = new Map<string, Promise<Record<string, string>>>();

/** The SVG markup of every figure of the catalogue, by file name. */
export function loadFigures(extensionUri: vscode.Uri, log: (message: string) => void): Promise<Record<string, string>> {
  const key = extensionUri.toString();
  let loading = loaded.get(key);
  if (!loading) {
    const read = async (name: string): Promise<[string, string]> => {
      try {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'figures', name));
        return [name, new TextDecoder().decode(bytes)];
      } catch (error) {
        log(`Break panel: could not read media/figures/${name}: ${errorMessage(error)}`);
        return [name, ''];
      }
    };
    loading = Promise.all(figureFiles().map(read)).then((entries) => {
      if (entries.some(([, markup]) => !markup)) {
        loaded.delete(key); // try again next time
      }
      return Object.fromEntries(entries.filter(([, markup]) => markup));
    });
    loaded.set(key, loading);
  }
  return loading;
}

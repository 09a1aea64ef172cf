// Storage: the clock's state, shared by every VS Code window of the person on
// this machine (or, in the browser, of this browser profile). It lives in one
// JSON file in the extension's global storage folder, read and written only
// through vscode.workspace.fs, so the same code runs in the Node and the
// browser extension hosts. Reads come from memory (the last content seen); a
// file watcher tells this window when another window wrote, so nothing polls.
import * as vscode from 'vscode';
import { Disposable } from './disposable';
import { newWindowId } from '../core/clock/stored';
import { errorMessage } from '../core/errors';

export const STATE_FILE = 'clock-state.json';
/** A temporary file of a write that did not finish is removed once it is this old (a write takes milliseconds). */
const STALE_TEMP_MS = 60_000;
const TEMP_FILE = /^clock-state\.json\.[a-z0-9]+\.tmp$/;
/** Claim files (see claimOnce) are removed once they are this old. */
const STALE_CLAIM_MS = 24 * 60 * 60_000;
const CLAIM_FILE = /^[a-z0-9-]+(\.[a-z0-9]+)?\.claim$/;
/** Without an atomic create, how long a window waits for the claims of windows that claimed at the same moment. */
const CLAIM_SETTLE_MS = 1500;

/**
 * The local disk, where the host reaches it directly (the Node host): reads
 * without a round trip through VS Code's file service, which at start-up
 * waits behind the window's other work, and an atomic exclusive create.
 */
export interface LocalDisk {
  /** Rejects when the file does not exist. */
  readFile(fsPath: string): Promise<Uint8Array>;
  /** Creates the folder and its parents; nothing if it exists. */
  mkdir(fsPath: string): Promise<void>;
  /** True if this call created the file, false if it existed. */
  createExclusive(fsPath: string): Promise<boolean>;
}

export class SharedStore extends Disposable {
  private cache: unknown = undefined;
  private lastText = '';
  private writing: Promise<void> = Promise.resolve();
  /** Counts this window's writes, so a read that raced with one is dropped. */
  private writes = 0;
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** Another window changed the stored state. */
  readonly onDidChangeElsewhere = this.changed.event;
  /** This window's id: it names the window's own files (its temporary file and its claims) and its clock's writes. */
  readonly windowId = newWindowId();
  /** Each window writes through its own temporary file, then renames it. */
  private readonly tempName = `${STATE_FILE}.${this.windowId}.tmp`;

  /** Settles when the files left by crashed writes and old claims have been removed (started by open, never awaited there). */
  staleFilesRemoved: Promise<string[]> = Promise.resolve([]);

  private constructor(
    private readonly folder: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    private readonly disk: LocalDisk | undefined,
  ) {
    super();
  }

  /** Opens the shared state in `folder` (created if missing); `disk` where the host reaches the local disk. */
  static async open(folder: vscode.Uri, log: vscode.LogOutputChannel, disk?: LocalDisk): Promise<SharedStore> {
    const store = new SharedStore(folder, log, disk);
    if (store.local) {
      await store.local.mkdir(folder.fsPath);
    } else {
      await vscode.workspace.fs.createDirectory(folder);
    }
    await store.reload(true);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, STATE_FILE));
    const onFileEvent = () => void store.reload().then((changed) => changed && store.changed.fire());
    store.watch(watcher, onFileEvent);
    store.staleFilesRemoved = store.removeStaleFiles(Date.now());
    return store;
  }

  /**
   * Removes the temporary files of writes that never finished (the window was
   * killed between writing and renaming), once older than STALE_TEMP_MS: a
   * window writing now has a file only milliseconds old. Also claim files of
   * past due breaks, once a day old. Returns the names removed.
   */
  async removeStaleFiles(now: number): Promise<string[]> {
    const removed: string[] = [];
    try {
      for (const [name, type] of await vscode.workspace.fs.readDirectory(this.folder)) {
        const maxAge = TEMP_FILE.test(name) ? STALE_TEMP_MS : CLAIM_FILE.test(name) ? STALE_CLAIM_MS : null;
        if (type !== vscode.FileType.File || maxAge === null || name === this.tempName) {
          continue;
        }
        const file = vscode.Uri.joinPath(this.folder, name);
        const { mtime } = await vscode.workspace.fs.stat(file);
        if (now - mtime >= maxAge) {
          await vscode.workspace.fs.delete(file);
          removed.push(name);
        }
      }
    } catch (error) {
      this.log.warn(`Could not tidy the storage folder: ${errorMessage(error)}`);
    }
    if (removed.length > 0) {
      this.log.info(`Removed ${removed.length} temporary file(s) left by an unfinished write: ${removed.join(', ')}`);
    }
    return removed;
  }

  /** The local disk, when the host has it and the folder is on it. */
  private get local(): LocalDisk | undefined {
    return this.folder.scheme === 'file' ? this.disk : undefined;
  }

  private get file(): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, STATE_FILE);
  }

  /** The latest state known to this window (parsed JSON, or undefined). */
  read(): unknown {
    return this.cache;
  }

  /**
   * Reads the file again. Returns whether its content differs from what this
   * window last read or wrote. Windows write the file atomically (a temporary
   * file, then a rename), so content that is not valid JSON is damage: at
   * start-up it is kept aside (renamed, never silently overwritten) and the
   * clock starts afresh; later it is ignored and the state in memory kept.
   */
  async reload(startingUp = false): Promise<boolean> {
    const writesBefore = this.writes;
    let text: string;
    try {
      text = new TextDecoder().decode(await (this.local ? this.local.readFile(this.file.fsPath) : vscode.workspace.fs.readFile(this.file)));
    } catch {
      return false; // no state yet
    }
    // This window wrote while the file was being read: what was read may be
    // older than what is in memory (the write's own file event follows).
    if (this.writes !== writesBefore) {
      return false;
    }
    return this.accept(text, startingUp);
  }

  /** Takes the file's content as the latest state. Returns whether it changed. */
  private async accept(text: string | undefined, startingUp: boolean): Promise<boolean> {
    if (text === undefined || text === this.lastText) {
      return false;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      if (!startingUp) {
        this.log.warn('The stored clock state could not be read; keeping the state in memory.');
        return false;
      }
      const aside = vscode.Uri.joinPath(this.folder, `clock-state.corrupt-${Date.now()}.json`);
      this.log.warn(`The stored clock state was not valid JSON; it was kept as ${aside.path} and the clock starts afresh.`);
      await vscode.workspace.fs.rename(this.file, aside, { overwrite: true }).then(undefined, () => undefined);
      return false;
    }
    this.lastText = text;
    this.cache = parsed;
    return true;
  }

  /** Remembers the state at once and writes it to disk (in order, atomically). */
  write(state: unknown): void {
    this.writes++;
    this.cache = state;
    const text = JSON.stringify(state);
    this.lastText = text;
    const temp = vscode.Uri.joinPath(this.folder, this.tempName);
    this.writing = this.writing
      .then(async () => {
        await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
        await vscode.workspace.fs.rename(temp, this.file, { overwrite: true });
      })
      .catch((error) => this.log.error(`Could not save the clock state: ${errorMessage(error)}`));
  }

  /**
   * Claims `name` once for every window of this storage folder: true in
   * exactly one window, false in every other.
   * - Where the host has an atomic exclusive create and the folder is local
   *   (the Node host), the one window whose create of `<name>.claim`
   *   succeeds has it.
   * - Elsewhere (the browser host; vscode.workspace.fs has no exclusive
   *   create, and its rename checks before it renames), a rule that
   *   converges: see claimBySettling.
   * A claim that cannot be made at all (the folder cannot be written) is
   * given to this window, so a reminder is never lost to a storage error.
   */
  async claimOnce(name: string): Promise<boolean> {
    if (!/^[a-z0-9-]+$/.test(name)) {
      return true;
    }
    try {
      if (this.local) {
        return await this.local.createExclusive(vscode.Uri.joinPath(this.folder, `${name}.claim`).fsPath);
      }
      return await this.claimBySettling(name);
    } catch (error) {
      this.log.warn(`Could not claim ${name}: ${errorMessage(error)}`);
      return true;
    }
  }

  /**
   * The claim without an atomic create. A window first looks for claims of
   * `name`: if there is one, another window has it. Otherwise it writes its
   * own claim file, `<name>.<window id>.claim` (no other window writes that
   * name), waits CLAIM_SETTLE_MS for the claims of windows that looked at the
   * same moment, and reads the claims again: the smallest window id wins.
   * Every window that wrote reads the same set once the writes have landed,
   * so exactly one wins; a window that comes later sees a claim and gives up.
   */
  private async claimBySettling(name: string): Promise<boolean> {
    const claimants = async () => (await vscode.workspace.fs.readDirectory(this.folder))
      .map(([file]) => file)
      .filter((file) => file === `${name}.claim` || (file.startsWith(`${name}.`) && file.endsWith('.claim')))
      .map((file) => file.slice(name.length + 1, -'.claim'.length))
      .sort();
    if ((await claimants()).length > 0) {
      return false;
    }
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.folder, `${name}.${this.windowId}.claim`), new Uint8Array());
    await new Promise((resolve) => setTimeout(resolve, CLAIM_SETTLE_MS));
    return (await claimants())[0] === this.windowId;
  }

  /** Resolves when every write so far has reached the disk. */
  flushed(): Promise<void> {
    return this.writing;
  }

  private watch(watcher: vscode.FileSystemWatcher, onFileEvent: () => void): void {
    this._register(watcher);
    this._register(watcher.onDidChange(onFileEvent));
    this._register(watcher.onDidCreate(onFileEvent));
  }
}

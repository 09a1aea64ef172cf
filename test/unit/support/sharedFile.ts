// A model of the state file shared by VS Code windows and of the adapter
// around each window's driver, as src/vscode/sharedStore.ts and
// src/extension.ts have them:
// - one file; each window reads its own copy in memory (the last content it
//   read or wrote);
// - a write reaches the file at once, but another window reads it only when
//   its file watcher fires, a little later (watcherDelayMs), and then it
//   syncs its driver;
// - a window that gains focus reads the file again, syncs, and only then
//   counts the focus as activity; a window that loses focus tells its driver.
import * as FakeTimers from '@sinonjs/fake-timers';
import { Clock } from '../../../src/core/clock/clock';
import { ActivityKind } from '../../../src/core/clock/view';
import { Settings } from '../../../src/core/settings';
import { settings, utcDay } from './clockHelpers';

export class SharedFile {
  /** The file's content; undefined before the first write. */
  text: string | undefined = undefined;
  writes = 0;
  private readonly stores: WindowStore[] = [];

  constructor(private readonly fake: FakeTimers.Clock, readonly watcherDelayMs: number) {}

  /** The store of a new window: it reads the file as it is now. */
  open(): WindowStore {
    const store = new WindowStore(this);
    this.stores.push(store);
    return store;
  }

  /** A window wrote: the file changes now, every other window's watcher fires a little later. */
  written(by: WindowStore, text: string): void {
    this.text = text;
    this.writes++;
    for (const store of this.stores) {
      if (store !== by) {
        this.fake.setTimeout(() => store.fileChanged(), this.watcherDelayMs);
      }
    }
  }
}

/** One window's side of the shared file (the adapter's SharedStore). */
export class WindowStore {
  /** Called when the watcher found content another window wrote. */
  onChangedElsewhere: () => void = () => undefined;
  private cache: unknown;
  private lastText: string | undefined;

  constructor(private readonly file: SharedFile) {
    this.lastText = file.text;
    this.cache = file.text === undefined ? undefined : JSON.parse(file.text);
  }

  read(): unknown {
    return this.cache;
  }

  write(state: unknown): void {
    const text = JSON.stringify(state);
    this.cache = JSON.parse(text);
    this.lastText = text;
    this.file.written(this, text);
  }

  /** Reads the file again; returns whether its content differs from what this window last read or wrote. */
  reload(): boolean {
    const text = this.file.text;
    if (text === undefined || text === this.lastText) {
      return false;
    }
    this.lastText = text;
    this.cache = JSON.parse(text);
    return true;
  }

  fileChanged(): void {
    if (this.reload()) {
      this.onChangedElsewhere();
    }
  }
}

/** One VS Code window: its driver, wired to the shared file as the adapter wires it. */
export class ModelWindow {
  readonly driver: Clock;
  private readonly store: WindowStore;

  constructor(fake: FakeTimers.Clock, file: SharedFile, writerId: string, overrides: Partial<Settings> = {}) {
    this.store = file.open();
    this.driver = new Clock(settings(overrides), {
      now: () => fake.now,
      setTimer: (fn, ms) => fake.setTimeout(fn, ms),
      clearTimer: (handle) => fake.clearTimeout(handle as FakeTimers.TimerId),
      store: this.store,
      render: () => undefined,
      log: () => undefined,
      localDay: utcDay,
      writerId,
    });
    this.store.onChangedElsewhere = () => this.driver.sync();
  }

  /** The window gains focus: the file is read again before the focus counts. */
  focus(): void {
    this.store.reload();
    this.driver.sync();
    this.driver.activity('focus');
  }

  /** The window loses focus (the person moves to another window or application). */
  blur(): void {
    this.driver.windowBlurred();
  }

  /** The window gains focus as the adapter does it where time outside VS Code is counted: read the file, take one sample, then count the focus. */
  async focusWithSample(): Promise<void> {
    this.store.reload();
    this.driver.sync();
    await this.driver.sampleBeforeFocus();
    this.driver.activity('focus');
  }

  activity(kind: ActivityKind): void {
    this.driver.activity(kind);
  }
}

// Command ids, declared once. The manifest declares the same ids with their
// titles (checked by a unit test); activation registers every one of them.
export const Commands = {
  takeBreak: 'postureBreaks.takeBreak',
  snooze: 'postureBreaks.snooze',
  skip: 'postureBreaks.skip',
  pause: 'postureBreaks.pause',
  resume: 'postureBreaks.resume',
  resetTimer: 'postureBreaks.resetTimer',
  showHistory: 'postureBreaks.showHistory',
  exportHistory: 'postureBreaks.exportHistory',
  showWalkthrough: 'postureBreaks.showWalkthrough',
} as const;

export type CommandName = keyof typeof Commands;

export const COMMAND_NAMES = Object.keys(Commands) as CommandName[];

/** The walkthrough (contributes.walkthroughs), as `workbench.action.openWalkthrough` names it: `<publisher>.<name>#<id>`. */
export const WALKTHROUGH_ID = 'posturebreaks.posture-breaks#postureBreaks.welcome';

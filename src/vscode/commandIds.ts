// Command ids, one place (the manifest declares the same ids and titles).
export const Commands = {
  takeBreak: 'postureBreaks.takeBreak',
  snooze: 'postureBreaks.snooze',
  skip: 'postureBreaks.skip',
  pause: 'postureBreaks.pause',
  resume: 'postureBreaks.resume',
  resetTimer: 'postureBreaks.resetTimer',
  showHistory: 'postureBreaks.showHistory',
  exportHistory: 'postureBreaks.exportHistory',
} as const;

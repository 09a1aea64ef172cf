import * as assert from 'node:assert/strict';
import { STRETCH_VARIANTS } from '../../src/core/break/exercises';
import { DEFAULTS, readSettings } from '../../src/core/settings';

const GOOD_MOMENTS_ON = { 'goodMoments.commit': true, 'goodMoments.task': true, 'goodMoments.debug': true, 'goodMoments.terminal': true };

/** readSettings over a plain map of configured values (anything not in it is unset). */
function read(values: Record<string, unknown>) {
  return readSettings((key) => values[key]);
}

describe('settings', function () {
  it('uses the contract defaults when nothing is set, without warnings', function () {
    const { settings, warnings } = read({});
    assert.deepEqual(settings, {
      enabled: true, intervalMinutes: 30, idleSeconds: 120, naturalBreakMinutes: 5, snoozeMinutes: 5,
      holdSeconds: 30, rounds: 2, stretchVariant: 'standing', breakLength: 'full', sound: true, reminderStyle: 'statusBar', quietWhileDebugging: true,
      earlyPromptMinutes: 5, ...GOOD_MOMENTS_ON, countTimeOutsideEditor: 'auto',
    });
    assert.deepEqual(DEFAULTS, settings);
    assert.deepEqual(warnings, []);
  });

  it('keeps valid values, including both ends of each range', function () {
    const low = read({ intervalMinutes: 1, idleSeconds: 15, naturalBreakMinutes: 1, snoozeMinutes: 1, holdSeconds: 10, rounds: 1, earlyPromptMinutes: 0 });
    assert.deepEqual(low.warnings, []);
    assert.equal(low.settings.intervalMinutes, 1);
    assert.equal(low.settings.idleSeconds, 15);
    const high = read({
      enabled: false, intervalMinutes: 240, idleSeconds: 900, naturalBreakMinutes: 60, snoozeMinutes: 60, holdSeconds: 120,
      rounds: 5, stretchVariant: 'kneeling', breakLength: 'quick', sound: false, reminderStyle: 'off', quietWhileDebugging: false,
      earlyPromptMinutes: 30, 'goodMoments.commit': false, 'goodMoments.task': false, 'goodMoments.debug': false, 'goodMoments.terminal': false,
      countTimeOutsideEditor: 'off',
    });
    assert.deepEqual(high.warnings, []);
    assert.deepEqual(high.settings, {
      enabled: false, intervalMinutes: 240, idleSeconds: 900, naturalBreakMinutes: 60, snoozeMinutes: 60,
      holdSeconds: 120, rounds: 5, stretchVariant: 'kneeling', breakLength: 'quick', sound: false, reminderStyle: 'off', quietWhileDebugging: false,
      earlyPromptMinutes: 30, 'goodMoments.commit': false, 'goodMoments.task': false, 'goodMoments.debug': false, 'goodMoments.terminal': false,
      countTimeOutsideEditor: 'off',
    });
  });

  it('countTimeOutsideEditor: auto, on or off; anything else is auto, with a warning', function () {
    for (const value of ['auto', 'on', 'off'] as const) {
      assert.equal(read({ countTimeOutsideEditor: value }).settings.countTimeOutsideEditor, value);
    }
    const { settings, warnings } = read({ countTimeOutsideEditor: true });
    assert.equal(settings.countTimeOutsideEditor, 'auto');
    assert.deepEqual(warnings, ['postureBreaks.countTimeOutsideEditor: true is not one of auto, on, off; using auto.']);
  });

  it('replaces a string by the default, with one warning naming the setting and the value used', function () {
    const { settings, warnings } = read({ intervalMinutes: 'abc' });
    assert.equal(settings.intervalMinutes, 30);
    assert.deepEqual(warnings, ['postureBreaks.intervalMinutes: "abc" is not a number; using 30.']);
  });

  it('replaces NaN, null, a list and an object by the default', function () {
    const { settings, warnings } = read({ intervalMinutes: NaN, snoozeMinutes: null, holdSeconds: [40], rounds: { n: 3 } });
    assert.equal(settings.intervalMinutes, 30);
    assert.equal(settings.snoozeMinutes, 5);
    assert.equal(settings.holdSeconds, 30);
    assert.equal(settings.rounds, 2);
    assert.deepEqual(warnings, [
      'postureBreaks.intervalMinutes: NaN is not a number; using 30.',
      'postureBreaks.snoozeMinutes: null is not a number; using 5.',
      'postureBreaks.holdSeconds: a list is not a number; using 30.',
      'postureBreaks.rounds: an object is not a number; using 2.',
    ]);
  });

  it('clamps a negative value to the minimum and a huge one to the maximum', function () {
    const { settings, warnings } = read({ intervalMinutes: -10, idleSeconds: 1e12, holdSeconds: Infinity, rounds: -Infinity });
    assert.equal(settings.intervalMinutes, 1);
    assert.equal(settings.idleSeconds, 900);
    assert.equal(settings.holdSeconds, 120);
    assert.equal(settings.rounds, 1);
    assert.ok(warnings.includes('postureBreaks.intervalMinutes: -10 is below the minimum 1; using 1.'));
    assert.ok(warnings.includes('postureBreaks.idleSeconds: 1000000000000 is above the maximum 900; using 900.'));
    assert.ok(warnings.includes('postureBreaks.holdSeconds: Infinity is above the maximum 120; using 120.'));
  });

  it('rounds to a whole number, with a warning', function () {
    const { settings, warnings } = read({ intervalMinutes: 30.4, snoozeMinutes: 0.6, rounds: 0.4 });
    assert.equal(settings.intervalMinutes, 30);
    assert.equal(settings.snoozeMinutes, 1);
    assert.equal(settings.rounds, 1);
    assert.deepEqual(warnings, [
      'postureBreaks.intervalMinutes: 30.4 is not a whole number; using 30.',
      'postureBreaks.snoozeMinutes: 0.6 is not a whole number; using 1.',
      'postureBreaks.rounds: 0.4 is below the minimum 1; using 1.',
    ]);
  });

  it('replaces a value not in the list, or of the wrong type, by the default', function () {
    const { settings, warnings } = read({ stretchVariant: 'lying', reminderStyle: 3, enabled: 'yes', quietWhileDebugging: 0, breakLength: 'long', sound: 'loud' });
    assert.equal(settings.stretchVariant, 'standing');
    assert.equal(settings.breakLength, 'full');
    assert.equal(settings.sound, true);
    assert.equal(settings.reminderStyle, 'statusBar');
    assert.equal(settings.enabled, true);
    assert.equal(settings.quietWhileDebugging, true);
    assert.deepEqual(warnings, [
      'postureBreaks.enabled: "yes" is not true or false; using true.',
      `postureBreaks.stretchVariant: "lying" is not one of ${STRETCH_VARIANTS.join(', ')}; using standing.`,
      'postureBreaks.breakLength: "long" is not one of full, stretch, quick; using full.',
      'postureBreaks.sound: "loud" is not true or false; using true.',
      'postureBreaks.reminderStyle: 3 is not one of statusBar, notification, off; using statusBar.',
      'postureBreaks.quietWhileDebugging: 0 is not true or false; using true.',
    ]);
  });

  it('raises naturalBreakMinutes to the smallest whole minute above idleSeconds', function () {
    const equal = read({ idleSeconds: 300, naturalBreakMinutes: 5 });
    assert.equal(equal.settings.naturalBreakMinutes, 6);
    assert.deepEqual(equal.warnings, ['postureBreaks.naturalBreakMinutes: 5 must be more than postureBreaks.idleSeconds (300 s); using 6.']);

    const below = read({ idleSeconds: 150, naturalBreakMinutes: 1 });
    assert.equal(below.settings.naturalBreakMinutes, 3);

    const above = read({ idleSeconds: 299, naturalBreakMinutes: 5 });
    assert.equal(above.settings.naturalBreakMinutes, 5);
    assert.deepEqual(above.warnings, []);
  });

  it('gives one warning for naturalBreakMinutes even when it has two problems', function () {
    const { settings, warnings } = read({ idleSeconds: 900, naturalBreakMinutes: -3 });
    assert.equal(settings.naturalBreakMinutes, 16);
    assert.deepEqual(warnings, [
      'postureBreaks.naturalBreakMinutes: -3 is below the minimum 1 and must be more than postureBreaks.idleSeconds (900 s); using 16.',
    ]);
  });

  it('explains a default naturalBreakMinutes raised by a long idleSeconds', function () {
    const { settings, warnings } = read({ idleSeconds: 900 });
    assert.equal(settings.naturalBreakMinutes, 16);
    assert.deepEqual(warnings, ['postureBreaks.naturalBreakMinutes: the default 5 must be more than postureBreaks.idleSeconds (900 s); using 16.']);
  });

  it('judges naturalBreakMinutes against the idleSeconds actually used', function () {
    // idleSeconds "x" falls back to 120, so 2 minutes (120 s) is not more than it.
    const { settings, warnings } = read({ idleSeconds: 'x', naturalBreakMinutes: 2 });
    assert.equal(settings.idleSeconds, 120);
    assert.equal(settings.naturalBreakMinutes, 3);
    assert.equal(warnings.length, 2);
  });

  it('takes earlyPromptMinutes from 0 (off) to 30, never more than the interval, with one warning like the others', function () {
    assert.equal(read({ earlyPromptMinutes: 0 }).settings.earlyPromptMinutes, 0);
    const high = read({ earlyPromptMinutes: 45 });
    assert.equal(high.settings.earlyPromptMinutes, 30);
    assert.deepEqual(high.warnings, ['postureBreaks.earlyPromptMinutes: 45 is above the maximum 30; using 30.']);
    const negative = read({ earlyPromptMinutes: -1 });
    assert.equal(negative.settings.earlyPromptMinutes, 0);
    assert.deepEqual(negative.warnings, ['postureBreaks.earlyPromptMinutes: -1 is below the minimum 0; using 0.']);
    const longerThanInterval = read({ intervalMinutes: 10, earlyPromptMinutes: 12 });
    assert.equal(longerThanInterval.settings.earlyPromptMinutes, 10);
    assert.deepEqual(longerThanInterval.warnings, ['postureBreaks.earlyPromptMinutes: 12 must not be more than postureBreaks.intervalMinutes (10); using 10.']);
    const both = read({ intervalMinutes: 20, earlyPromptMinutes: 40 });
    assert.equal(both.settings.earlyPromptMinutes, 20);
    assert.deepEqual(both.warnings, ['postureBreaks.earlyPromptMinutes: 40 is above the maximum 30 and must not be more than postureBreaks.intervalMinutes (20); using 20.']);
    const byDefault = read({ intervalMinutes: 3 });
    assert.equal(byDefault.settings.earlyPromptMinutes, 3);
    assert.deepEqual(byDefault.warnings, [], 'the default follows a short interval without a warning');
    assert.deepEqual(read({ intervalMinutes: 5, earlyPromptMinutes: 5 }).warnings, []);
  });

  it('reads one on/off setting per source of good moments, with the default for a value that is not true or false', function () {
    const { settings, warnings } = read({ 'goodMoments.commit': false, 'goodMoments.task': 'no' });
    assert.equal(settings['goodMoments.commit'], false);
    assert.equal(settings['goodMoments.task'], true);
    assert.equal(settings['goodMoments.debug'], true);
    assert.equal(settings['goodMoments.terminal'], true);
    assert.deepEqual(warnings, ['postureBreaks.goodMoments.task: "no" is not true or false; using true.']);
  });
});

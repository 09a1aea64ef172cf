// DOM code: the break's sound cues, made with the Web Audio API (no audio
// files). Short, distinct and soft: each cue is a few sine tones with a quick
// fade in and out. Sounds play only after `unlock()`, which the page calls
// from the person's own click (Start), as browsers require.

import type { Cue } from '../core/break/run';

/** [frequency (Hz), start (s after the cue), length (s)] of each tone. */
type Tone = readonly [number, number, number];

/** One pattern per moment, told apart by direction, count and pitch. */
const TONES: Readonly<Record<Cue, readonly Tone[]>> = {
  // a hold or the walk begins: rising pair
  start: [[587, 0, 0.12], [880, 0.14, 0.2]],
  // a hold ends (ease off): falling pair
  stop: [[880, 0, 0.12], [587, 0.14, 0.2]],
  // change sides: three quick pips
  switch: [[740, 0, 0.08], [740, 0.12, 0.08], [740, 0.24, 0.08]],
  // squeeze: one short high tone
  on: [[988, 0, 0.1]],
  // relax: one short low tone
  off: [[440, 0, 0.12]],
  // a part (or the whole break) is done: rising three-note chime
  partEnd: [[523, 0, 0.16], [659, 0.16, 0.16], [784, 0.32, 0.36]],
};

const VOLUME = 0.18;

export class Sounds {
  private context: AudioContext | null = null;

  /** Call from a click: creates (or wakes) the audio context. */
  unlock(): void {
    try {
      this.context ??= new AudioContext();
      if (this.context.state === 'suspended') {
        void this.context.resume();
      }
    } catch {
      this.context = null; // no audio here: the cues stay visual and spoken
    }
  }

  get unlocked(): boolean {
    return this.context !== null;
  }

  play(cue: Cue): void {
    const context = this.context;
    if (!context) {
      return;
    }
    const at = context.currentTime + 0.02;
    for (const [frequency, offset, length] of TONES[cue]) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const begin = at + offset;
      gain.gain.setValueAtTime(0, begin);
      gain.gain.linearRampToValueAtTime(VOLUME, begin + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, begin + length);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(begin);
      oscillator.stop(begin + length + 0.02);
    }
  }
}

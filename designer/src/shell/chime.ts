/** The parts of the Web Audio API the chime uses. */
export interface ChimeAudio {
  readonly currentTime: number;
  readonly state: string;
  readonly destination: AudioNode;
  resume: () => Promise<void>;
  createOscillator: () => OscillatorNode;
  createGain: () => GainNode;
}

/** Two short rising notes (A5, E6): heard, not alarming. Seconds from the start, hertz. */
export const chimeNotes = [
  { at: 0, frequency: 880, length: 0.14 },
  { at: 0.16, frequency: 1318.5, length: 0.22 },
] as const;

const PEAK = 0.18;

/** The browser's AudioContext, or null where there is none (old browsers, tests). */
function browserAudio(): ChimeAudio | null {
  if (typeof window === 'undefined') return null;
  const Context =
    window.AudioContext ?? (window as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return null;
  try {
    return new Context();
  } catch {
    return null;
  }
}

export interface Chime {
  /** From a user gesture: lets the page make sound (browsers keep audio suspended until one). */
  unlock: () => void;
  /** Plays the chime; silently nothing where audio is unavailable or not unlocked yet. */
  play: () => void;
}

/**
 * A notification sound made on the spot with the Web Audio API — no audio file to download. The
 * context is made at the first user gesture; `createAudio` stands in for the browser's in tests.
 */
export function createChime(createAudio: () => ChimeAudio | null = browserAudio): Chime {
  let audio: ChimeAudio | null | undefined;
  const context = () => {
    if (audio === undefined) audio = createAudio();
    return audio;
  };
  const resume = (a: ChimeAudio) => {
    if (a.state === 'suspended') a.resume().catch(() => undefined);
  };
  return {
    unlock: () => {
      const a = context();
      if (a) resume(a);
    },
    play: () => {
      // Made only by `unlock`: a context made without a gesture stays suspended (and warns).
      const a = audio;
      if (!a) return;
      // Notes scheduled on a suspended context would all sound later, when it resumes.
      if (a.state !== 'running') return resume(a);
      const start = a.currentTime + 0.01;
      for (const note of chimeNotes) {
        const oscillator = a.createOscillator();
        const gain = a.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.setValueAtTime(note.frequency, start + note.at);
        gain.gain.setValueAtTime(0.0001, start + note.at);
        gain.gain.exponentialRampToValueAtTime(PEAK, start + note.at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + note.at + note.length);
        oscillator.connect(gain);
        gain.connect(a.destination);
        oscillator.start(start + note.at);
        oscillator.stop(start + note.at + note.length + 0.02);
      }
    },
  };
}

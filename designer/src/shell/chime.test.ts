import { describe, expect, it, vi } from 'vitest';
import { chimeNotes, createChime, type ChimeAudio } from './chime';

/** A stand-in for the browser's AudioContext that records what is played. */
function fakeAudio(state: 'running' | 'suspended' = 'running') {
  const played: { frequency: number; start: number; stop: number }[] = [];
  const param = () => ({ setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() });
  const audio = {
    currentTime: 10,
    state,
    destination: {} as AudioNode,
    resume: vi.fn(() => {
      audio.state = 'running';
      return Promise.resolve();
    }),
    createOscillator: () => {
      const note = { frequency: 0, start: 0, stop: 0 };
      played.push(note);
      return {
        type: 'sine',
        frequency: {
          setValueAtTime: (value: number) => {
            note.frequency = value;
          },
        },
        connect: vi.fn(),
        start: (at: number) => {
          note.start = at;
        },
        stop: (at: number) => {
          note.stop = at;
        },
      } as unknown as OscillatorNode;
    },
    createGain: () => ({ gain: param(), connect: vi.fn() }) as unknown as GainNode,
  };
  return { audio: audio as ChimeAudio & { state: string }, played };
}

describe('createChime', () => {
  it('plays two short rising notes once unlocked by a gesture', () => {
    const { audio, played } = fakeAudio();
    const chime = createChime(() => audio);
    chime.unlock();
    chime.play();
    expect(played.map((n) => n.frequency)).toEqual(chimeNotes.map((n) => n.frequency));
    expect(played.every((n) => n.start >= 10 && n.stop - n.start < 0.5)).toBe(true);
  });

  it('stays silent before any gesture (browsers would keep it suspended)', () => {
    const create = vi.fn(() => fakeAudio().audio);
    const chime = createChime(create);
    chime.play();
    expect(create).not.toHaveBeenCalled();
  });

  it('resumes a suspended context instead of queueing notes for later', () => {
    const { audio, played } = fakeAudio('suspended');
    const chime = createChime(() => audio);
    chime.unlock(); // resumes
    expect(audio.resume).toHaveBeenCalledTimes(1);
    audio.state = 'suspended'; // the system suspended it again (iOS, a call)
    chime.play();
    expect(played).toHaveLength(0);
    expect(audio.resume).toHaveBeenCalledTimes(2);
  });

  it('does nothing where there is no Web Audio', () => {
    const chime = createChime(() => null);
    expect(() => {
      chime.unlock();
      chime.play();
    }).not.toThrow();
  });
});

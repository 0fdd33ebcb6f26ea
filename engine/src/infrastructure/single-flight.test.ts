import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('SingleFlight', () => {
  it('never overlaps passes and runs one more pass for any number of kicks during one', async () => {
    let active = 0;
    let maxActive = 0;
    let passes = 0;
    const flight = new SingleFlight(
      async () => {
        active += 1;
        maxActive = Math.max(maxActive, active);
        passes += 1;
        await tick();
        active -= 1;
      },
      () => undefined,
    );
    flight.kick();
    flight.kick();
    flight.kick();
    await tick();
    await tick();
    await flight.stop();
    expect(maxActive).toBe(1);
    expect(passes).toBe(2);
  });

  it('reports a failed pass and keeps working, and ignores kicks once stopped', async () => {
    const errors: unknown[] = [];
    let passes = 0;
    const flight = new SingleFlight(
      async () => {
        passes += 1;
        if (passes === 1) throw new Error('first pass failed');
      },
      (error) => errors.push(error),
    );
    flight.kick();
    await tick();
    flight.kick();
    await flight.stop();
    flight.kick();
    expect(errors).toEqual([new Error('first pass failed')]);
    expect(passes).toBe(2);
    expect(flight.isStopped).toBe(true);
  });
});

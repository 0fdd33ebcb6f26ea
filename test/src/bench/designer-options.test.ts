import { describe, expect, it } from 'vitest';
import { designerUsage, parseDesignerOptions } from './designer-options.js';

describe('bench:designer options', () => {
  it('defaults to 3 rounds of a 300-node flow on an own stack', () => {
    expect(parseDesignerOptions([], {})).toEqual({
      rounds: 3,
      nodes: 300,
      engine: undefined,
      adminEmail: 'admin@parley-demo.test',
      adminPassword: undefined,
      stackOutput: 'files',
      keepData: false,
    });
  });

  it('takes a quick run', () => {
    expect(parseDesignerOptions(['--rounds', '1', '--nodes', '50'], {})).toMatchObject({
      rounds: 1,
      nodes: 50,
    });
  });

  it('prints its usage on --help, and refuses a flow larger than the schema allows', () => {
    expect(parseDesignerOptions(['--help'], {})).toBeUndefined();
    expect(designerUsage).toContain('--nodes <n>            nodes of the flow (default 300; 2 to 1000)');
    expect(() => parseDesignerOptions(['--nodes', '1001'], {})).toThrow(/nodes/);
  });

  it('needs the admin password for a running engine', () => {
    expect(() => parseDesignerOptions(['--engine', 'http://127.0.0.1:8000'], {})).toThrow(/admin-password/);
    expect(
      parseDesignerOptions(['--engine', 'http://127.0.0.1:8000'], { PARLEY_ADMIN_PASSWORD: 'pw' }),
    ).toMatchObject({ engine: 'http://127.0.0.1:8000', adminPassword: 'pw' });
  });
});

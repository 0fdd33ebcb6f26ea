import { describe, expect, it } from 'vitest';
import { wabaView } from './waba-view.js';

const waba = { id: '300000000000002', name: 'Sakura Cafe', businessId: '200000000000002' };

describe('wabaView', () => {
  it("shows id and name by default, as Meta's default fields", () => {
    expect(wabaView(waba, undefined)).toEqual({ id: waba.id, name: 'Sakura Cafe' });
    expect(wabaView(waba, '')).toEqual({ id: waba.id, name: 'Sakura Cafe' });
  });

  it('shows the fields asked for that it knows, always with the id', () => {
    expect(wabaView(waba, 'name, account_review_status,colour')).toEqual({
      id: waba.id,
      name: 'Sakura Cafe',
      account_review_status: 'APPROVED',
    });
    expect(wabaView(waba, 'currency')).toEqual({ id: waba.id, currency: 'USD' });
  });
});

import { checkSecondChance, providersBarredBySecondChance } from './second-chance.js';

describe('second chance (IC-4, BR-07)', () => {
  it('IC-4: after a trajectory ended without placement the same provider is refused, another is allowed', () => {
    const history = [{ providerId: '12345678', endedSuccessfully: false }];
    expect(checkSecondChance(history, '12345678')).toEqual([expect.objectContaining({ field: 'providerId', code: 'SECOND_CHANCE_SAME_PROVIDER' })]);
    expect(checkSecondChance(history, '87654321')).toEqual([]);
  });

  it('IC-4: a successful or still running trajectory bars nobody', () => {
    expect(checkSecondChance([{ providerId: '12345678', endedSuccessfully: true }], '12345678')).toEqual([]);
    expect(checkSecondChance([{ providerId: '12345678' }], '12345678')).toEqual([]);
  });

  it('IC-4: every provider that ended a trajectory of the client without placement stays barred', () => {
    const history = [
      { providerId: 'A', endedSuccessfully: false },
      { providerId: 'B', endedSuccessfully: true },
      { providerId: 'C', endedSuccessfully: false },
    ];
    expect([...providersBarredBySecondChance(history)].sort()).toEqual(['A', 'C']);
  });
});

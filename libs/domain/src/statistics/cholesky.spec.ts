import { solveCholesky } from './cholesky.js';

describe('Cholesky solver', () => {
  it('solves a symmetric positive-definite system', () => {
    const a = [
      [4, 12, -16],
      [12, 37, -43],
      [-16, -43, 98],
    ];
    const x = solveCholesky(a, [1, 2, 3]);
    a.forEach((row, i) => expect(row.reduce((s, v, j) => s + v * x[j], 0)).toBeCloseTo([1, 2, 3][i], 10));
  });

  it('refuses a singular matrix', () => {
    expect(() =>
      solveCholesky(
        [
          [1, 1],
          [1, 1],
        ],
        [1, 1],
      ),
    ).toThrow(RangeError);
  });
});

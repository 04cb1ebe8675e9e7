/** Test tiers: unit (pure, colocated *.spec.ts), integration (*.int-spec.ts, real Postgres/Redis),
 *  e2e (apps/api/test, the real AppModule over HTTP), browser (apps/admin/e2e, system Chromium). */
const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@rim/(domain|contracts|market-sim|testing)$': '<rootDir>/libs/$1/src/index.ts',
    '^@rim/migrations$': '<rootDir>/migrations/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, isolatedModules: true, tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  rootDir: '.',
};

/** Tests over real services walk whole flows; on a busy two-core machine a few seconds is not enough (Jest reads this globally, not per project). */
const SLOW_TEST_MS = 30_000;

export default {
  testTimeout: SLOW_TEST_MS,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps/api/src,libs}/**/*.spec.ts'] },
    { ...base, displayName: 'integration', testMatch: ['<rootDir>/{apps/api/src,libs}/**/*.int-spec.ts'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/apps/api/test/**/*.e2e-spec.ts'] },
    { ...base, displayName: 'browser', testMatch: ['<rootDir>/apps/admin/e2e/**/*.e2e.ts'] },
  ],
};

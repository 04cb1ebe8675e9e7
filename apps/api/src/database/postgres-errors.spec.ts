import { isDatabaseUnavailable } from './postgres-errors.js';

describe('isDatabaseUnavailable: a restarting or crashed PostgreSQL is a 503, a bad request is not (SPEC §11)', () => {
  const queryFailed = (code: string, message = 'x') => Object.assign(new Error('query failed'), { driverError: Object.assign(new Error(message), { code }) });
  const named = (name: string) => Object.assign(new Error('released'), { name });

  it.each([
    ['admin shutdown (pg_ctl stop -m fast)', queryFailed('57P01', 'terminating connection due to administrator command')],
    ['crash shutdown (-m immediate)', queryFailed('57P02')],
    ['starting up', queryFailed('57P03', 'the database system is starting up')],
    ['connection failure', queryFailed('08006')],
    ['too many connections', queryFailed('53300')],
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['socket closed mid-query', new Error('Connection terminated unexpectedly')],
    ['pool wait timed out', new Error('timeout exceeded when trying to connect')],
    ['transaction connection released', named('QueryRunnerAlreadyReleasedError')],
    ['transaction connection released (provider)', named('QueryRunnerProviderAlreadyReleasedError')],
  ])('%s → unavailable', (_, err) => expect(isDatabaseUnavailable(err)).toBe(true));

  it.each([
    ['unique violation', queryFailed('23505')],
    ['syntax error', queryFailed('42601')],
    ['a plain bug', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('%s → not unavailable', (_, err) => expect(isDatabaseUnavailable(err)).toBe(false));
});

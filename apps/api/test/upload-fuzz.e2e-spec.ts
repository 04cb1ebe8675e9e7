import { Role } from '@rim/contracts';
import { isValidBsn } from '@rim/domain';
import { createFramework, createUser, pdfBytes, startTestServer, TestServer, tokenFor } from '@rim/testing';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BULK_COLUMNS } from '../src/modules/frameworks/bulk-enrolment.service.js';
import { FOLLOW_UP_COLUMNS } from '../src/modules/trajectories/follow-up.service.js';

const MAX_UPLOAD_BYTES = 10_485_760;
/** Cells that break careless parsers: quotes unbalanced, delimiters and line ends inside, NUL, markup, formula injection, a line over every limit. */
const NASTY_CELLS = ['', '"', 'a"b', '"a', '""', '\u0000', 'a\u0000b', ';', ',', '\t', '\r', '\n', '😀', '\ud800', '=HYPERLINK("x")', '<script>', 'x'.repeat(70_000)];
const nastyCell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...NASTY_CELLS));
/** Mostly the right content type, written as clients do; now and then a wrong one. */
const csvContentType = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('text/csv', 'text/csv; charset=utf-8', 'TEXT/CSV') },
  { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/octet-stream', 'application/json', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded') },
);

/** A valid bulk-enrolment row (KvK numbers drawn by fast-check, so some repeat), as cells in column order. */
const bulkRow = fc.noBias(fc.integer({ min: 10_000_000, max: 99_999_999 })).map((kvk) => [
  String(kvk), `Fuzz ${kvk} B.V.`, `info-${kvk}@fuzz.test`, 'Teststraat 1', '3511 AB', 'Utrecht', 'AMR-12', 'AMR-12;AMR-13', 'WW-01', 'NAAR_WERK', 'SMALL', '8', '60', '2010', 'NAAR_WERK', '10',
]);
/** A follow-up row with a BSN that passes the elfproef (no trajectory of it ends in these tests: every row is reported, none stored). */
const followUpRow = fc.noBias(fc.integer({ min: 100_000_000, max: 999_999_999 })).filter((n) => isValidBsn(String(n))).map((bsn) => [String(bsn), '2026-03', '1']);

/** Lines no CSV parser accepts: quotes unbalanced or misplaced, a record over every size limit. */
const BROKEN_LINES = ['"unclosed,quote', 'a,"b"c,d', '"', 'x'.repeat(70_000)];

/**
 * A CSV file as bytes: a header (right, partly wrong or missing), good rows and rows of nasty cells in any mix, maybe
 * a broken line after them, joined by the right or a wrong delimiter and any line end, with a BOM or not; now and then
 * raw damage: NUL bytes, invalid UTF-8, or random bytes only.
 */
function csvFile(columns: readonly string[], delimiters: string[], goodRow: fc.Arbitrary<string[]>): fc.Arbitrary<Buffer> {
  const header = fc.oneof({ weight: 6, arbitrary: fc.constant([...columns]) }, { weight: 1, arbitrary: fc.array(nastyCell, { maxLength: columns.length + 3 }) }, { weight: 1, arbitrary: fc.shuffledSubarray([...columns]) });
  const row = fc.oneof({ weight: 8, arbitrary: goodRow }, { weight: 1, arbitrary: fc.array(nastyCell, { maxLength: columns.length + 4 }) }, { weight: 1, arbitrary: goodRow.chain((cells) => fc.tuple(fc.nat(cells.length - 1), nastyCell).map(([i, bad]) => cells.map((c, j) => (i === j ? bad : c)))) });
  const delimiter = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...delimiters) }, { weight: 1, arbitrary: fc.constantFrom(',', ';', '\t', '|') });
  const text = fc.record({
    header, rows: fc.array(row, { maxLength: 20 }), broken: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(...BROKEN_LINES) }), delimiter, eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(), quoted: fc.boolean(),
  }).map(({ header: h, rows, broken, delimiter: d, eol, bom, quoted }) => {
    const line = (cells: readonly string[]) => cells.map((c) => (quoted ? `"${c}"` : c)).join(d);
    return Buffer.from(`${bom ? '\ufeff' : ''}${[...[h, ...rows].map(line), ...(broken === null ? [] : [broken])].join(eol)}`);
  });
  const damaged = fc.tuple(text, fc.nat(), fc.constantFrom(Buffer.from([0]), Buffer.from([0xc3, 0x28]), Buffer.from([0xff, 0xfe]), Buffer.from([0xed, 0xa0, 0x80])))
    .map(([bytes, at, bad]) => Buffer.concat([bytes.subarray(0, at % (bytes.length + 1)), bad, bytes.subarray(at % (bytes.length + 1))]));
  return fc.oneof({ weight: 5, arbitrary: text }, { weight: 2, arbitrary: damaged }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)) });
}

describe('fuzzing the uploads: CSV imports (FW-9, IC-13) and evidence documents (SPEC §8, §11: bad input is a 4xx problem and changes nothing)', () => {
  let server: TestServer;
  let db: DataSource;
  let officer: string;
  let provider: string;
  let frameworkId: string;
  beforeAll(async () => {
    server = await startTestServer();
    db = server.app.get(DataSource);
    officer = await tokenFor(await createUser({ role: Role.BuyerOfficer }));
    provider = await tokenFor(await createUser({ role: Role.ProviderAdmin }));
    frameworkId = (await createFramework()).id;
  });
  afterAll(() => server.close());

  /** Everything an upload can leave behind: audit entries, outbox events, and the rows each upload stores. */
  const stored = async () => (await db.query<Record<string, number>[]>(
    `SELECT (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM outbox_event)::int AS events, (SELECT count(*) FROM organisation)::int AS organisations,
            (SELECT count(*) FROM framework_participation)::int AS participations, (SELECT count(*) FROM follow_up_status)::int AS "followUps",
            (SELECT count(*) FROM evidence_document)::int AS documents`,
  ))[0]!;

  /** Never a 5xx; a 4xx is a problem document and leaves everything as it was. Resolves the response and what it stored. */
  async function check(failures: string[], what: string, send: () => request.Test, statuses: number[]) {
    const before = await stored();
    const res = await send().catch((err: Error & { code?: string }) => err);
    const after = await stored();
    const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
    if (!(res instanceof Error)) statuses.push(res.status);
    if (res instanceof Error) failures.push(`${what} → ${res.code ?? res.message}`);
    else if (res.status >= 500) failures.push(`${what} → ${res.status}`);
    else if (res.status >= 400) {
      if (!String(res.headers['content-type']).startsWith('application/problem+json')) failures.push(`${what} → ${res.status} without problem+json`);
      if (changed.length) failures.push(`${what} → ${res.status} but changed ${changed.join(', ')}`);
    }
    return { res: res instanceof Error ? undefined : res, delta: (key: string) => after[key]! - before[key]! };
  }

  it('FW-9 bulk enrolment: any file and content type is refused with a 4xx problem that stores nothing, or reported row by row exactly as stored', async () => {
    const failures: string[] = [];
    const statuses: number[] = [];
    let created = 0;
    await fc.assert(fc.asyncProperty(csvFile(BULK_COLUMNS, [','], bulkRow), csvContentType, async (file, type) => {
      const { res, delta } = await check(failures, `bulk enrolment (${type}, ${file.length} bytes: ${JSON.stringify(file.subarray(0, 80).toString('latin1'))})`, () =>
        request(server.url).post(`/api/frameworks/${frameworkId}/bulk-enrolments`).query({ admit: true }).set('authorization', `Bearer ${officer}`).set('content-type', type).send(file), statuses);
      if (res?.status !== 200) return;
      const report = res.body as { rows: number; created: number; unchanged: number; invalid: number; admitted: number; results: unknown[] };
      created += report.created;
      if (report.results.length !== report.rows || report.created + report.unchanged + report.invalid !== report.rows) failures.push(`bulk enrolment report does not add up: ${JSON.stringify(report).slice(0, 300)}`);
      if (delta('organisations') !== report.created || delta('participations') !== report.admitted) {
        failures.push(`bulk enrolment reported ${report.created} created and ${report.admitted} admitted, stored ${delta('organisations')} and ${delta('participations')}`);
      }
      if (report.created + report.admitted === 0 && delta('audit') + delta('events') !== 0) failures.push('bulk enrolment changed nothing but wrote audit entries or events');
    }), { numRuns: 60, seed: 2026 });
    expect(failures).toEqual([]);
    // The generator reaches both sides: files refused whole, and files whose good rows were stored.
    expect(statuses.filter((s) => s >= 400).length).toBeGreaterThan(10);
    expect(created).toBeGreaterThan(10);
  });

  it('IC-13 follow-up import: any file and content type is refused with a 4xx problem that stores nothing, or reported row by row', async () => {
    const failures: string[] = [];
    const statuses: number[] = [];
    await fc.assert(fc.asyncProperty(csvFile(FOLLOW_UP_COLUMNS, [',', ';'], followUpRow), csvContentType, async (file, type) => {
      const { res, delta } = await check(failures, `follow-up import (${type}, ${file.length} bytes: ${JSON.stringify(file.subarray(0, 80).toString('latin1'))})`, () =>
        request(server.url).post('/api/follow-up-imports').set('authorization', `Bearer ${officer}`).set('content-type', type).send(file), statuses);
      if (res?.status !== 200) return;
      const report = res.body as { rows: number; imported: number; unchanged: number; rejected: number; results: unknown[] };
      if (report.results.length !== report.rows || report.imported + report.unchanged + report.rejected !== report.rows) failures.push(`follow-up report does not add up: ${JSON.stringify(report).slice(0, 300)}`);
      if (delta('followUps') !== report.imported || delta('events') !== report.imported) failures.push(`follow-up import reported ${report.imported} imported, stored ${delta('followUps')} rows and ${delta('events')} events`);
    }), { numRuns: 60, seed: 2026 });
    expect(failures).toEqual([]);
    expect(statuses.filter((s) => s >= 400).length).toBeGreaterThan(10);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(10);
  });

  it('SPEC §8 evidence documents: wrong types, forged signatures, empty, oversized and nasty names are 4xx problems that store nothing; a stored one keeps its bytes and SHA-256', async () => {
    const failures: string[] = [];
    const statuses: number[] = [];
    const body = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)),
      fc.tuple(fc.constantFrom([0x25, 0x50, 0x44, 0x46, 0x2d], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0xff, 0xd8, 0xff]), fc.uint8Array({ maxLength: 512 })).map(([sig, rest]) => Buffer.from([...sig, ...rest])),
      fc.constant(pdfBytes()), fc.constant(Buffer.alloc(0)), fc.constant(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x25)),
    );
    const type = fc.constantFrom('application/pdf', 'image/png', 'image/jpeg', 'APPLICATION/PDF', 'application/pdf; charset=utf-8', 'text/plain', 'application/octet-stream', 'application/json', 'multipart/form-data; boundary=x', 'text/csv');
    const fileName = fc.oneof({ weight: 3, arbitrary: fc.constant('keurmerk.pdf') }, { weight: 1, arbitrary: fc.oneof(fc.string(), fc.constantFrom('', '../../etc/passwd', 'a\u0000b.pdf', 'x'.repeat(300), 'C:\\x.pdf', '😀.pdf')) });
    const validUntil = fc.oneof({ weight: 3, arbitrary: fc.constant('2099-12-31') }, { weight: 1, arbitrary: fc.constantFrom('2020-01-01', '2099-02-30', 'morgen', '') });
    await fc.assert(fc.asyncProperty(body, type, fileName, validUntil, async (bytes, contentType, name, until) => {
      const { res, delta } = await check(failures, `evidence (${contentType}, ${bytes.length} bytes, ${JSON.stringify(name.slice(0, 40))}, ${until})`, () =>
        request(server.url).post(`/api/frameworks/${frameworkId}/evidence/ME-02`).query({ fileName: name, validUntil: until }).set('authorization', `Bearer ${provider}`).set('content-type', contentType).send(bytes), statuses);
      if (res?.status !== 201) return;
      if (delta('documents') !== 1 || res.body.sha256 !== createHash('sha256').update(bytes).digest('hex') || res.body.sizeBytes !== bytes.length) {
        failures.push(`evidence stored ${delta('documents')} documents for one upload, or another hash or size: ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }), { numRuns: 60, seed: 2026 });
    expect(failures).toEqual([]);
    expect(statuses.filter((s) => s >= 400).length).toBeGreaterThan(10);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThan(3);
  });
});

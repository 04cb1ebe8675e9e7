import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import { DomainException } from '../problem/error-code.js';

export interface CsvRowsOptions {
  /** What the header should hold, for the error when the file is empty. */
  expectedHeader: string;
  /** Refuses a header that does not fit (throws a DomainException). */
  checkHeader(header: string[]): void;
  maxRows: number;
  maxRecordSize: number;
  delimiter?: string | string[];
}

/**
 * The data rows of an uploaded CSV file with a header row, streamed, each with its line number. A syntax error, too
 * many rows or an empty file end the stream with a 4xx problem.
 */
export async function* csvRows(csv: Readable, options: CsvRowsOptions): AsyncGenerator<{ header: string[]; record: string[]; line: number }> {
  const parser = csv.pipe(parse({ bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true, max_record_size: options.maxRecordSize, delimiter: options.delimiter ?? ',' }));
  let header: string[] | undefined;
  let rows = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        options.checkHeader(record);
        header = record;
        continue;
      }
      if (++rows > options.maxRows) throw new DomainException('PAYLOAD_TOO_LARGE', `A file holds at most ${options.maxRows} rows.`);
      yield { header, record, line: info.lines };
    }
  } catch (err) {
    if (err instanceof DomainException) throw err;
    const line = (err as { lines?: number }).lines;
    throw new DomainException('VALIDATION_FAILED', `The file is not valid CSV${line ? ` at line ${line}` : ''}.`, [{ field: 'body', message: String((err as Error).message) }]);
  }
  if (!header) throw new DomainException('VALIDATION_FAILED', 'The file is empty.', [{ field: 'body', message: `expected a header: ${options.expectedHeader}` }]);
}

export interface CsvImport<Valid extends { line: number }, Result extends { line: number }> {
  /** A row checked on its own: ready to apply, or already its result (refused). */
  check(header: string[], record: string[], line: number): Valid | Result | Promise<Valid | Result>;
  isValid(row: Valid | Result): row is Valid;
  /** Applies a batch in one transaction and reports each of its rows. */
  apply(batch: Valid[]): Promise<Result[]>;
  batchSize: number;
}

/**
 * Streams the file's rows through `check` and applies the valid ones in batches; resolves every row's result in line
 * order. A file found broken part-way (a 4xx from csvRows) applies nothing more, not even the batch being gathered: a
 * small broken file changes nothing, and for a large one the problem names the last line earlier batches applied.
 */
export async function importCsv<Valid extends { line: number }, Result extends { line: number }>(csv: Readable, options: CsvRowsOptions, work: CsvImport<Valid, Result>): Promise<Result[]> {
  const results: Result[] = [];
  let batch: Valid[] = [];
  let appliedThrough = 0;
  const flush = async () => {
    if (!batch.length) return;
    results.push(...(await work.apply(batch)));
    appliedThrough = batch[batch.length - 1]!.line;
    batch = [];
  };
  try {
    for await (const { header, record, line } of csvRows(csv, options)) {
      const row = await work.check(header, record, line);
      if (work.isValid(row)) batch.push(row);
      else results.push(row);
      if (batch.length >= work.batchSize) await flush();
    }
  } catch (err) {
    if (err instanceof DomainException && appliedThrough) throw new DomainException(err.code, `${err.message} Rows up to line ${appliedThrough} were applied, none after.`, err.errors);
    throw err;
  }
  await flush();
  return results.sort((a, b) => a.line - b.line);
}

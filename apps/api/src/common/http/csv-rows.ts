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
 * many rows or an empty file end the stream with a 4xx problem; rows the caller applied before that stay applied.
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
    throw new DomainException('VALIDATION_FAILED', `The file is not valid CSV${line ? ` at line ${line}` : ''}; rows before it were applied.`, [{ field: 'body', message: String((err as Error).message) }]);
  }
  if (!header) throw new DomainException('VALIDATION_FAILED', 'The file is empty.', [{ field: 'body', message: `expected a header: ${options.expectedHeader}` }]);
}

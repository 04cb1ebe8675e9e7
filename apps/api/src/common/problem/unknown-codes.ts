import type { FieldError } from './error-code.js';

export interface CodeCheck {
  field: string;
  codes: readonly string[] | undefined;
  known: (code: string) => boolean;
}

/** One field error per field that names codes outside its code list; empty when every code is known. */
export function unknownCodes(checks: CodeCheck[]): FieldError[] {
  return checks.flatMap(({ field, codes, known }) => {
    const bad = (codes ?? []).filter((c) => !known(c));
    return bad.length ? [{ field, message: `unknown codes: ${bad.join(', ')}` }] : [];
  });
}

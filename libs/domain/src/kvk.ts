/** A KvK (Chamber of Commerce) number: exactly eight digits. */
export function isValidKvkNumber(value: string): boolean {
  return /^[0-9]{8}$/.test(value);
}

/**
 * A burgerservicenummer: nine digits passing the elfproef, Σ digitᵢ × weightᵢ ≡ 0 (mod 11) with weights
 * 9, 8, 7, 6, 5, 4, 3, 2, −1 (IC-1: checked before it is hashed and sealed, so a typo never makes a new client).
 */
export function isValidBsn(value: string): boolean {
  if (!/^[0-9]{9}$/.test(value)) return false;
  const weights = [9, 8, 7, 6, 5, 4, 3, 2, -1];
  const sum = [...value].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return sum % 11 === 0 && value !== '000000000';
}

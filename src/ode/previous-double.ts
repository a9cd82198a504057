const VALUE = new Float64Array(1);
const BITS = new BigInt64Array(VALUE.buffer);

/**
 * The largest double below `value` (for finite values; −Number.MIN_VALUE below 0), obtained by
 * stepping the IEEE 754 bit pattern by one.
 *
 * Reference: IEEE 754-2019 §5.3.1 (nextDown).
 *
 * @example previousDouble(1) // 0.9999999999999999 (1 − 2^-53)
 */
export function previousDouble(value: number): number {
  if (value === 0) return -Number.MIN_VALUE;
  VALUE[0] = value;
  BITS[0] = BITS[0]! + (value > 0 ? -1n : 1n);
  return VALUE[0];
}

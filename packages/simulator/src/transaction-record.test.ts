import { describe, expect, it } from 'vitest';
import { refusal } from '../test/refusal';
import { checkCents } from './cents';
import { validateTransactionRecord, validateTransactionRecords } from './transaction-record';

const good = {
  txId: 't1',
  senderId: 'BANK_A',
  receiverId: 'BANK_B',
  amount: 12_500,
  priority: 5,
  originalArrivalTick: 3,
  deadlineOffset: 4,
  settlementOffset: 2,
};

describe('checkCents', () => {
  it('takes whole safe cents, and negatives only where asked', () => {
    expect(checkCents(0, 'x')).toBe(0);
    expect(checkCents(2 ** 53 - 1, 'x')).toBe(2 ** 53 - 1);
    expect(checkCents(-5, 'balance', { allowNegative: true })).toBe(-5);
  });

  it('refuses fractions, negatives, NaN, infinities, values past 2^53 and non-numbers, saying which', () => {
    const cases: [unknown, RegExp][] = [
      [12.5, /got 12\.5, a fraction of a cent/],
      [-1, /got -1, negative/],
      [Number.NaN, /got NaN/],
      [Number.POSITIVE_INFINITY, /got Infinity/],
      [2 ** 53, /beyond 2\^53 − 1/],
      ['100', /got a string/],
      [null, /got a null/],
    ];
    for (const [v, message] of cases) {
      const e = refusal(() => checkCents(v, 'amount'));
      expect(e.code).toBe('SIMULATOR_INVALID_AMOUNT');
      expect(e.message).toMatch(/^amount must be a whole number of cents, not negative, in a safe integer; /);
      expect(e.message).toMatch(message);
    }
  });
});

describe('validateTransactionRecord(s)', () => {
  it('returns a frozen copy of a good record', () => {
    const r = validateTransactionRecord({ ...good, settlementOffset: null });
    expect(r).toEqual({ ...good, settlementOffset: null });
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('refuses a record that does not hold together, naming the tx id and the field', () => {
    const cases: [unknown, string, RegExp][] = [
      [
        { ...good, amount: 10.5 },
        'SIMULATOR_INVALID_AMOUNT',
        /transaction "t1": amount must be a whole number of cents/,
      ],
      [{ ...good, amount: -3 }, 'SIMULATOR_INVALID_AMOUNT', /negative/],
      [{ ...good, amount: 2 ** 53 + 2 }, 'SIMULATOR_INVALID_AMOUNT', /beyond 2\^53/],
      [{ ...good, amount: 0 }, 'SIMULATOR_INVALID_AMOUNT', /a payment of 0 cents is none/],
      [
        { ...good, deadlineOffset: -2 },
        'SIMULATOR_INVALID_RECORD',
        /deadlineOffset must be a whole number of ticks, not negative; got -2 \(a deadline before its arrival\)/,
      ],
      [{ ...good, settlementOffset: -1 }, 'SIMULATOR_INVALID_RECORD', /\(a settlement before its arrival\)/],
      [{ ...good, priority: 11 }, 'SIMULATOR_INVALID_RECORD', /priority must be a whole number from 0 to 10; got 11/],
      [{ ...good, colour: 'red' }, 'SIMULATOR_INVALID_RECORD', /unknown field "colour"/],
      [{ ...good, txId: '' }, 'SIMULATOR_INVALID_RECORD', /needs a txId/],
      [{ ...good, receiverId: 7 }, 'SIMULATOR_INVALID_RECORD', /receiverId must be a non-empty string/],
      [[good], 'SIMULATOR_INVALID_RECORD', /must be an object, got an array/],
    ];
    for (const [input, code, message] of cases) {
      const e = refusal(() => validateTransactionRecord(input));
      expect(e.code, JSON.stringify(input)).toBe(code);
      expect(e.message).toMatch(message);
    }
  });

  it('refuses a duplicate tx id', () => {
    expect(refusal(() => validateTransactionRecords([good, { ...good }])).message).toBe(
      'transaction "t1" appears twice; tx ids must be unique.',
    );
  });
});

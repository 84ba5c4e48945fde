import { describe, expect, it } from 'vitest';
import { findTypedHelpLineNumber } from '../../../src/utils/findTypedHelpLineNumber';

const LINES = ['112', '111', '150', '116 16'];
const typed = (text: string) => findTypedHelpLineNumber(text, LINES)?.typed;

describe('findTypedHelpLineNumber', () => {
  it.each([
    '111 children took part.',
    'In 150 schools across the region.',
    'In 2024, 1120 children were helped.',
    'Between 2011 and 2016, 1 112 cases; the rate was 1.112.',
    'A 112-page report.',
    'Call a trusted adult. 111 children said they would.',
    '150 мектепте 111 бала қатысты.',
    'В 150 школах.',
  ])('leaves an ordinary number alone: %s', (text) => {
    expect(typed(text)).toBeUndefined();
  });

  it.each([
    ['Call 112.', '112'],
    ['dial 111 now', '111'],
    ['The child helpline: 111', '111'],
    ['112 is the emergency number', '112'],
    ['Звоните 150', '150'],
    ['номер телефона доверия 116 16', '116 16'],
    ['тел. 111', '111'],
    ['+150', '150'],
    ['1120 детей. Позвоните 11616!', '11616'],
    ['Нөмірі: 116-16', '116-16'],
    ["Qo'ng'iroq qiling: 112", '112'],
    ['Qoʻngʻiroq qiling: 112', '112'],
    ['112 raqamiga', '112'],
  ])('finds a help-line number in a phone context: %s', (text, number) => {
    expect(typed(text)).toBe(number);
  });

  it('reports where the number starts', () => {
    expect(findTypedHelpLineNumber('In 150 schools. Call 150.', LINES)).toEqual({ typed: '150', index: 21 });
  });

  it('finds nothing when no lines are given', () => {
    expect(findTypedHelpLineNumber('Call 112', [])).toBeUndefined();
  });
});

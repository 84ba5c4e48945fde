import { describe, expect, it } from 'vitest';
import { termSchema } from '../../../src/schemas/terms';
import { findAvoidedTerms } from '../../../src/utils/findAvoidedTerms';

const term = (avoid: string[], wholeWord = false) =>
  termSchema.parse({ concept: 'test', preferred: 'PREFERRED', avoid, wholeWord, note: 'why' });

const found = (text: string, avoid: string[], wholeWord = false) =>
  findAvoidedTerms(text, [term(avoid, wholeWord)]).map((hit) => hit.found);

describe('findAvoidedTerms', () => {
  it('catches inflected forms: an avoid form matches at the start of a word', () => {
    expect(found('Опекуна ребёнка и опекуну сообщили.', ['опекун'])).toEqual(['Опекуна', 'опекуну']);
  });

  it('does not match inside a word, in Cyrillic as in Latin script', () => {
    // JavaScript's \b would see a boundary before "опек" in "подопекунный"; the matcher must not.
    expect(found('подопекунный, органы опеки', ['опекун'])).toEqual([]);
    expect(found('prelabor, unlabor', ['labor'])).toEqual([]);
  });

  it('with wholeWord, matches the whole word only', () => {
    expect(found('Kazakh and Kazakhstan, Kazakhs', ['Kazakh'], true)).toEqual(['Kazakh']);
    expect(found('қорқақ бала, қорқақтық', ['қорқақ'], true)).toEqual(['қорқақ']);
  });

  it('ignores case, including Kazakh letters', () => {
    expect(found('ҚОРҚАҚ, Қорқақ, қорқақ', ['қорқақ'])).toEqual(['ҚОРҚАҚ', 'Қорқақ', 'қорқақ']);
    expect(found('KAZAKH CITIZENS', ['Kazakh citizen'])).toEqual(['KAZAKH CITIZENS']);
  });

  it('matches a multi-word form across any run of spaces, inflecting only its last word', () => {
    expect(found('три Kazakh  minors и направление   за помощью', ['Kazakh minor', 'направление за помощью'])).toEqual([
      'Kazakh  minors',
      'направление   за помощью',
    ]);
  });

  it('treats a word after a hyphen or punctuation as a new word', () => {
    expect(found('«Опекун», (опекун) и не-опекун', ['опекун'])).toEqual(['Опекун', 'опекун', 'опекун']);
  });

  it('does not treat a combining mark as a word boundary', () => {
    // "й" written as и + U+0306: the mark belongs to the word, so "и" alone is not a word start.
    expect(found('и\u0306од', ['од'])).toEqual([]);
  });

  it('reports the line, the form found and the preferred form, in order of position', () => {
    const hits = findAvoidedTerms('first line\nsecond: LGBTQI+ and\nthird опекун', [term(['опекун']), term(['LGBT'])]);
    expect(hits).toEqual([
      { line: 2, found: 'LGBTQI', preferred: 'PREFERRED', concept: 'test' },
      { line: 3, found: 'опекун', preferred: 'PREFERRED', concept: 'test' },
    ]);
  });

  it('treats regular-expression characters in a form literally', () => {
    expect(found('LGBTQI+ people, LGBTQIx', ['LGBTQI+'])).toEqual(['LGBTQI+']);
  });
});

import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../../src/schemas/glossary';

const entry = {
  id: 'stigma',
  kk: { term: 'стигма', definition: 'Анықтама.' },
  ru: { term: 'стигма', definition: 'Определение.' },
  en: { term: 'stigma', definition: 'A definition.' },
};

describe('glossarySchema', () => {
  it('accepts a term in all three languages', () => {
    expect(glossarySchema.safeParse(entry).success).toBe(true);
  });

  it('rejects a term missing a language, naming it', () => {
    const { en: _omitted, ...withoutEnglish } = entry;
    const result = glossarySchema.safeParse(withoutEnglish);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['en']);
  });

  it('accepts a term missing in a language still being added (uz), which then falls back visibly', () => {
    expect(glossarySchema.safeParse(entry).success).toBe(true);
    const withUzbek = { ...entry, uz: { term: 'stigma', definition: 'Taʼrif.' } };
    expect(glossarySchema.safeParse(withUzbek).success).toBe(true);
  });

  it('rejects a non-ASCII id', () => {
    expect(glossarySchema.safeParse({ ...entry, id: 'стигма' }).success).toBe(false);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { termsFileSchema } from '../../../src/schemas/terms';
import { readTermsFiles } from '../../support/terminology';

const valid = [{ concept: 'caregiver', preferred: 'взрослый', avoid: ['опекун'], note: 'why' }];

function problems(input: unknown): string[] {
  const result = termsFileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('termsFileSchema', () => {
  it('accepts a term and defaults wholeWord to false', () => {
    expect(problems(valid)).toEqual([]);
    expect(termsFileSchema.parse(valid)[0]?.wholeWord).toBe(false);
  });

  it('names the field that is wrong', () => {
    expect(problems([{ ...valid[0], avoid: [] }])).toEqual(['0.avoid: must list at least one form to avoid']);
    expect(problems([{ ...valid[0], concept: 'Care giver' }])).toEqual([
      '0.concept: must be lower-case ASCII letters, digits and hyphens',
    ]);
    expect(problems([{ ...valid[0], note: ' ' }])).toEqual(['0.note: must not be empty']);
    expect(problems([{ ...valid[0], avoids: ['x'] }])[0]).toMatch(/^0: .*avoids/);
  });
});

describe('readTermsFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'terms-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds every language by its file name, so a new language needs only a new file', () => {
    writeFileSync(join(dir, 'uz.yaml'), '- { concept: x, preferred: y, avoid: [z], note: n }\n');
    expect([...readTermsFiles(dir).keys()]).toEqual(['uz']);
  });

  it('fails on a bad file, naming the file and the field', () => {
    writeFileSync(join(dir, 'ru.yaml'), '- { concept: caregiver, preferred: взрослый, avoid: [], note: n }\n');
    expect(() => readTermsFiles(dir)).toThrow(`${join(dir, 'ru.yaml')}: 0.avoid: must list at least one form to avoid`);
  });
});

import { describe, expect, it } from 'vitest';
import { sourceSchema, textSchema } from '../../../src/schemas/shared';
import { issuesOf } from './issuesOf';

describe('textSchema', () => {
  it('accepts plain text with typographic quotes, apostrophes and dashes', () => {
    expect(issuesOf(textSchema, 'Фонд «Үміт» — “Hope”, Qoʻqon, it’s 24/7 & free')).toEqual([]);
  });

  it.each([
    ['a carriage return, which can start a new vCard line', 'Name\rTEL:+7700'],
    ['a line feed', 'Name\nTEL:+7700'],
    ['a NUL', 'Name\u0000'],
    ['a C1 control', 'Name\u0085x'],
    ['a right-to-left override, which can print a number backwards', 'Call \u202e211'],
    ['a bidi isolate', 'Line \u2068x\u2069'],
    ['a right-to-left mark', 'a\u200fb'],
  ])('refuses %s', (_name, text) => {
    expect(issuesOf(textSchema, text)).toEqual([': must not contain control characters or bidi controls']);
  });

  it.each(['"><img src=x onerror=alert(1)>', 'Fund <b>', 'say "hi"'])('refuses markup characters: %s', (text) => {
    expect(issuesOf(textSchema, text)).toEqual([': must not contain <, > or " (use typographic quotes « » or “ ”)']);
  });
});

describe('sourceSchema', () => {
  it('accepts an https address', () => {
    expect(issuesOf(sourceSchema, { title: 'A', url: 'https://example.org/a?b=1' })).toEqual([]);
  });

  it.each([
    'http://example.org/',
    'javascript:alert(1)//example.org',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.org/',
    'https://localhost/',
    'example.org',
  ])('refuses %s', (url) => {
    // A scheme and a host can both be wrong: the same message may come twice.
    expect(new Set(issuesOf(sourceSchema, { title: 'A', url }))).toEqual(
      new Set(['url: must be a full web address (https://…)']),
    );
  });
});

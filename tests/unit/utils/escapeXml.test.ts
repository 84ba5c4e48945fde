import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/utils/escapeXml';

const HOSTILE = [`"><img src=x onerror=alert(1)>`, `]]><evil/>`, `a & b 'c' "d"`, `<![CDATA[x]]>`, `&amp;`];

describe('escapeXml', () => {
  it.each(HOSTILE)('keeps %s as text in element content and in an attribute', (text) => {
    const xml = `<r a="${escapeXml(text)}" b='${escapeXml(text)}'>${escapeXml(text)}</r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      processEntities: true,
      htmlEntities: true,
    }).parse(xml) as {
      r: { '#text': string; a: string; b: string };
    };
    expect(parsed.r).toEqual({ '#text': text, a: text, b: text });
  });

  it('replaces characters no XML file may hold, so the file stays well-formed', () => {
    const escaped = escapeXml('a\u0000b\u001bc\ud800d\uffff');
    expect(escaped).toBe('a\ufffdb\ufffdc\ufffdd\ufffd');
    expect(XMLValidator.validate(`<r>${escaped}</r>`)).toBe(true);
  });

  it('escapes every markup character', () => {
    expect(escapeXml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});

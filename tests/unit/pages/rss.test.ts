import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

/*
 * src/pages/[lang]/rss.xml.ts hands story titles, descriptions and names from the content editor
 * to @astrojs/rss unchanged, relying on it to escape them. This holds it to that.
 */
const HOSTILE = `"><img src=x onerror=alert(1)> ]]><item><title>fake</title></item> & 'x'`;

describe('the story feed', () => {
  it('keeps hostile titles, descriptions and names as text', async () => {
    const xml = await getRssString({
      title: `Stories ${HOSTILE}`,
      description: `About ${HOSTILE}`,
      site: 'https://example.org/en/',
      customData: '<language>en</language>',
      items: [
        {
          title: `Title ${HOSTILE}`,
          description: `Line one\r\nline two ${HOSTILE}`,
          link: '/en/stories/a/',
          pubDate: new Date('2026-01-01'),
          author: `Name ${HOSTILE}`,
        },
      ],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = (
      new XMLParser({ htmlEntities: true }).parse(xml) as {
        rss: { channel: { title: string; item: { title: string; description: string; author: string } } };
      }
    ).rss.channel;
    expect(channel.title).toBe(`Stories ${HOSTILE}`);
    expect([channel.item].flat()).toHaveLength(1);
    expect(channel.item.title).toBe(`Title ${HOSTILE}`);
    expect(channel.item.description).toContain(`line two ${HOSTILE}`);
    expect(channel.item.author).toBe(`Name ${HOSTILE}`);
  });
});

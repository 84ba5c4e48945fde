import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { reencodeImage } from '~/media/reencodeImage';

/** A small photo as a phone would save it: the camera's name and where it was taken (GPS). */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 16, height: 12, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 7' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 15/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '76/1 57/1 0/1' },
    })
    .toBuffer();
}

/** Whether an EXIF block points to a GPS block (tag 0x8825, in either byte order). */
const hasGpsBlock = (exif: Buffer) =>
  exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));

describe('reencodeImage', () => {
  it('keeps the pixels of a JPEG and drops its EXIF and GPS metadata', async () => {
    const photo = await phonePhoto();
    const before = await sharp(photo).metadata();
    // The test photo really carries what must go.
    expect(before.exif && hasGpsBlock(before.exif)).toBe(true);
    expect(photo.toString('latin1')).toContain('PhoneMaker');

    const output = await reencodeImage(photo, 'content/media/family.jpg');
    const after = await sharp(output).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 16, height: 12 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(output.toString('latin1')).not.toContain('PhoneMaker');
    expect(output.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
  });

  it('re-encodes PNG and WebP in their own format', async () => {
    const pixels = sharp({ create: { width: 4, height: 4, channels: 4, background: '#0a0' } });
    for (const [format, file] of [
      ['png', 'content/media/a.png'],
      ['webp', 'content/media/a.webp'],
    ] as const) {
      const output = await reencodeImage(await pixels.clone().toFormat(format).toBuffer(), file);
      expect((await sharp(output).metadata()).format).toBe(format);
    }
  });

  it.each([
    [
      'an SVG carrying a script',
      'content/media/logo.svg',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>',
      /^content\/media\/logo\.svg: only JPEG, PNG and WebP images may be uploaded \(an SVG logo goes to content\/partners\//,
    ],
    [
      'a web page',
      'content/media/page.html',
      '<!doctype html><script>alert(1)</script>',
      /^content\/media\/page\.html: only JPEG/,
    ],
    ['a script', 'content/media/app.js', 'alert(1)', /^content\/media\/app\.js: only JPEG/],
    [
      'an SVG named as a PNG',
      'content/media/logo.png',
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><script>alert(1)</script></svg>',
      /^content\/media\/logo\.png: is named as a PNG image but is svg/,
    ],
    [
      'text named as a JPEG',
      'content/media/photo.jpg',
      'not an image',
      /^content\/media\/photo\.jpg: is not a readable image/,
    ],
  ])('refuses %s, naming the file', async (_, file, text, problem) => {
    await expect(reencodeImage(Buffer.from(text), file)).rejects.toThrow(problem);
  });
});

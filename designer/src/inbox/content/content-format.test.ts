import { describe, expect, it } from 'vitest';
import { fileTypeLabel, mailtoHref, osmUrl, telHref } from './content-format';

describe('osmUrl', () => {
  it('centres the map on the point with a marker', () => {
    expect(osmUrl(35.681236, 139.767125)).toBe(
      'https://www.openstreetmap.org/?mlat=35.681236&mlon=139.767125#map=16/35.681236/139.767125',
    );
    expect(osmUrl(-33.8, -70)).toContain('mlat=-33.8&mlon=-70');
  });
});

describe('telHref and mailtoHref', () => {
  it('makes dialable links from shared numbers', () => {
    expect(telHref('+81 90-1234-5678')).toBe('tel:+819012345678');
    expect(telHref('(03) 1234 5678')).toBe('tel:0312345678');
    expect(telHref('1+2')).toBe('tel:12');
    expect(telHref('n/a')).toBeNull();
  });

  it('links only what looks like an e-mail address', () => {
    expect(mailtoHref('aiko@example.jp')).toBe('mailto:aiko@example.jp');
    expect(mailtoHref('not an address')).toBeNull();
    expect(mailtoHref('a@b.c?subject=x')).toBeNull();
  });
});

describe('fileTypeLabel', () => {
  it('prefers the extension, then the MIME type', () => {
    expect(fileTypeLabel('Invoice 2025.pdf', 'application/octet-stream')).toBe('PDF');
    expect(fileTypeLabel(null, 'application/pdf')).toBe('PDF');
    expect(fileTypeLabel('notes', 'text/plain; charset=utf-8')).toBe('TXT');
    expect(fileTypeLabel(null, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(
      'XLSX',
    );
    expect(fileTypeLabel(null, 'application/x-tgsticker')).toBeNull();
    expect(fileTypeLabel('archive.tar.gz', null)).toBe('GZ');
    expect(fileTypeLabel(null, null)).toBeNull();
  });
});

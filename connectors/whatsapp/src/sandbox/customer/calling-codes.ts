/** ISO 3166 country codes of common calling codes, for the country prefix of sandbox BSUIDs. */
const countries: Record<string, string> = {
  1: 'US',
  7: 'RU',
  20: 'EG',
  27: 'ZA',
  31: 'NL',
  33: 'FR',
  34: 'ES',
  39: 'IT',
  44: 'GB',
  49: 'DE',
  52: 'MX',
  55: 'BR',
  61: 'AU',
  62: 'ID',
  63: 'PH',
  65: 'SG',
  66: 'TH',
  81: 'JP',
  82: 'KR',
  84: 'VN',
  86: 'CN',
  90: 'TR',
  91: 'IN',
  234: 'NG',
  254: 'KE',
  852: 'HK',
  886: 'TW',
  966: 'SA',
  971: 'AE',
  972: 'IL',
};

/** The country of a wa_id's calling code (longest match first), `US` when the code is not listed. */
export function countryOfWaId(waId: string): string {
  for (const length of [3, 2, 1]) {
    const country = countries[waId.slice(0, length)];
    if (country) return country;
  }
  return 'US';
}

const localeOf = (language: string) => (language === 'sv' ? 'sv-FI' : language === 'en' ? 'en-GB' : 'fi-FI');

/** A file size in the UI language: "830 kt", "12,4 Mt" in Finnish, "12,4 MB" in Swedish. */
export function formatSize(bytes: number, language: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(localeOf(language), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** A count with the UI language's digit grouping (12 345). */
export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(localeOf(language)).format(n);
}

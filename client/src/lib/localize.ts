/** Content text in several languages; any of them may be missing. */
export type Localized = Partial<Record<'fi' | 'sv' | 'en', string>>;

const fallbackOrder = { fi: ['fi', 'sv', 'en'], sv: ['sv', 'fi', 'en'], en: ['en', 'fi', 'sv'] } as const;

/** Text in the UI language, else the closest other language, else ''. Always plain text, never HTML. */
export function localize(text: Localized | null | undefined, language: string): string {
  if (!text) return '';
  const order = fallbackOrder[language as keyof typeof fallbackOrder] ?? fallbackOrder.fi;
  for (const lang of order) {
    const value = text[lang]?.trim();
    if (value) return value;
  }
  return '';
}

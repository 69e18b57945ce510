import { describe, expect, it } from 'vitest';
import { LANGS, translator } from '../../src/i18n/index.js';
import { messages } from '../../src/i18n/messages.js';

const placeholders = (s: string) => [...s.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();
const texts = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(texts) : [];

describe('message catalogue', () => {
  const entries = Object.entries(messages);

  it('has every message in every language, non-empty', () => {
    for (const [key, entry] of entries) {
      for (const lang of LANGS) {
        const value = (entry as Record<string, unknown>)[lang];
        expect(value, `${key} lacks ${lang}`).toBeDefined();
        for (const text of texts(value))
          expect(text.trim(), `${key}.${lang} is empty`).not.toBe('');
      }
    }
  });

  it('uses the same parameters in every language', () => {
    for (const [key, entry] of entries) {
      const sets = LANGS.map((lang) => [
        ...new Set(texts((entry as Record<string, unknown>)[lang]).flatMap(placeholders)),
      ]);
      for (const set of sets) expect(set.sort(), key).toEqual(sets[0]!.sort());
    }
  });

  it('keys start with their domain', () => {
    for (const [key] of entries) expect(key).toMatch(/^[a-z]+\.[A-Za-z0-9.-]+$/);
  });

  it('fills named parameters and chooses plurals by count', () => {
    expect(translator('nl')('common.written', { file: 'a.md' })).toBe('a.md geschreven');
    expect(translator('en')('common.written', { file: 'a.md' })).toBe('a.md written');
    expect(translator('nl')('common.partsMissing', { count: 1 })).toBe('1 onderdeel ontbreekt');
    expect(translator('nl')('common.partsMissing', { count: 2 })).toBe('2 onderdelen ontbreken');
    expect(translator('en')('common.partsMissing', { count: 1 })).toBe('1 part is missing');
  });
});

import { describe, expect, it } from 'vitest';
import { buildVocabulary, suggestTags } from '../../electron/tags/suggest-tags.ts';

const EMPTY = buildVocabulary([]);

function suggest(title: string, text: string, language: string | null = 'en'): string[] {
  return suggestTags({ title, text, language, existing: [] }, EMPTY);
}

describe('suggested tags', () => {
  it('cleans names of brackets, datelines, possessives and photo credits', () => {
    const tags = suggest(
      'Thailand recalls ambassador to Cambodia amid border tensions',
      [
        '[BANGKOK] Thailand has recalled its ambassador to Cambodia and will expel Cambodia’s ambassador, the ruling Pheu Thai Party said.',
        'Photo: Getty Images',
        'Thailand and Cambodia have argued over the border for decades. Cambodia’s government said the ambassador would return.',
        'The Pheu Thai Party said Thailand would not accept the border incident.',
      ].join('\n'),
    );
    expect(tags).toEqual(expect.arrayContaining(['Thailand', 'Cambodia', 'Pheu Thai Party']));
    for (const tag of tags) expect(tag).not.toMatch(/[[\]]|BANGKOK|’s|'s|Getty|Image/);
  });

  it('takes a person without their role or possessive', () => {
    const tags = suggest(
      'Taylor Swift’s tour comes to Dubai',
      [
        'DUBAI, United Arab Emirates — Dubai will host Taylor Swift’s tour in March, organisers said.',
        'Ukrainian President Volodymyr Zelensky was not mentioned. Taylor Swift plays two nights in Dubai.',
        'Tickets for Taylor Swift sold out on Tuesday, and people were running to the box office.',
      ].join('\n'),
    );
    expect(tags).toContain('Taylor Swift');
    expect(tags).toContain('Dubai');
    for (const tag of tags) {
      expect(tag).not.toMatch(/’s|'s|DUBAI, |— |President/);
      expect(['Tuesday', 'running', 'March', 'people']).not.toContain(tag);
    }
  });

  it('never offers a language’s small words, in German as in English', () => {
    const tags = suggest(
      'Säntis: Neue Seilbahn nimmt nach zwei Jahren Bauzeit den Betrieb auf',
      [
        'Nach zwei Jahren Bauzeit nimmt die neue Seilbahn auf den Säntis den Betrieb auf, sagte der Betreiber.',
        'In den vergangenen Jahren sei die alte Seilbahn oft ausgefallen, sagte er. Die Seilbahn fährt ab Montag.',
        'Der Betrieb der Seilbahn beginnt im Juni, sagte die Gemeinde. Die Seilbahn bringt 80 Gäste auf den Säntis.',
      ].join('\n'),
      'de',
    );
    expect(tags).toContain('Seilbahn');
    for (const tag of tags)
      expect(['Jahren', 'sagte', 'Neue', 'Montag', 'Juni', 'Jahren Bauzeit']).not.toContain(tag);
  });
});

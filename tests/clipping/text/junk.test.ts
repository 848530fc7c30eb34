import { describe, expect, it } from 'vitest';
import { analyseTextPaste, cleanTextPaste } from '../../../electron/clipping/text/clean-paste.ts';
import { bodyText } from '../../../electron/model/article.ts';
import {
  FOOTER,
  NAV,
  STORY_DE,
  STORY_EN,
  STORY_EN_MORE,
  STORY_FR,
  STORY_JA,
  page,
  paste,
} from './pages.ts';

const clippedAt = new Date('2024-03-12T12:00:00Z');

function mainBody(text: string): string {
  const [article] = cleanTextPaste(text, { clippedAt });
  return article ? bodyText(article.blocks) : '';
}

function expectStory(body: string, paragraphs: readonly string[]): void {
  for (const paragraph of paragraphs) expect(body).toContain(paragraph);
}

describe('furniture around the story', () => {
  it('drops the menu, the sign-in links and the footer', () => {
    const body = mainBody(page('Storm floods the old town', STORY_EN, { header: ['By Jane Doe'] }));
    expectStory(body, STORY_EN);
    for (const junk of [...NAV, ...FOOTER, 'By Jane Doe', 'Storm floods the old town'])
      expect(body).not.toContain(junk);
  });

  it('drops a cookie notice, in English and in German', () => {
    const english = paste(
      'We use cookies and other tracking technologies to improve your browsing experience on our site, show personalised content and targeted ads.',
      'By continuing to use this site, you consent to our use of cookies.',
      ['Accept all', 'Manage cookies'],
      'Storm floods the old town',
      ...STORY_EN,
    );
    expect(mainBody(english)).not.toMatch(/cookies/i);
    const german = paste(
      'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Wenn Sie fortfahren, stimmen Sie der Verwendung von Cookies zu.',
      ['Alle akzeptieren', 'Datenschutz'],
      'Unwetter überflutet die Altstadt',
      ...STORY_DE,
    );
    const body = mainBody(german);
    expectStory(body, STORY_DE);
    expect(body).not.toMatch(/Cookies|akzeptieren/);
  });

  it('drops share, comment and newsletter prompts after the story', () => {
    const text = page('Storm floods the old town', STORY_EN, {
      footer: [
        'Share this article',
        'Facebook',
        'Twitter',
        'Comments (12)',
        'Leave a comment',
        'Sign up for our daily newsletter and get the best stories in your inbox every morning.',
        'Download the app',
        ...FOOTER,
      ],
    });
    const body = mainBody(text);
    expectStory(body, STORY_EN);
    expect(body).not.toMatch(/Share this|Comments|Leave a comment|newsletter|Download the app/);
  });

  it('drops advertisement lines inside the story and keeps the story whole', () => {
    const text = page('Storm floods the old town', [
      ...STORY_EN.slice(0, 2),
      'Advertisement',
      'Story continues below advertisement',
      ...STORY_EN.slice(2),
    ]);
    const body = mainBody(text);
    expectStory(body, STORY_EN);
    expect(body).not.toMatch(/Advertisement|continues below/i);
  });

  it('drops a list of other headlines standing inside the story, and joins the text either side', () => {
    const text = paste(
      NAV,
      ['Storm floods the old town', 'By Jane Doe'],
      ...STORY_EN.slice(0, 3),
      [
        'Read more',
        'Council approves budget for new tram line',
        'Local team wins the regional cup after a late goal',
        'Museum reopens after two years of repairs',
      ],
      ...STORY_EN.slice(3),
      FOOTER,
    );
    const [article] = cleanTextPaste(text, { clippedAt });
    const body = bodyText(article.blocks);
    expectStory(body, STORY_EN);
    expect(body).not.toMatch(/tram line|regional cup|Museum reopens|Read more/);
    expect(article.removed.find((r) => r.text.startsWith('Council approves'))?.reason).toBe(
      'list of other headlines',
    );
  });

  it('drops lines that list rather than say: tags, "Read more:" links', () => {
    const text = page('Storm floods the old town', [
      ...STORY_EN.slice(0, 2),
      'Read more: Council approves budget for new tram line',
      ...STORY_EN.slice(2),
      'Tags flood storm old town weather',
    ]);
    const body = mainBody(text);
    expectStory(body, STORY_EN);
    expect(body).not.toMatch(/Read more|tram line|Tags/);
    expect(
      mainBody(
        page('Storm floods the old town', [
          'Related companies reported record profits on Monday, the council said.',
          ...STORY_EN,
        ]),
      ),
    ).toContain('Related companies');
  });

  it('drops "read also" links in Spanish and Portuguese ("Lea más:", "Vea también:", "Leia mais:")', () => {
    const story = [
      'Las lluvias de la noche inundaron el casco antiguo y decenas de familias tuvieron que dejar sus casas antes del amanecer.',
      'Los bomberos sacaron agua de los sótanos hasta la mañana, y el ayuntamiento abrió el gimnasio de la escuela como refugio.',
      '«Nunca habíamos visto subir el río tan rápido», dijo Maria Lopez, que lleva veinte años al frente de la panadería de la plaza.',
    ];
    const links = [
      'Lea más: El ayuntamiento aprueba el presupuesto del nuevo tranvía',
      'VEA TAMBIÉN: Las obras del puerto se retrasan otra vez',
      'Leia mais: Prefeitura anuncia novo plano contra enchentes',
    ];
    const body = mainBody(
      page('Las inundaciones obligan a evacuar el casco antiguo', [
        story[0],
        links[0],
        story[1],
        links[1],
        story[2],
        links[2],
      ]),
    );
    expectStory(body, story);
    for (const link of links) expect(body).not.toContain(link);
  });

  it('drops the most-read list after the story', () => {
    const text = page('Storm floods the old town', STORY_EN, {
      footer: [
        'Most read',
        'Council approves budget for new tram line',
        'Local team wins the regional cup after a late goal',
        ...FOOTER,
      ],
    });
    expect(mainBody(text)).not.toMatch(/Most read|tram line|regional cup/);
  });

  it('drops furniture in other languages', () => {
    const german = paste(
      ['Startseite', 'Politik', 'Anmelden'],
      'Unwetter überflutet die Altstadt',
      ...STORY_DE.slice(0, 2),
      ['Lesen Sie auch', 'Stadtrat beschließt neuen Haushalt für die Straßenbahn'],
      ...STORY_DE.slice(2),
      ['Impressum', 'Datenschutz', '© 2024 Beispiel Zeitung. Alle Rechte vorbehalten.'],
    );
    const body = mainBody(german);
    expectStory(body, STORY_DE);
    expect(body).not.toMatch(/Lesen Sie auch|Stadtrat|Impressum|Rechte/);

    // What blogs print under a post, each for what it is: its navigation, related posts, the comment form.
    const blog = paste(
      ['Startseite', 'Blog'],
      'Unwetter überflutet die Altstadt',
      ...STORY_DE,
      [
        'Veröffentlicht in Allgemein, Lokales',
        'Beitragsnavigation',
        'Vorheriger Beitrag',
        'Ähnliche Beiträge',
        'Schreibe einen Kommentar',
      ],
      'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.',
    );
    const reasons = new Map(
      analyseTextPaste(blog, { clippedAt }).trace.map((t) => [t.text, t.reason]),
    );
    expect(reasons.get('Veröffentlicht in Allgemein, Lokales')).toBe('navigation or menu');
    expect(reasons.get('Beitragsnavigation')).toBe('navigation or menu');
    expect(reasons.get('Vorheriger Beitrag')).toBe('navigation or menu');
    expect(reasons.get('Ähnliche Beiträge')).toBe('list of other headlines');
    expect(reasons.get('Schreibe einen Kommentar')).toBe('comments section');
    expect(
      reasons.get(
        'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.',
      ),
    ).toBe('comments section');

    const french = paste(['Accueil', 'Se connecter'], 'La vieille ville inondée', ...STORY_FR, [
      'À lire aussi',
      'Le conseil vote le budget du nouveau tramway',
      'Partager',
      'Commentaires',
    ]);
    expect(mainBody(french)).not.toMatch(/lire aussi|tramway|Partager|Commentaires/);

    const japanese = paste(['ホーム', 'ログイン'], '旧市街が浸水', ...STORY_JA, [
      '関連記事',
      '市議会が新しい路面電車の予算を承認',
      'シェア',
    ]);
    const jaBody = mainBody(japanese);
    expectStory(jaBody, STORY_JA);
    expect(jaBody).not.toMatch(/関連記事|路面電車|シェア|ログイン/);
  });
});

describe('furniture inside a flattened line', () => {
  const flattened = [
    "Find out what's new on our website and app.",
    ...STORY_EN,
    'Advertisement',
    ...STORY_EN_MORE.slice(0, 3),
    'A NEWSLETTER FOR YOU Monday, 7 am Morning Briefing The news you need to start the day.',
    'Sign Up Sign Up',
    ...STORY_EN_MORE.slice(3),
  ].join(' ');

  it('cuts promotions, sign-up buttons and advertisement lines out of the flattened text', () => {
    const text = paste(
      ['Daily Example', '2 hours ago', '- Daily Example'],
      'Storm floods three districts',
      flattened,
    );
    const [article] = cleanTextPaste(text, { clippedAt });
    const body = bodyText(article.blocks);
    expectStory(body, [...STORY_EN, ...STORY_EN_MORE]);
    expect(body).not.toMatch(/what's new|NEWSLETTER|Sign Up|Advertisement/);
    expect(article.blocks.length).toBeGreaterThan(5);
  });

  it('cuts a "Read more" link run into the next sentence, and keeps the sentence', () => {
    const linked = [
      ...STORY_EN.slice(0, 2),
      'READ MORE: Harbour Wall Repairs Delayed Again',
      ...STORY_EN.slice(2),
    ].join(' ');
    const body = mainBody(
      paste(
        ['Daily Example', '2 hours ago', '- Daily Example'],
        'Storm floods three districts',
        linked,
      ),
    );
    expectStory(body, STORY_EN);
    expect(body).not.toMatch(/READ MORE|Harbour Wall/);
  });

  it('cuts a promotion box flattened into a sentence, and a label glued to the last one', () => {
    const boxed = [
      STORY_EN[0],
      'Sign up for our morning briefing Get the news in your inbox Subscribe',
      STORY_EN[1],
      'Advertisement',
      STORY_EN[2],
    ].join(' ');
    const body = mainBody(
      paste(
        ['Daily Example', '2 hours ago', '- Daily Example'],
        'Storm floods three districts',
        boxed,
      ),
    );
    expectStory(body, STORY_EN.slice(0, 3));
    expect(body).not.toMatch(/Sign up|inbox|Subscribe|Advertisement/);
  });
});

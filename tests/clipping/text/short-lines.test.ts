import { describe, expect, it } from 'vitest';
import { cleanTextPaste } from '../../../electron/clipping/text/clean-paste.ts';
import { copyrightHolder } from '../../../electron/clipping/text/describe/source.ts';
import type { PasteLine } from '../../../electron/clipping/text/segment.ts';
import { FOOTER, NAV, STORY_EN, STORY_EN_MORE } from './pages.ts';

// Issue 12: content made of short lines belongs to the article, and the
// title and outlet read as a person would write them.
const clippedAt = new Date('2025-07-23T10:00:00Z');
const main = (lines: readonly string[]) => cleanTextPaste(lines.join('\n'), { clippedAt })[0];
const texts = (lines: readonly string[]) => main(lines).blocks.map((b) => b.text);

const HEADER = ['Lemon drizzle cake', 'By Anna Berg', 'July 23, 2025'];
const INTRO = [
  'This is the cake my grandmother baked every Sunday, and it has never failed me in forty years of baking for friends.',
  'The secret is to pour the syrup over the cake while it is still warm, so that it soaks right through to the bottom.',
];
const CLOSING =
  'Enjoy it with a cup of tea on a rainy afternoon, and keep what is left in a tin for up to three days.';

describe('short lines that belong to the article', () => {
  it('keeps a list of records ("Date: …", "Place: …") whole, its dates too, and takes no field for a title', () => {
    const record = (date: string, place: string, topic: string, tickets: string, price: string) => [
      `Date: ${date}`,
      `Place: ${place}`,
      `Topic: ${topic}`,
      `Tickets: ${tickets}`,
      `Admission: ${price}`,
    ];
    const [mail, office] = ['by mail to tastings@example.org', 'at the tourist office'];
    const records = [
      ...record('21.02.2026, 7 pm', 'Rosi’s Bar, Market Street 10', 'Highland malts', mail, '69 €'),
      ...record('28.02.2026, 6:30 pm', 'Market Square', 'A rum walk', office, '45 €'),
      ...record(
        '06.03.2026, 7 pm',
        'Felsenblick Inn, Saale View 11',
        'World whiskies',
        mail,
        '58 €',
      ),
      ...record('08.05.2026, 7 pm', 'Felsenblick Inn, Saale View 11', 'Scotch', mail, '58 €'),
    ];
    const intro =
      'In 2026 there will again be tastings of whisky, rum and gin in town, and the first dates are set.';
    const article = main([...NAV, 'Tastings from February to May', intro, ...records, ...FOOTER]);
    expect(article.blocks.map((b) => b.text)).toEqual([intro, ...records]);
    expect(article.title).toBe('Tastings from February to May');
  });

  it('keeps every step of a numbered method, even one that names a duration', () => {
    const steps = [
      '1. Heat the oven to 180C.',
      '2. Beat the butter and sugar until pale.',
      '3. Add the eggs one at a time.',
      '4. Fold in the flour and zest.',
      '5. Bake for 45 minutes.',
    ];
    const body = texts([...NAV, ...HEADER, ...INTRO, 'Method', ...steps, CLOSING, ...FOOTER]);
    for (const step of steps) expect(body).toContain(step);
    expect(body.at(-1)).toBe(CLOSING);
  });

  it('keeps a numbered list of picks that follows the text, and leaves a numbered most-read list out', () => {
    const picks = [
      '1) Lego Star Wars Resistance Bomber',
      'http://amzn.to/2iJFhRj',
      '2) Electric racing track',
      'http://amzn.to/2hZfWFJ',
      '3) Blade Runner, The Final Cut (4K)',
      'http://amzn.to/2hWEIX7',
      '4) Ghostbusters Collection (2 Blu-Ray)',
      'http://amzn.to/2B4BNPS',
    ];
    const body = texts([...NAV, ...HEADER, ...INTRO, ...picks, ...FOOTER]);
    for (const item of picks.filter((p) => !p.startsWith('http'))) expect(body).toContain(item);
    const mostRead = [
      'Most read',
      '1. Council approves new budget for schools',
      '2. Weather warning for the weekend',
      '3. Local team wins the cup final',
    ];
    expect(texts([...NAV, ...HEADER, ...INTRO, CLOSING, ...mostRead, ...FOOTER])).toEqual([
      ...INTRO,
      CLOSING,
    ]);
  });

  it('keeps a code listing that a sentence introduces and the text goes on after', () => {
    const header = ['Faster builds with pinned dependencies', 'By Ben Ode', 'July 23, 2025'];
    const opening = [
      'Every build of the application installed the newest version of each package, so no two builds were ever quite the same.',
      'To make them reproducible, we keep the pinned versions in a file of their own and install from that file alone.',
      'The resulting file looks like this:',
    ];
    const listing = [
      'click==7.0 # via flask',
      'flask==1.0.3',
      'itsdangerous==1.1.0 # via flask',
      'jinja2==2.10.1 # via flask',
      'markupsafe==1.1.1 # via jinja2',
      'werkzeug==0.15.4 # via flask',
      'six==1.12.0',
      'pytz==2019.1',
      'argparse==1.4.0 # via dateutils',
      'dateutils==0.6.6',
      'python-dateutil==2.8.0 # via dateutils',
      'requests==2.22.0',
      'urllib3==1.25.3 # via requests',
      'idna==2.8 # via requests',
      'chardet==3.0.4 # via requests',
      'certifi==2019.6.16 # via requests',
    ];
    const after = [
      'You check both files into version control, and the build installs the pinned versions before it copies in the code.',
      'A change to the code then rebuilds only the last layer of the image, which takes seconds instead of minutes.',
      'When you want newer packages, you regenerate the pinned file on purpose and review what changed before you merge it.',
    ];
    const body = texts([...NAV, ...header, ...opening, ...listing, ...after, ...FOOTER]);
    for (const line of [...listing, ...after]) expect(body).toContain(line);
    // A run of short lines no sentence introduces, after which the text does not go on, stays out.
    const menu = ['Products', 'Training services', 'About me', 'Feed', 'Newsletter archive'];
    expect(
      texts([...NAV, ...header, ...opening.slice(0, 2), ...after, ...menu, ...FOOTER]),
    ).toEqual([...opening.slice(0, 2), ...after]);
  });

  it('keeps a listing no sentence introduces when the text after it goes on about the same thing', () => {
    const header = ['Why our browser test failed in the suite', 'By Ben Ode', 'July 23, 2025'];
    const opening = [
      'The browser test passed when it ran alone and failed whenever the whole suite ran, always looking for the same static file.',
      'I looked through the settings of the static files storage and found the setting the test case changes behind our back.',
    ];
    const listing = [
      'import os',
      'from django.conf import settings',
      'from django.test.utils import override_settings',
      'from selenium import webdriver',
      'STATICFILES_STORAGE = "pipeline.storage.PipelineStorage"',
      'PIPELINE_ENABLED = True',
      'DEBUG = False',
      'STATIC_URL = "/static/"',
      'STATIC_ROOT = os.path.join(BASE_DIR, "static")',
      'MEDIA_URL = "/media/"',
      'TIME_ZONE = "UTC"',
      'USE_TZ = True',
      'browser = webdriver.Firefox()',
      'browser.get(live_server_url)',
    ];
    const after = [
      'The test case overrides the static files storage settings, and the storage keeps the static files it found for the whole suite.',
      'Clearing that storage before each browser test made the whole suite pass, and the static file was found every time.',
    ];
    const body = texts([...NAV, ...header, ...opening, ...listing, ...after, ...FOOTER]);
    for (const line of [...listing, ...after]) expect(body).toContain(line);
    // The same short lines before a box that speaks of something else (a newsletter's pitch): the story ends above them.
    const pitch = [
      'Every Friday we send our readers a letter with five recipes, two interviews and one question from a reader.',
      'Sign up today and choose which of our letters you would like to receive, then confirm your address.',
    ];
    expect(texts([...NAV, ...header, ...opening, ...listing, ...pitch, ...FOOTER])).toEqual(
      opening,
    );
  });

  it('keeps a long code listing between paragraphs of the story, no sentence introducing it', () => {
    const header = ['A flaky test, traced to a cache', 'By Ben Ode', 'July 23, 2025'];
    const opening = [
      'The browser test passed whenever it ran alone and failed in the full suite, so some state was shared between tests.',
      'I ran it once more on its own, it passed again, and I took another careful look at the test itself.',
    ];
    const listing = [
      "import { test, expect } from '@playwright/test';",
      "import { startServer } from './server';",
      'let server;',
      'test.beforeAll(async () => {',
      'server = await startServer();',
      '});',
      'test.afterAll(async () => {',
      'await server.close();',
      '});',
      "test('the results page counts the results', async ({ page }) => {",
      'await page.goto(server.url);',
      "const total = await page.locator('#total').textContent();",
      'expect(Number(total)).toBeGreaterThan(0);',
      '});',
      "test('the other page has its title', async ({ page }) => {",
      "await page.goto(server.url + '/other');",
      'await expect(page).toHaveTitle(/Other/);',
      '});',
      "test('the form sends its data', async ({ page }) => {",
      "await page.fill('#name', 'Ada');",
      "await page.click('button[type=submit]');",
      "await expect(page.locator('.sent')).toBeVisible();",
      '});',
      'export default server;',
    ];
    const after = [
      'Nothing in it looked shared: the test starts a browser of its own and asks the live server for one page.',
      'The culprit was the finder of static files, which remembers what it found the first time it looks for a file.',
    ];
    const body = texts([...NAV, ...header, ...opening, ...listing, ...after, ...FOOTER]);
    expect(body).toEqual([...opening, ...listing, ...after]);
  });

  it('goes on after a list to a paragraph that shares a third of its words with the story', () => {
    const shelters = [
      'North school gym',
      'Town hall, ground floor',
      'St Mary parish rooms',
      'Fire station on Mill Road',
      'Sports club house',
      'Youth centre by the station',
      'Old people home, east wing',
      'Scout hut',
    ];
    // Four of its eleven long words are the story's ("school", "until", "river", "council"): 0.36.
    const after =
      'Residents of the old town who lost power can collect candles and blankets at the school gym until the river falls, the council said on Tuesday.';
    const body = texts([
      ...NAV,
      'Storm floods the old town',
      ...STORY_EN,
      ...shelters,
      after,
      ...FOOTER,
    ]);
    for (const line of [...shelters, after]) expect(body).toContain(line);
  });

  it('keeps the ingredients between the opening and the method when the method speaks of the same cake', () => {
    const opening =
      'A butter sponge with lemon zest and flour, soaked in a lemon syrup of sugar and juice while the sponge is still warm.';
    const ingredients = [
      '225 g soft butter',
      '225 g caster sugar',
      '4 large eggs',
      '275 g self-raising flour',
      '2 tsp baking powder',
      '4 tbsp milk',
      '2 unwaxed lemons, zest only',
      '175 g granulated sugar',
      '2 lemons, juice only',
      'Butter for the tin',
      'Baking paper',
    ];
    const method = [
      'Beat the soft butter and caster sugar until pale, then beat in the eggs one at a time with a spoonful of the flour.',
      'Fold in the rest of the flour, the baking powder, the milk and the lemon zest, and spread the sponge in the tin.',
      'Bake the cake for 45 minutes, then mix the lemon juice with the granulated sugar and pour the syrup over the warm sponge.',
    ];
    const article = main([
      ...NAV,
      'Lemon drizzle cake',
      opening,
      ...ingredients,
      ...method,
      ...FOOTER,
    ]);
    expect(article.blocks.map((b) => b.text)).toEqual([opening, ...ingredients, ...method]);
    // An ingredient is not the title.
    expect(article.title).toBe('Lemon drizzle cake');
  });

  it('keeps a list of quantities right under the title, before the method', () => {
    const ingredients = [
      '1 whole chicken of 1200 g',
      '2 tbsp vegetable oil',
      '1 medium onion, chopped',
      '250 g minced lamb',
      '1 tsp ground cinnamon',
      '500 g long-grain rice',
    ];
    const method = [
      'Roast the chicken in a preheated oven at 200 degrees for 50 minutes, until its juices run clear.',
      'Meanwhile fry the onion in the oil, add the lamb and the cinnamon, and cook until the meat is brown.',
      'Stir in the rice with twice its volume of water, cover, and simmer for twenty minutes before serving.',
    ];
    const body = texts([
      ...NAV,
      'Roast chicken with spiced rice',
      ...ingredients,
      ...method,
      ...FOOTER,
    ]);
    expect(body).toEqual([...ingredients, ...method]);
  });

  it('does not take an item of an ingredient list for the title', () => {
    const ingredients = ['225 g soft butter', '225 g caster sugar', '4 large eggs', '275 g flour'];
    const method = [
      'Beat the soft butter and the caster sugar until pale, then beat in the large eggs one at a time.',
      'Fold in the flour and bake the cake for 45 minutes in a lined tin, until a skewer comes out clean.',
    ];
    const article = main([
      ...NAV,
      'Lemon drizzle cake',
      'Ingredients',
      ...ingredients,
      ...method,
      ...FOOTER,
    ]);
    expect(article.title).toBe('Lemon drizzle cake');
  });

  it('keeps a short exclamation with a time word ("Now get baking!"), not taking it for a date line', () => {
    const body = texts([...NAV, ...HEADER, ...INTRO, 'Now get baking!', CLOSING, ...FOOTER]);
    expect(body).toEqual([...INTRO, 'Now get baking!', CLOSING]);
  });

  it('keeps a table row a paragraph, never a subheading', () => {
    const rows = [
      'Setting\tDefault\tOur pick',
      'Location\tAlways\tWhile using',
      'Background refresh\tOn\tOff',
    ];
    const article = main([...NAV, ...HEADER, ...INTRO, ...rows, CLOSING, ...FOOTER]);
    expect(article.blocks.filter((b) => b.type === 'heading')).toEqual([]);
    expect(article.blocks.map((b) => b.text)).toContain('Background refresh On Off');
  });

  it('does not take a photo credit hanging under its caption for a subheading, and keeps a real one', () => {
    const article = cleanTextPaste(
      [
        'Lemon drizzle cake',
        INTRO[0],
        'Why the syrup matters',
        INTRO[1],
        'This map from the weather service shows the rain that fell on the valley overnight.\nMeteo Valley',
        ...STORY_EN.slice(0, 3),
      ].join('\n\n'),
      { clippedAt },
    )[0];
    expect(article.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
      'Why the syrup matters',
    ]);
    expect(article.blocks.map((b) => b.text)).toContain('Meteo Valley');
  });

  it('does not take a short Japanese paragraph for a subheading', () => {
    const paragraphs = [
      '昨夜の大雨で旧市街が浸水した。',
      '消防隊は朝まで地下室の水をくみ出し、市は学校の体育館を避難所として開放した。気象台は木曜日にも雨が降ると予想している。',
      '住民は避難した。',
      '「川がこんなに速く増水するのは見たことがない」と、広場で二十年間パン屋を営むマリア・ロペスさんは語った。',
    ];
    const article = cleanTextPaste(['旧市街で浸水被害', ...paragraphs].join('\n\n'), {
      clippedAt,
    })[0];
    expect(article.blocks.map((b) => b.type)).toEqual(paragraphs.map(() => 'paragraph'));
  });
});

describe('titles and outlets a person would write', () => {
  it('names an untitled story by its opening words, cut at a word with an ellipsis', () => {
    const opening =
      'Heavy rain flooded the old town overnight, forcing dozens of families to leave their homes before dawn while firefighters worked through the night.';
    const article = main([opening, STORY_EN[1]]);
    expect(article.title).toBe(
      'Heavy rain flooded the old town overnight, forcing dozens of families to leave their homes before dawn while…',
    );
    expect(article.blocks[0].text).toBe(opening);
  });

  it('does not repeat as the first paragraph a headline the text began with', () => {
    for (const headline of [
      'Why the river rose so fast: what we know about the storm that flooded the old town overnight',
      '川の氾濫で旧市街が浸水、数十世帯が避難',
    ]) {
      const article = main([headline, ...STORY_EN.slice(0, 3)]);
      expect(article.title).toBe(headline);
      expect(article.blocks.map((b) => b.text)).toEqual(STORY_EN.slice(0, 3));
    }
    // A one-sentence lede is text, not a headline: it stays in the body.
    const lede = main([STORY_EN[0], STORY_EN[1]]);
    expect(lede.blocks.map((b) => b.text)).toEqual(STORY_EN.slice(0, 2));
  });

  it('never reads a legal entity from a copyright line, nor keeps its full stop', () => {
    const holder = (text: string) => copyrightHolder([{ text } as PasteLine]);
    expect(holder('Copyright © 2019 CityAM. Limited')).toBe('CityAM');
    expect(holder('© 2019 The Printers (Mysore) Private Ltd.')).toBeNull();
    // "(с)" typed with a Cyrillic letter, and a company form before the name.
    expect(holder('Copyright (с) ООО «Хёрст Шкулёв Паблишинг», 2019.')).toBeNull();
    expect(holder('© 2025 Private Eye')).toBe('Private Eye');
  });
});

describe("the story's lead", () => {
  it('keeps the paragraph under the title that a byline, a date and a photo credit part from the text', () => {
    const lead =
      'Dozens of families left their homes before dawn as the river burst its banks, and the council says more rain is on the way.';
    const article = main(
      [
        ...NAV,
        'Floods force families from the old town',
        lead,
        'By Anna Berg',
        'July 23, 2025',
        'Photo: Jane Doe / Reuters',
        'Share',
        ...STORY_EN,
        ...STORY_EN_MORE,
        ...FOOTER,
      ].flatMap((line) => [line, '']),
    );
    expect(article.title).toBe('Floods force families from the old town');
    expect(article.byline).toBe('Anna Berg');
    expect(article.blocks.map((b) => b.text)).toEqual([lead, ...STORY_EN, ...STORY_EN_MORE]);
  });
  it("keeps a slideshow's first paragraph under its date, slide counter and heading", () => {
    const slides = [
      'The latest phone from the company is not what you would expect from a successor to the small model: it is built for those who want the newest chip in a small body, at a lower price.',
      'First off, its size is a surprise: a small display puts it among the smaller screens on sale today, and the home button with its fingerprint reader is back for those who missed it, while the glass back, the aluminium frame and the wireless charging come straight from the dearer models that sell for twice as much.',
      'But the phone fits a lot into that small body: the newest chip, which it shares with the flagships, a good camera that takes portraits, and a battery that lasts a whole day of ordinary use, calls and browsing without trouble.',
    ];
    const credit = ['Image credit: example.com', 'Agencies', 'Share'];
    const body = texts([
      ...NAV,
      'The new phone is here, and here is all we know',
      '09 Jun 2020, 02:32 PM IST',
      '1/3',
      'Not a flagship',
      slides[0],
      ...credit,
      '2/3',
      'Pocket friendly',
      slides[1],
      ...credit,
      '3/3',
      'Powerful package',
      slides[2],
      ...credit,
      ...FOOTER,
    ]);
    expect(body).toContain(slides[0]);
    expect(body).toContain(slides[1]);
  });
});

describe('where the story ends', () => {
  it("leaves out a short box under the story that a few short lines part from it (an author's note)", () => {
    const body = texts(
      [
        ...NAV,
        'Floods force families from the old town',
        'By Anna Berg',
        'July 23, 2025',
        ...STORY_EN,
        ...STORY_EN_MORE,
        'About the author',
        'Anna Berg',
        'Anna Berg has covered the city and its weather for The Daily Example since 2009.',
        ...FOOTER,
      ].flatMap((line) => [line, '']),
    );
    expect(body).toEqual([...STORY_EN, ...STORY_EN_MORE]);
  });
});

describe('credits', () => {
  it('leaves out a caption that carries its credit ("©", "(c)"), and keeps the story around it whole', () => {
    const captions = [
      'The old bridge under water on Wednesday morning. © AFP / Jane Doe',
      'Volunteers fill sandbags by the river / (c) Anna Berg',
    ];
    const body = texts(
      [
        ...NAV,
        ...HEADER,
        ...STORY_EN.slice(0, 3),
        captions[0],
        ...STORY_EN.slice(3),
        captions[1],
        ...STORY_EN_MORE,
        ...FOOTER,
      ].flatMap((line) => [line, '']),
    );
    expect(body).toEqual([...STORY_EN, ...STORY_EN_MORE]);
  });
});

import { describe, expect, it } from 'vitest';
import { reanchorAnnotations } from '../../electron/annotations/reanchor.ts';
import { describeRange } from '../../electron/annotations/selectors.ts';
import type { Annotation } from '../../electron/model/clip.ts';

const at = '2025-07-23T10:00:00.000Z';

function highlight(text: string, exact: string, from = 0): Annotation {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  return {
    id: exact,
    createdAt: at,
    updatedAt: at,
    color: 'yellow',
    note: '',
    orphaned: false,
    ...describeRange(text, start, start + exact.length),
  };
}

/** Where each annotation landed in `after`: its words there, or null for an orphan. */
function landed(annotations: Annotation[], before: string | null, after: string) {
  return reanchorAnnotations(annotations, before, after).map((a) =>
    a.orphaned ? null : after.slice(a.position.start, a.position.end),
  );
}

const CARS = [
  'The 2021 RAV4 Prime will be able to go 39 miles (63 kilometers) on battery power alone before the gas-electric hybrid propulsion system kicks in.',
  'It will get the equivalent of 90 miles per gallon, according to Toyota.',
  'Toyota repeated it in its own release: The 2021 RAV4 Prime will be able to go 39 miles (64 kilometers) on battery power alone before the gas-electric hybrid propulsion system kicks in.',
  'The show opens to the public on Friday.',
].join('\n\n');

describe('a passage deleted while a look-alike stays elsewhere', () => {
  it('is orphaned, not moved onto the look-alike, when the old text is known', () => {
    const phrase = highlight(CARS, 'go 39 miles (63 kilometers) on battery power alone');
    const sentence = highlight(
      CARS,
      'The 2021 RAV4 Prime will be able to go 39 miles (63 kilometers) on battery power alone before the gas-electric hybrid propulsion system kicks in.',
    );
    const after = CARS.split('\n\n').slice(1).join('\n\n');
    expect(landed([phrase, sentence], CARS, after)).toEqual([null, null]);
  });

  it('still follows its own passage when that was only edited', () => {
    const phrase = highlight(CARS, 'go 39 miles (63 kilometers) on battery power alone');
    const after = CARS.replace('(63 kilometers)', '(63 km)');
    expect(landed([phrase], CARS, after)).toEqual(['go 39 miles (63 km) on battery power alone']);
  });
});

describe('several edits in one save', () => {
  const before = [
    'Officials in the port town said on Monday that the ferry would run again.',
    'The crossing had been closed since the storm damaged the pier in March.',
    'Repairs cost more than expected, the harbour master said.',
    'Fishermen welcomed the news. Ok, now for a little fun.',
    'A festival is planned for the first weekend of the new service.',
    'Tickets go on sale next week at the harbour office.',
  ].join('\n\n');
  const after = before
    .replace('on Monday', 'on Tuesday')
    .replace('damaged the pier', 'wrecked the old pier')
    .replace('since the storm', 'since the big storm')
    .replace('more than expected', 'far more than planned')
    .replace('Fishermen welcomed', 'Local fishermen welcomed')
    .replace('first weekend', 'second weekend')
    .replace('next week', 'on Friday');

  it('keeps every highlight between the changes where it is, and follows one reworded where it stands', () => {
    const annotations = [
      highlight(before, 'the ferry would run again'),
      highlight(before, 'since the storm'),
      highlight(before, 'the harbour master said'),
      highlight(before, 'welcomed the news'),
      highlight(before, 'A festival is planned for the first weekend'),
      highlight(before, 'harbour office'),
    ];
    expect(landed(annotations, before, after)).toEqual([
      'the ferry would run again',
      'since the big storm',
      'the harbour master said',
      'welcomed the news',
      'A festival is planned for the second weekend',
      'harbour office',
    ]);
  });
});

describe('a short whole-paragraph quote after its paragraphs move', () => {
  const before = [
    'The first part of the talk was about budgets and spreadsheets.',
    'Ok, now for a little fun.',
    'The speaker then showed a video of a cat playing the piano.',
    'Everyone laughed, and the session ended early.',
  ].join('\n\n');
  const moved = [3, 1, 0, 2].map((i) => before.split('\n\n')[i]).join('\n\n');

  it('is found again, word for word, with or without the old text', () => {
    const fun = highlight(before, 'Ok, now for a little fun.');
    expect(landed([fun], before, moved)).toEqual(['Ok, now for a little fun.']);
    expect(landed([fun], null, moved)).toEqual(['Ok, now for a little fun.']);
  });

  it('is found again from the 32 characters of context highlights were stored with before', () => {
    const fun = highlight(before, 'Ok, now for a little fun.');
    const { start, end } = fun.position;
    fun.quote.prefix = before.slice(start - 32, start);
    fun.quote.suffix = before.slice(end, end + 32);
    expect(landed([fun], null, moved)).toEqual(['Ok, now for a little fun.']);
  });

  it('keeps the whole paragraph and the break before it as context for a short quote, 32 characters for a long one', () => {
    const short = highlight(before, 'cat playing');
    expect(short.quote.prefix).toBe('\n\nThe speaker then showed a video of a ');
    const long = highlight(before, 'The speaker then showed a video of a cat playing the piano.');
    expect(long.quote.prefix).toBe(before.slice(long.position.start - 32, long.position.start));
  });
});

describe('without the old text', () => {
  const before =
    'SoftBank took a large stake in the company, and had also planned to charge WeWork a fee for its help.\n\nThe board met on Friday.';

  it('does not trust a stored place the text has shifted away from', () => {
    const a = highlight(before, 'in the company, and had also planned to charge WeWork a');
    const after = `So, ${before}`;
    expect(landed([a], null, after)).toEqual([
      'in the company, and had also planned to charge WeWork a',
    ]);
    const [placed] = reanchorAnnotations([a], null, after);
    expect(placed.position.start).toBe(after.indexOf('in the company'));
  });

  it('trusts a stored place whose quote and surroundings are still there', () => {
    const a = highlight(before, 'The board met');
    const [placed] = reanchorAnnotations([a], null, before);
    expect(placed.position).toEqual(a.position);
  });
});

describe('without the old text: look-alikes, repeats, and the passages around', () => {
  const filler = (topic: string) =>
    `Other business about ${topic} took the rest of the evening, item after item, motion after motion. `
      .repeat(5)
      .trim();

  it('does not move a sentence that opened its paragraph onto a copy at the end of another', () => {
    const before = [
      'Carmakers showed their new models at the fair this week.',
      'Toyota is rolling out a plug-in version of the popular RAV4 small SUV.',
      filler('parking'),
      'The show opens to the public on Friday. Toyota is rolling out a plug-in version of the popular RAV5 small SUV.',
    ].join('\n\n');
    const phrase = highlight(before, 'version of the popular');
    const gone = before.replace(
      'Toyota is rolling out a plug-in version of the popular RAV4 small SUV.\n\n',
      '',
    );
    expect(landed([phrase], null, gone)).toEqual([null]);
    const moved = before.replace(
      'Carmakers showed their new models at the fair this week.\n\n',
      '',
    );
    const [found] = reanchorAnnotations([phrase], null, moved);
    expect(found.position.start).toBe(moved.indexOf('version of the popular RAV4'));
  });

  const deals = [
    'AirPods Pro for $235',
    'Switch Lite for $200',
    'Echo Dot for $45',
    'Sonos Move for $400',
  ]
    .map((deal) => `${deal}\n\n${filler(deal)}\n\nSee it now: Amazon`)
    .join('\n\n');

  it('finds a line repeated word for word, with its surroundings, when it is clearly the nearest', () => {
    const line = highlight(deals, 'See it now: Amazon', deals.indexOf('Echo Dot'));
    const after = `Deals of the week, checked every morning by our team.\n\n${deals}`;
    const [found] = reanchorAnnotations([line], null, after);
    expect(found.orphaned).toBe(false);
    expect(found.position.start).toBe(
      after.indexOf('See it now: Amazon', after.indexOf('Echo Dot')),
    );
  });

  it('orphans a deleted line rather than take one of its repeats, none of them nearer than another', () => {
    const line = highlight(deals, 'See it now: Amazon', deals.indexOf('Echo Dot'));
    const gone = deals.slice(0, line.position.start - 2) + deals.slice(line.position.end);
    expect(landed([line], null, gone)).toEqual([null]);
  });

  const report = [
    'The committee published its report on the harbour on Monday morning.',
    filler('the budget'),
    'Ferries will run every hour from June. The operator will add a night boat in July.',
    'Residents welcomed the plan, though some asked about the noise.',
    filler('the schools'),
  ].join('\n\n');

  it('finds a passage whose neighbour sentence went, far from its old place, where the passages around it moved', () => {
    const annotations = [
      highlight(report, 'published its report on the harbour'),
      highlight(report, 'will add a night boat'),
      highlight(report, 'some asked about the noise'),
    ];
    const after = report
      .replace(`${filler('the budget')}\n\n`, '')
      .replace('Ferries will run every hour from June. ', '');
    expect(landed(annotations, null, after)).toEqual([
      'published its report on the harbour',
      'will add a night boat',
      'some asked about the noise',
    ]);
  });

  it('does not take a look-alike near the old place but outside the passages around it', () => {
    const before = [
      'Its chair said so on Friday: the operator will add a night boat in July.',
      'The committee published its report on the harbour on Monday morning.',
      'Ferries will run every hour from June. The operator will add a night boat in July.',
      'Residents welcomed the plan, though some asked about the noise.',
      filler('the schools'),
    ].join('\n\n');
    const annotations = [
      highlight(before, 'published its report on the harbour'),
      highlight(before, 'will add a night boat', before.indexOf('Ferries')),
      highlight(before, 'some asked about the noise'),
    ];
    const after = before.replace(' The operator will add a night boat in July.', '');
    // The chair's words close their paragraph as the deleted sentence did, 150 characters from its place, but before the first passage.
    expect(landed(annotations, null, after)).toEqual([
      'published its report on the harbour',
      null,
      'some asked about the noise',
    ]);
  });
});

describe('without the old text: edges, repeats and many edits', () => {
  it('does not move the sentence that opened the text onto a copy inside another paragraph', () => {
    const before = [
      'Rafael Nadal kept Spain’s hopes alive with a 2-1 win over Russia on Friday.',
      'Granollers and Lopez won the decisive doubles match in straight sets.',
      'Australia beat Colombia. Rafael Nadal kept Spain’s hopes alive with a 3-1 win over Russia on Friday.',
    ].join('\n\n');
    const opening = highlight(
      before,
      'Rafael Nadal kept Spain’s hopes alive with a 2-1 win over Russia on Friday.',
    );
    expect(opening.quote.prefix).toBe('');
    const after = before.slice(before.indexOf('Granollers'));
    expect(landed([opening], null, after)).toEqual([null]);
  });

  // A page that repeats itself: the same menu day by day, the same lines around each dish.
  const day = (n: number, dish: string) =>
    [
      `Day ${n}`,
      'Eat every 2–3 hours',
      `${dish}, 1 cup spinach, 1 cup strawberries, 8 oz. unsweetened almond milk (or 1 tsp. nut butter and 8 oz. water)`,
      'Portion Fix Containers: 1 Green, 1 Purple, 1 Red, 1 tsp.',
      '30 minutes before bed',
    ].join('\n\n');
  const menu = [day(1, '1 scoop Shakeology'), day(2, '1 scoop Shakeology')].join('\n\n');

  it('finds a passage edited where it stands, not its copy on another day, and the passages after it', () => {
    const second = menu.indexOf('Day 2');
    const annotations = [
      highlight(menu, 'Eat every 2–3 hours', second),
      highlight(
        menu,
        '1 scoop Shakeology, 1 cup spinach, 1 cup strawberries, 8 oz. unsweetened almond milk (or 1 tsp. nut butter and 8 oz. water)',
        second,
      ),
      highlight(menu, '30 minutes before bed', second),
    ];
    const after = `${menu.slice(0, second)}${menu
      .slice(second)
      .replace('unsweetened almond milk', 'unsweetened oat milk')}`;
    const placed = reanchorAnnotations(annotations, null, after);
    expect(placed.map((a) => a.orphaned)).toEqual([false, false, false]);
    const secondAfter = after.indexOf('Day 2');
    for (const a of placed) expect(a.position.start).toBeGreaterThan(secondAfter);
    expect(after.slice(placed[1].position.start, placed[1].position.end)).toContain('oat milk');
  });

  const interview = [
    'A: Bob Marley, Bruno Mars, Drake, The Eagles, Jay Z, Frank Sinatra',
    'Q: Favorite books?',
    'A: A Fistful of Rice and The Hard Thing About Hard Things',
    'Q: Favorite apps?',
    'A: Bleacher Report, Uber Eats, and ParkMobile',
  ].join('\n\n');

  it('does not take a whole-paragraph look-alike whose neighbours differ for a line that went', () => {
    const line = highlight(interview, 'Q: Favorite books?');
    const gone = interview.replace(
      'Q: Favorite books?\n\nA: A Fistful of Rice and The Hard Thing About Hard Things\n\n',
      '',
    );
    expect(landed([line], null, gone)).toEqual([null]);
  });

  it('finds a line reworded where it stands, its neighbouring lines reworded too', () => {
    const line = highlight(interview, 'Q: Favorite books?');
    const after = interview
      .replace('Jay Z,', 'Jay ticketing')
      .replace('Favorite books', 'lesson books')
      .replace('of Rice', 'priceless combine');
    expect(landed([line], null, after)).toEqual(['Q: lesson books?']);
  });

  it('finds a short quote reworded where it stands after sentences around it went', () => {
    const before = [
      'The board met on Friday to hear the plans for the coming year.',
      '“We’re excited to have Ivan join our team as Chief Strategy Officer,” said the founder. “With our enhanced technology and strong growth in Europe, my team and I are looking forward to using Ivan’s insight to enable us to navigate the expansion.” The company did not say what he will be paid.',
      'Research from the firm shows that readers prefer ads that fit the page.',
    ].join('\n\n');
    const quote = highlight(before, 'I are looking forward to');
    const after = before
      .replace(
        '“We’re excited to have Ivan join our team as Chief Strategy Officer,” said the founder. ',
        '',
      )
      .replace(' The company did not say what he will be paid.', '')
      .replace('looking forward to', 'looking keen to');
    expect(landed([quote], null, after)).toEqual(['I are looking keen to']);
  });
});

describe('without the old text: a short quote and the same letters a few characters off', () => {
  it('takes the place whose neighbouring characters are as stored, not the letters inside the next word', () => {
    const before = [
      'Nissan has refreshed its compact sedan for the new year.',
      'Inside, the cabin has been refined and is covered in good materials. The seats, the dashboard panel, as well as the steering wheel are all wrapped in fine leather. It also has contrast stitching which spruces up the overall look of the cabin. To improve comfort for the driver and front passenger, it has Nissan’s Zero Gravity Seats, and they come with a heated function.',
    ].join('\n\n');
    const word = highlight(before, 'in', before.indexOf('wrapped'));
    const after = `Nissan said the car goes on sale in March, in every market it serves.\n\n${before}`;
    const [placed] = reanchorAnnotations([word], null, after);
    expect(placed.orphaned).toBe(false);
    expect(placed.position.start).toBe(after.indexOf('wrapped in') + 'wrapped '.length);
  });
});

describe('without the old text: quotation marks and short quotes', () => {
  it('finds a passage whose quotation marks were made typographic, words around it reworded', () => {
    const before = [
      'Officers found the girl hidden in a clothes basket where he had forced her to hide.',
      '"Hey, here she is. Got her!" an officer said. "We got her. We got her."',
      'The man was arrested at the scene.',
    ].join('\n\n');
    const said = highlight(before, 'an officer said.');
    const after = before
      .replace(
        '"Hey, here she is. Got her!" an officer said. "We got her. We got her."',
        '“Hey, Restraining told is. Got her!” an where said. “We got her. We got her.”',
      )
      .replace('forced her to hide', 'made her hide');
    expect(landed([said], null, after)).toEqual(['an where said.']);
  });

  it('does not move a short quote onto the same words in another sentence of its paragraph', () => {
    const before = [
      'Democrats won two governor races in the South this month.',
      'The results were a warning to the party in power, which had spent heavily in both states and sent its best-known speakers to the rallies of the last week. Kentucky Democrats beat incumbent Gov. Matt Bevin in a state Trump won by 30 points in 2016. And Louisiana Democrats re-elected Governor John Bel Edwards in a state Trump won by the more modest but still substantial margin of 20 points. Turnout was higher than at any off-year election in either state since the nineties, and higher still in the suburbs.',
      'Republicans kept the governor’s mansion in Mississippi.',
    ].join('\n\n');
    const phrase = highlight(before, 'a state Trump won by');
    const after = before.replace(
      'Kentucky Democrats beat incumbent Gov. Matt Bevin in a state Trump won by 30 points in 2016. ',
      '',
    );
    expect(landed([phrase], null, after)).toEqual([null]);
  });
});

describe('without the old text: copies in other paragraphs, far off, or by chance', () => {
  const filler = (topic: string) =>
    `The rest of the meeting was about ${topic}, item after item, motion after motion.`;

  it('does not move a phrase onto a copy of its sentence at the end of the paragraph before, once its own went', () => {
    const before = [
      'The council met on Tuesday to hear the operator’s plans. Ferries will run every hour from July, the operator said.',
      'Ferries will run every hour from June, the operator said.',
      'Tickets go on sale next week at the harbour office.',
    ].join('\n\n');
    const phrase = highlight(before, 'run every hour', before.indexOf('\n\n'));
    const after = before.replace(
      'Ferries will run every hour from June, the operator said.\n\n',
      '',
    );
    expect(landed([phrase], null, after)).toEqual([null]);
  });

  it('does not move a phrase onto a copy of its sentence after a heading two words long', () => {
    const before = [
      'Audi showed the new e-tron Sportback on Tuesday, with deliveries from spring 2020.',
      'Story Timeline US pricing has not been confirmed yet, but the 2021 model costs more.',
      'US pricing has not been confirmed yet, but the 2020 model costs more.',
      'The car goes on sale in Germany first.',
    ].join('\n\n');
    const phrase = highlight(before, 'has not been', before.lastIndexOf('US pricing'));
    const after = before.replace(
      'US pricing has not been confirmed yet, but the 2020 model costs more.\n\n',
      '',
    );
    expect(landed([phrase], null, after)).toEqual([null]);
  });

  it('still finds a phrase whose neighbour sentence in its own paragraph went', () => {
    const before = [
      'Harbour news',
      'The council met on Tuesday. Its members argued for hours about the budget for the pier. Ferries will run every hour from June, the operator said.',
      'Tickets go on sale next week at the harbour office.',
    ].join('\n\n');
    const phrase = highlight(before, 'run every hour');
    const after = before.replace(
      'Its members argued for hours about the budget for the pier. ',
      '',
    );
    expect(landed([phrase], null, after)).toEqual(['run every hour']);
  });

  it('does not move a whole-paragraph sentence onto its look-alike appended to the paragraph before', () => {
    const sentence =
      'Neumann bought properties that he then leased back to WeWork, and had also planned to charge WeWork almost $6 million to use his trademark of the word “We”.';
    const before = [
      'The company’s former chief executive, Adam Neumann, indulged in self-dealing to enrich himself. ' +
        sentence.replace('$6 million', '$7 million'),
      sentence,
      'The company shelved its plans for an initial public offering in September.',
    ].join('\n\n');
    const whole = highlight(before, sentence);
    const after = before.replace(`${sentence}\n\n`, '');
    expect(landed([whole], null, after)).toEqual([null]);
  });

  const paragraphs = [
    'Harbour news from the committee, published on Monday.',
    filler('the budget'),
    'That would help the port’s fishing fleet while allowing the mayor to campaign on the “new harbour” plan, which holds appeal to voters in the old town.',
    filler('the schools'),
    'Residents welcomed the plan, though some asked about the noise.',
    filler('the parks'),
    filler('the roads'),
    'That would help the port’s fishing fleet while allowing the mayor to campaign on the “old harbour” plan, which holds appeal to voters in the old town.',
    'The next meeting is in June.',
  ];
  const minutes = paragraphs.join('\n\n');
  const annotations = () => [
    highlight(minutes, 'published on Monday'),
    highlight(minutes, 'appeal to voters in the old town'),
    highlight(minutes, 'some asked about the noise'),
  ];

  it('does not take a copy far off, out of order with the passages around it, whose surroundings differ by a word', () => {
    const after = minutes.replace(`${paragraphs[2]}\n\n`, '');
    expect(landed(annotations(), null, after)).toEqual([
      'published on Monday',
      null,
      'some asked about the noise',
    ]);
  });

  it('still finds a paragraph moved far off, its surroundings as they were', () => {
    const after = minutes.replace(`${paragraphs[2]}\n\n`, '') + `\n\n${paragraphs[2]}`;
    const placed = reanchorAnnotations(annotations(), null, after);
    expect(placed.map((a) => a.orphaned)).toEqual([false, false, false]);
    expect(placed[1].position.start).toBe(after.lastIndexOf('appeal to voters in the old town'));
  });

  it('does not move a sentence that opened the text onto a copy inside another paragraph, its stored words reaching the start', () => {
    const before = [
      'A team led by researchers at the space centre has confirmed traces of water vapour above the surface of the icy moon.',
      filler('the budget'),
      'The agency said so in a statement. A team led by researchers at the space centre has recorded traces of water vapour above the surface of the icy moon.',
    ].join('\n\n');
    const phrase = highlight(before, 'space centre has confirmed');
    expect(phrase.quote.prefix).toBe('A team led by researchers at the ');
    const after = before.slice(before.indexOf('\n\n') + 2);
    expect(landed([phrase], null, after)).toEqual([null]);
  });

  it('does not take a word at its old place where it stands by chance, its neighbours not as stored', () => {
    const before = [
      'Voters in two states sent a message this month.',
      'Instead, they did the opposite. Virginia Democrats won a legislative majority. And in Louisiana Democrats re-elected the governor in a close race.',
    ].join('\n\n');
    const word = highlight(before, 'a', before.indexOf('won a'));
    const after = before.replace('Virginia Democrats won a legislative majority. ', '');
    // The letter at the word's old place is now the "a" inside "Democrats".
    expect(after.slice(word.position.start, word.position.end)).toBe('a');
    expect(landed([word], null, after)).toEqual([null]);
  });
});

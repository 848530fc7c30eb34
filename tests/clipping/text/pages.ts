/** Small hand-written pastes for the engine's tests: story paragraphs in several languages, and a page around them. */

export const STORY_EN = [
  'Heavy rain flooded the old town overnight, forcing dozens of families to leave their homes before dawn.',
  'Firefighters pumped water out of cellars until the morning, and the council opened the school gym as a shelter for those who could not stay with relatives.',
  '"We have never seen the river rise this fast," said Maria Lopez, who has run the bakery on the main square for twenty years.',
  'The weather service said more rain was expected on Thursday, although the worst of the storm had moved east by noon.',
  'Engineers will inspect the old stone bridge, which was closed to traffic after water reached its arches, before it opens again.',
];

/** More of the same story, for pastes that need a long body. */
export const STORY_EN_MORE = [
  'Shop owners along the canal spent the afternoon carrying soaked stock onto the pavement, counting what the insurers might pay for.',
  'The mayor promised emergency grants of up to two thousand euros per household and said the first payments would arrive within a week.',
  'Critics on the council pointed out that a study warning of exactly this kind of flood had been shelved three years ago for lack of money.',
  'Volunteers from neighbouring villages arrived with pumps, sandbags and hot soup, and the local radio station read out their phone numbers every hour.',
  'By evening the water had receded from most streets, leaving a line of brown mud on the walls at knee height.',
];

export const STORY_DE = [
  'Starkregen hat in der Nacht die Altstadt überflutet, Dutzende Familien mussten noch vor dem Morgengrauen ihre Wohnungen verlassen.',
  'Die Feuerwehr pumpte bis zum Morgen Wasser aus den Kellern, und die Stadt öffnete die Turnhalle der Schule als Notunterkunft.',
  '„So schnell ist der Fluss noch nie gestiegen“, sagte Maria Lopez, die seit zwanzig Jahren die Bäckerei am Marktplatz führt.',
  'Der Wetterdienst erwartet für Donnerstag weiteren Regen, auch wenn das Schlimmste des Sturms bis zum Mittag nach Osten gezogen war.',
];

export const STORY_FR = [
  'De fortes pluies ont inondé la vieille ville pendant la nuit, obligeant des dizaines de familles à quitter leur logement avant l’aube.',
  'Les pompiers ont pompé l’eau des caves jusqu’au matin, et la mairie a ouvert le gymnase de l’école pour accueillir les sinistrés.',
  '« Nous n’avons jamais vu la rivière monter aussi vite », a déclaré Maria Lopez, qui tient la boulangerie de la place depuis vingt ans.',
  'Le service météorologique prévoit encore de la pluie jeudi, même si le plus fort de la tempête s’est déplacé vers l’est à midi.',
];

export const STORY_RU = [
  'Сильный ливень ночью затопил старый город, и десятки семей были вынуждены покинуть свои дома ещё до рассвета.',
  'Пожарные до утра откачивали воду из подвалов, а городские власти открыли спортивный зал школы как временное убежище.',
  '«Мы никогда не видели, чтобы река поднималась так быстро», — сказала Мария Лопес, которая двадцать лет держит пекарню на площади.',
  'Метеорологи ожидают новых дождей в четверг, хотя к полудню худшая часть бури ушла на восток.',
];

export const STORY_JA = [
  '昨夜の大雨で旧市街が浸水し、数十世帯が夜明け前に自宅から避難を余儀なくされた。',
  '消防隊は朝まで地下室の水をくみ出し、市は学校の体育館を避難所として開放した。',
  '「川がこんなに速く増水するのは見たことがない」と、広場で二十年間パン屋を営むマリア・ロペスさんは語った。',
  '気象台は木曜日にも雨が降ると予想しているが、嵐の最も激しい部分は正午までに東へ移動した。',
];

export const STORY_ZH = [
  '昨夜的暴雨淹没了老城区，数十户家庭在黎明前被迫离开家园。',
  '消防员一直抽水到早上，市政府开放了学校体育馆作为临时避难所。',
  '在广场上经营面包店二十年的玛丽亚·洛佩斯说：“我们从来没见过河水涨得这么快。”',
  '气象部门预计周四还会有降雨，不过风暴最猛烈的部分在中午前已经向东移去。',
];

export const NAV = [
  'Home',
  'World',
  'Politics',
  'Business',
  'Sport',
  'Culture',
  'Search',
  'Sign in',
  'Subscribe',
];

export const FOOTER = [
  'About us',
  'Contact',
  'Privacy Policy',
  'Terms of Use',
  '© 2024 The Daily Example. All rights reserved.',
];

/** Lines as a browser copies them: paragraphs set off by blank lines, menu items not. */
export function paste(...parts: (string | string[])[]): string {
  return parts.map((part) => (Array.isArray(part) ? part.join('\n') : part)).join('\n\n');
}

/** A page around a story: menu, title, byline, the paragraphs, footer. */
export function page(
  title: string,
  paragraphs: readonly string[],
  extra: { header?: string[]; footer?: string[] } = {},
): string {
  return paste(NAV, [title, ...(extra.header ?? [])], ...paragraphs, extra.footer ?? FOOTER);
}

/** A news page pasted `count` times over, each copy's headline numbered: a paste of about `count` × 2 KB. */
export function pagesPastedAgain(count: number): string {
  const text = [
    ...NAV,
    '',
    'Storm floods the old town',
    '',
    ...STORY_EN.flatMap((p) => [p, '']),
    ...FOOTER,
  ].join('\n');
  return Array.from({ length: count }, (_, k) => text.replace('old town', `old town ${k}`)).join(
    '\n',
  );
}

/** Every word of the text: what "never invent text" is checked against. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

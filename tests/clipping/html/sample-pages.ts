/** Small hand-written pages for the HTML engine's tests. */

export const STORY_PARAGRAPHS = [
  'The dam above the village of Lindholm gave way early on Tuesday after a week of rain, sending water through the lower streets and into the fields beyond the river.',
  'Residents had been warned on Sunday that the reservoir was close to its limit, and most of the two hundred households had left for the school on the hill by the time it broke.',
  'Engineers from the regional water board said the spillway had been blocked by debris carried down from the forest, which raised the level faster than their models had predicted.',
  'The mayor, Ingrid Sand, said nobody had been hurt and thanked the volunteers who had carried older neighbours out of their homes through the night.',
  'Repairs are expected to take several months, and the board will open an inquiry into why the warning system failed to reach the farms on the eastern bank.',
];

export const STORY_TITLE = 'Dam gives way above Lindholm after a week of rain';

/** The story as a whole page: head, menu, header, the article, related links and a footer. */
export function wholePage(): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <title>${STORY_TITLE} | Valley Gazette</title>
  <meta property="og:site_name" content="Valley Gazette">
  <meta property="article:published_time" content="2025-07-22T05:10:00Z">
  <link rel="canonical" href="https://gazette.example/news/dam">
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <header class="site-header"><a href="/">Valley Gazette</a></header>
  <main>
    <article>
      <h1>${STORY_TITLE}</h1>
      <p class="byline">By Ann Example</p>
      ${STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n      ')}
    </article>
    <aside class="related">
      <h2>Most read</h2>
      <ul><li><a href="/a">Council approves new bridge</a></li><li><a href="/b">Festival moves to August</a></li></ul>
    </aside>
  </main>
  <footer><p>© 2025 Valley Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>`;
}

/** The article alone, as Chrome puts a selection on the clipboard: a charset meta, inline styles, no head. */
export function copiedSelection(): string {
  const style = 'color: rgb(34, 34, 34); font-family: Georgia, serif; font-size: 18px;';
  return `<meta charset='utf-8'><h1 style="${style} font-size: 32px;">${STORY_TITLE}</h1><p class="byline" style="${style}">By Ann Example</p>${STORY_PARAGRAPHS.map((p) => `<p style="${style}">${p}</p>`).join('')}`;
}

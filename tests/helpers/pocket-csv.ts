/** A Pocket CSV export of `count` links, made on the spot (a test or a bench), never committed. */
export function pocketCsv(count: number): string {
  const rows = ['title,url,time_added,cursor,tags,status'];
  for (let i = 0; i < count; i++) {
    rows.push(
      `"Story number ${i}, with a comma",https://news.example.org/${i % 7}/story-${i}?utm_source=pocket,${1600000000 + i * 60},c${i},${i % 3 ? 'news|world' : ''},${i % 4 ? 'unread' : 'archive'}`,
    );
  }
  return rows.join('\n') + '\n';
}

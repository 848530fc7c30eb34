import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../electron/clipping/html/parse-document.ts';
import { elementToBlocks } from '../../../electron/clipping/html/to-blocks.ts';

function blocksOf(html: string, base: string | null = 'https://news.example.com/a/story.html') {
  const parsed = parsePaste(html);
  if (!parsed) throw new Error('unparsable test page');
  return elementToBlocks(parsed.body, { base: base ? new URL(base) : null }).map((b) => b.block);
}

describe('elementToBlocks', () => {
  it('types headings, list items, quotes, captions and preformatted text', () => {
    const blocks = blocksOf(`
      <h2>Section</h2>
      <p>Paragraph.</p>
      <ul><li>One</li><li>Two</li></ul>
      <ol><li>First</li></ol>
      <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
      <figure><figcaption>A caption.</figcaption></figure>
      <pre>
  line 1

  line 2
</pre>`);
    expect(blocks).toEqual([
      { type: 'heading', text: 'Section', level: 2 },
      { type: 'paragraph', text: 'Paragraph.' },
      { type: 'list-item', text: 'One', ordered: false },
      { type: 'list-item', text: 'Two', ordered: false },
      { type: 'list-item', text: 'First', ordered: true },
      { type: 'quote', text: 'Quoted one.' },
      { type: 'quote', text: 'Quoted two.' },
      { type: 'caption', text: 'A caption.' },
      { type: 'preformatted', text: '  line 1\n\n  line 2' },
    ]);
  });

  it('marks emphasis, strong text, code and links at their offsets', () => {
    const [block] = blocksOf(
      '<p>Read <em>this</em>, <b>now</b>: <code>npm test</code> at <a href="/docs">the docs</a>.</p>',
    );
    expect(block.text).toBe('Read this, now: npm test at the docs.');
    expect(block.marks).toEqual([
      { kind: 'em', start: 5, end: 9 },
      { kind: 'strong', start: 11, end: 14 },
      { kind: 'code', start: 16, end: 24 },
      { kind: 'link', start: 28, end: 36, href: 'https://news.example.com/docs' },
    ]);
  });

  it('keeps the text of links it cannot trust, without the link', () => {
    const [withoutBase] = blocksOf('<p>See <a href="/docs">the docs</a>.</p>', null);
    expect(withoutBase).toEqual({ type: 'paragraph', text: 'See the docs.' });
    const [script] = blocksOf('<p>See <a href="javascript:alert(1)">this</a>.</p>');
    expect(script).toEqual({ type: 'paragraph', text: 'See this.' });
  });

  it('collapses white space, parts paragraphs at <br><br> and keeps a single <br> as a line break', () => {
    const blocks = blocksOf(
      '<div>  First   line<br>second line<br><br>  Next <i>para</i>graph </div>',
    );
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'First line\nsecond line' },
      { type: 'paragraph', text: 'Next paragraph', marks: [{ kind: 'em', start: 5, end: 9 }] },
    ]);
  });

  it('drops soft hyphens and other invisible characters, as the text engine does, so words read whole', () => {
    const blocks = blocksOf(
      '<p>Die Ein&shy;zel&shy;lage am Pfan\u00adnen\u00adstiel\u200b<b>hof</b>\ufeff.</p><pre>a&shy;b</pre>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Die Einzellage am Pfannenstielhof.', 'ab']);
    expect(blocks[0].marks).toEqual([{ kind: 'strong', start: 30, end: 33 }]);
  });

  it('keeps a table of data as one table block: rows by line, cells by tab, its headings counted', () => {
    expect(
      blocksOf(
        '<table><caption>Results</caption><tr><th>Pos.</th><th>Driver</th></tr><tr><td>1</td><td><p>Kyle</p><p>Busch</p></td></tr>' +
          '<tr><td> </td><td></td></tr><tr><td>2</td><td><a href="https://x.example/d">Denny Hamlin</a></td></tr></table>',
      ),
    ).toEqual([
      { type: 'caption', text: 'Results' },
      {
        type: 'table',
        text: 'Pos.\tDriver\n1\tKyle Busch\n2\tDenny Hamlin',
        headerRows: 1,
        marks: [{ kind: 'link', start: 27, end: 39, href: 'https://x.example/d' }],
      },
    ]);
  });

  it('reads a table that lays out the page as its blocks, a row of short cells as one line', () => {
    const column = 'A column of the page. '.repeat(30);
    expect(
      blocksOf(
        `<table><tr><td>Menu</td><td>Home</td></tr><tr><td><p>${column}</p><table><tr><td>1</td><td>Kyle Busch</td></tr></table></td></tr></table>`,
      ),
    ).toEqual([
      { type: 'paragraph', text: 'Menu · Home' },
      { type: 'paragraph', text: column.trim() },
      { type: 'table', text: '1\tKyle Busch' },
    ]);
  });

  it('keeps a listing of code as a code block with its language, and other <pre> as preformatted', () => {
    expect(
      blocksOf(
        '<pre><code class="language-python">def f():\n    <b>return</b> 1\n</code></pre><pre class="highlight">x = 1</pre><pre>  Roses are red,\n    violets blue</pre>',
      ),
    ).toEqual([
      { type: 'code', text: 'def f():\n    return 1', language: 'python' },
      { type: 'code', text: 'x = 1' },
      { type: 'preformatted', text: '  Roses are red,\n    violets blue' },
    ]);
  });

  it('keeps remote images as their alt text and does not cut the paragraph around them', () => {
    const blocks = blocksOf(
      '<p>Before <img src="https://cdn.example/x.jpg" alt="A dam"> after.</p><img src="x.png">',
    );
    expect(blocks).toEqual([
      { type: 'paragraph', text: 'Before after.' },
      { type: 'image', text: 'A dam' },
    ]);
  });

  it('skips hidden elements, scripts and form controls', () => {
    const blocks = blocksOf(`
      <p hidden>Hidden.</p><p style="display: none">Not shown.</p><p aria-hidden="true">Decor.</p>
      <script>document.write('x')</script><button>Share</button><select><option>One</option></select>
      <p>Shown.</p>`);
    expect(blocks).toEqual([{ type: 'paragraph', text: 'Shown.' }]);
  });

  it('leaves out a list of links tucked inside a sentence, and keeps a sentence with a few links', () => {
    const card =
      '<span class="card"><a href="/p">Ann Example</a><a href="/1">Story one</a> <a href="/2">Story two</a> <a href="/3">MORE</a></span>';
    expect(blocksOf(`<p>Rep. ${card} (D-Minn.) spoke on Monday.</p>`)[0].text).toBe(
      'Rep. (D-Minn.) spoke on Monday.',
    );
    const sentence =
      '<p>Read <span><a href="/a">one</a>, <a href="/b">two</a> and <a href="/c">three</a> before the vote</span>.</p>';
    expect(blocksOf(sentence)[0].text).toBe('Read one, two and three before the vote.');
  });

  it('reads the text of a figure as its caption, and a quotation in it as a quote', () => {
    expect(
      blocksOf(
        '<figure><img src="a.jpg" alt=""><p>Boats in the harbour.</p><blockquote>Back at sea.</blockquote></figure>',
      ),
    ).toEqual([
      { type: 'caption', text: 'Boats in the harbour.' },
      { type: 'quote', text: 'Back at sea.' },
    ]);
  });

  it('keeps the text on both sides of a form control apart', () => {
    expect(blocksOf('<p>harbour<select><option>x</option></select>storm</p>')[0].text).toBe(
      'harbour storm',
    );
  });

  it('counts the blocks inside a link as link text, and marks them', () => {
    const parsed = parsePaste(
      '<a href="https://news.example.com/bridge"><h3>Council approves bridge</h3><p>The vote ends a debate of ten years.</p></a>',
    );
    const blocks = elementToBlocks(parsed!.body, { base: null });
    expect(blocks.map((b) => [b.block.text, b.linkChars])).toEqual([
      ['Council approves bridge', 23],
      ['The vote ends a debate of ten years.', 36],
    ]);
    expect(blocks[0].block.marks).toEqual([
      { kind: 'link', start: 0, end: 23, href: 'https://news.example.com/bridge' },
    ]);
  });
});

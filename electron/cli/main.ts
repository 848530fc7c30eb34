#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { runAdd } from './commands/add.ts';
import { runExportCommand } from './commands/export.ts';
import { runExtract } from './commands/extract.ts';
import { runImportCommand } from './commands/import.ts';
import { runList } from './commands/list.ts';
import { messageOf } from '../../common/errors.ts';

const USAGE = `Usage: presscut <command> [options]

Commands:
  extract [--jsonl] [--clipped-at ISO] [--debug] [--memory FILE] [--outlet NAME] FILE...
                                                 print the articles found in each file
                                                 (.html/.htm read as HTML, any other file as plain text);
                                                 --debug prints each line's or block's decision and why to stderr
  add [--library DIR] FILE|-                      clip a file, or standard input, into the library
  list [--library DIR] [--json]                   list the library's clips, newest first
  import [--library DIR] FILE|FOLDER...           import Pocket, Instapaper, Omnivore or Wallabag exports, Presscut
                                                 libraries and backups, or .txt, .md and .html files; progress on
                                                 stderr, then what was added, left out as duplicates, or failed
  export [--library DIR] --format FORMAT [--tag T] [--query Q] [--unread] [--id ID]... [--zip] --out PATH
                                                 FORMAT: markdown (a folder of .md files, or a ZIP with --zip),
                                                 annotations, html, epub, json (the whole library, lossless) or
                                                 backup (the JSON, zipped); csl-json, bibtex or ris: references
                                                 for Zotero and other reference managers
  review [--library DIR] [--preset NAME] [--tag T] [--query Q] [--since 24h|7d|2w] [--from DAY] [--to DAY]
         [--group outlet|tag|day|none] [--body highlights|excerpt|full|none] [--title T] [--organisation O]
         [--period P] [--intro TEXT] [--references apa|chicago|mla|harvard] [--no-coverage]
         --format pdf|docx|html|md --out FILE|FOLDER
                                                 a press review of the clips chosen (all given must hold), as
                                                 PDF, Word, a web page or Markdown; --preset runs a saved one

The library folder is --library DIR, else $PRESSCUT_LIBRARY, else the app's own folder.`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  extract: runExtract,
  add: runAdd,
  list: runList,
  import: runImportCommand,
  export: runExportCommand,
  // Loaded only when asked for: it brings Word, chart and citation libraries every other command can do without.
  review: async (args) => (await import('./commands/review.ts')).runReviewCommand(args),
};

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({
    args: argv.slice(0, 1),
    allowPositionals: true,
    strict: false,
  });
  const name = positionals[0];
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`presscut: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command(argv.slice(1));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`presscut: ${messageOf(error)}`);
    process.exitCode = 1;
  },
);

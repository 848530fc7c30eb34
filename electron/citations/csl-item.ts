import { parse as parseName } from '@citation-js/name';
import type { ClipRecord } from '../model/clip.ts';

/** A CSL-JSON name: a person's parts, or an organisation as one literal. */
export type CslName =
  | {
      family: string;
      given?: string;
      'non-dropping-particle'?: string;
      'dropping-particle'?: string;
      suffix?: string;
    }
  | { literal: string };

/** A CSL-JSON item, the fields a clip can fill. */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL?: string;
  language?: string;
}

// Words that name a job or a desk, never a person's name: "Political Editor", "Staff Reporter".
const ROLE =
  /\b(editor|correspondent|reporter|writer|staff|desk|agency|agencies|bureau|contributor|columnist|newsroom|team|redaktion|rédaction|redazione)\b/i;
const LEADING_BY = /^\s*(by|von|par|di|da|por|door|av|af)\s+/i;
const SEPARATORS = /\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/i;
const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3})$/u;

/**
 * The people a byline names, as CSL names. Job titles, desks and agencies
 * are left out: a byline of "Reuters" or "Staff reporter" names no author,
 * and the citation style then does what it does without one.
 */
export function authorsOfByline(byline: string | null): CslName[] {
  if (!byline) return [];
  return byline
    .replace(LEADING_BY, '')
    .split(SEPARATORS)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => {
      const words = part.split(' ');
      return (
        words.length >= 2 &&
        words.length <= 5 &&
        !ROLE.test(part) &&
        words.every((w) => NAME_WORD.test(w)) &&
        /^\p{Lu}/u.test(part)
      );
    })
    .map((part) => {
      const name = parseName(part);
      return name.family ? ({ ...name, family: name.family } as CslName) : { literal: part };
    });
}

function dateParts(iso: string): [[number, number, number]] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? [[Number(match[1]), Number(match[2]), Number(match[3])]] : null;
}

/**
 * A clip as a CSL-JSON newspaper article: its title, outlet (or the wire
 * agency that ran it), the people its byline names, the day it was
 * published as printed, its address, and the day it was clipped as the
 * day it was accessed.
 */
export function cslItemOf(record: ClipRecord): CslItem {
  const issued = record.published ? dateParts(record.published) : null;
  const authors = authorsOfByline(record.byline);
  const container = record.source ?? record.credit;
  return {
    id: record.id,
    type: 'article-newspaper',
    title: record.title,
    ...(container && { 'container-title': container }),
    ...(authors.length > 0 && { author: authors }),
    ...(issued && { issued: { 'date-parts': issued } }),
    accessed: { 'date-parts': dateParts(record.createdAt) ?? [[1970, 1, 1]] },
    ...(record.url && { URL: record.url }),
    ...(record.language && { language: record.language }),
  };
}

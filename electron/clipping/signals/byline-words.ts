/**
 * Words that open a byline ("By Jane Doe", "Von Max Muster"), per language.
 * Data only, shared by the text and the HTML engines. Lower case.
 */
export const BYLINE_OPENERS: readonly string[] = [
  'by', 'written by', 'words by', 'story by', 'reporting by', 'text by', 'posted by', 'published by',
  'von', 'text von', 'par', 'texte par', 'di', 'a cura di', 'por', 'texto de', 'door', 'tekst', 'av', 'af',
  'przez', 'autor', 'автор', 'текст', 'текст:', 'от', 'yazan', 'oleh', 'penulis', 'kirjoittanut',
];

/** Words for the writer's role that follow a name in a byline ("Jane Doe, Staff Writer"). */
export const BYLINE_ROLES: readonly string[] = [
  'writer', 'staff writer', 'reporter', 'correspondent', 'editor', 'columnist', 'contributor', 'author',
  'journalist', 'auto writer', 'business writer', 'sports writer', 'senior writer', 'contributing writer',
  'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'autor', 'autorin', 'journaliste',
  'rédacteur', 'rédactrice', 'envoyé spécial', 'giornalista', 'redattore', 'inviato', 'corresponsal',
  'redactor', 'repórter', 'correspondente', 'корреспондент', 'обозреватель', 'журналист', '记者', '記者',
  '기자', '칼럼니스트',
];

/**
 * News agencies whose credit a story may carry ("… spending. REUTERS",
 * "WASHINGTON (AP) —"). Each maps the names it is printed under to the credit
 * Presscut shows. Data only, shared by the text and the HTML engines.
 */
export const WIRE_AGENCIES: Readonly<Record<string, readonly string[]>> = {
  REUTERS: ['Reuters', 'REUTERS', 'Thomson Reuters'],
  AP: ['AP', 'Associated Press', 'The Associated Press'],
  AFP: ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  BLOOMBERG: ['Bloomberg', 'BLOOMBERG'],
  DPA: ['dpa', 'DPA'],
  XINHUA: ['Xinhua', 'XINHUA'],
  ANSA: ['ANSA'],
  EFE: ['EFE'],
  KYODO: ['Kyodo', 'KYODO', 'Kyodo News'],
  YONHAP: ['Yonhap', 'YONHAP'],
  BERNAMA: ['Bernama', 'BERNAMA'],
  TASS: ['TASS', 'ТАСС'],
  'RIA NOVOSTI': ['RIA Novosti', 'РИА Новости'],
  INTERFAX: ['Interfax', 'Интерфакс'],
  ANI: ['ANI'],
  PTI: ['PTI'],
  IANS: ['IANS'],
  AAP: ['AAP'],
  UPI: ['UPI'],
  ANADOLU: ['Anadolu', 'Anadolu Agency'],
  KNA: ['KNA'],
  APA: ['APA'],
  ANP: ['ANP'],
  BELGA: ['Belga'],
  LUSA: ['Lusa'],
  'EUROPA PRESS': ['Europa Press'],
  NTB: ['NTB'],
};

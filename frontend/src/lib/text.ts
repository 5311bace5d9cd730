/** Lower case without accents and with ß as ss, so that "koln" finds Köln and "strasse" finds Straße. */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('de-DE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss');
}

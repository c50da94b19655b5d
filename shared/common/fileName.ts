/**
 * A suggested file name as every file system the app meets accepts it. Names are built from what
 * the clerk typed (the street 城关镇/城关街道, an estate "A区:一期"), so the characters Windows
 * refuses in a name — the separators / and \ included — become "_" and trailing dots and blanks
 * go. Used by the renderer before a name crosses IPC and by the contract on arrival, so an export
 * never fails on its own street name.
 */
export const MAX_FILE_NAME_LENGTH = 200;

export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses
  const replaced = name.replace(/[\\/<>:"|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '');
  const kept = [...replaced].slice(0, MAX_FILE_NAME_LENGTH).join('');
  return kept === '' ? '_' : kept;
}

/** A word only clip `i` of the crash test holds: "zq" and its number in letters. */
export function clipToken(i: number): string {
  let word = '';
  let n = i;
  do {
    word = String.fromCharCode(97 + (n % 26)) + word;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `zq${word}`;
}

/**
 * Month names and common abbreviations in English, German, French and
 * Spanish, as `foldMessage` spells them (lower case, no accents): "märz" is
 * "marz", "décembre" is "decembre". Longest first, so an alternation built
 * from them prefers "september" over "sep".
 */
export const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [1, ["january", "jan", "januar", "janner", "janvier", "janv", "enero", "ene"]],
      [2, ["february", "feb", "februar", "feber", "fevrier", "fevr", "fev", "febrero"]],
      [3, ["march", "mar", "marz", "maerz", "mars", "marzo"]],
      [4, ["april", "apr", "avril", "avr", "abril", "abr"]],
      [5, ["may", "mai", "mayo"]],
      [6, ["june", "jun", "juni", "juin", "junio"]],
      [7, ["july", "jul", "juli", "juillet", "juil", "julio"]],
      [8, ["august", "aug", "aout", "agosto", "ago"]],
      [9, ["september", "sept", "sep", "septembre", "septiembre", "setiembre"]],
      [10, ["october", "oct", "oktober", "okt", "octobre", "octubre"]],
      [11, ["november", "nov", "novembre", "noviembre"]],
      [12, ["december", "dec", "dezember", "dez", "decembre", "diciembre", "dic"]],
    ] as const
  ).flatMap(([month, names]) => names.map((name) => [name, month] as const)),
);

/** Weekday names (0 = Sunday) in the same four languages, folded. */
export const WEEKDAYS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [0, ["sunday", "sonntag", "dimanche", "domingo"]],
      [1, ["monday", "montag", "lundi", "lunes"]],
      [2, ["tuesday", "dienstag", "mardi", "martes"]],
      [3, ["wednesday", "mittwoch", "mercredi", "miercoles"]],
      [4, ["thursday", "donnerstag", "jeudi", "jueves"]],
      [5, ["friday", "freitag", "vendredi", "viernes"]],
      [6, ["saturday", "samstag", "sonnabend", "samedi", "sabado"]],
    ] as const
  ).flatMap(([day, names]) => names.map((name) => [name, day] as const)),
);

/**
 * A regex alternation of `names`, longest first.
 *
 * @example
 * alternation(["sep", "september"]) // "september|sep"
 */
export const alternation = (names: Iterable<string>): string => [...names].sort((a, b) => b.length - a.length).join("|");

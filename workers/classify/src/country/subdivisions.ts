/** First-level subdivisions of one country, as reasons name them. */
export interface SubdivisionGroup {
  readonly country: string;
  /** How a reason names one of these, e.g. "German state". */
  readonly kind: string;
  /** One entry per subdivision: its names and codes, canonical name first. */
  readonly entries: readonly (readonly string[])[];
}

/**
 * States, provinces and regions outside the US (see `us-states.ts`). Not
 * exhaustive: the ones company locations actually name. A name listed under
 * two countries (Ulster, Limburg, Punjab) is ambiguous on its own by design.
 *
 * @example
 * SUBDIVISIONS.find((g) => g.country === "DE")?.kind // "German state"
 */
export const SUBDIVISIONS: readonly SubdivisionGroup[] = [
  {
    country: "CA", kind: "Canadian province",
    entries: [
      ["Ontario", "ON"], ["Quebec", "Québec", "QC", "PQ"], ["British Columbia", "BC"], ["Alberta", "AB"],
      ["Manitoba", "MB"], ["Saskatchewan", "SK"], ["Nova Scotia", "NS"], ["New Brunswick", "NB"],
      ["Newfoundland and Labrador", "Newfoundland", "NL"], ["Prince Edward Island", "PEI", "PE"],
      ["Northwest Territories", "NT"], ["Nunavut", "NU"], ["Yukon", "YT"],
    ],
  },
  {
    country: "AU", kind: "Australian state",
    entries: [
      ["New South Wales", "NSW"], ["Victoria", "VIC"], ["Queensland", "QLD"], ["Western Australia", "WA"],
      ["South Australia", "SA"], ["Tasmania", "TAS"], ["Australian Capital Territory", "ACT"],
      ["Northern Territory", "NT"],
    ],
  },
  {
    country: "DE", kind: "German state",
    entries: [
      ["Baden-Württemberg"], ["Bavaria", "Bayern"], ["Berlin"], ["Brandenburg"], ["Bremen"], ["Hamburg"],
      ["Hesse", "Hessen"], ["Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania"],
      ["Lower Saxony", "Niedersachsen"], ["North Rhine-Westphalia", "Nordrhein-Westfalen", "NRW"],
      ["Rhineland-Palatinate", "Rheinland-Pfalz"], ["Saarland"], ["Saxony", "Sachsen"],
      ["Saxony-Anhalt", "Sachsen-Anhalt"], ["Schleswig-Holstein"], ["Thuringia", "Thüringen"],
    ],
  },
  {
    country: "GB", kind: "UK nation",
    entries: [["England"], ["Scotland"], ["Wales"], ["Northern Ireland"], ["Ulster"]],
  },
  {
    country: "IE", kind: "Irish province",
    entries: [
      ["Munster"], ["Leinster"], ["Connacht", "Connaught"], ["Ulster"],
      ["Kerry"], ["Kildare"], ["Wicklow"], ["Meath"], ["Donegal"], ["Tipperary"], ["Wexford"],
    ],
  },
  {
    country: "FR", kind: "French region",
    entries: [
      ["Île-de-France", "IDF"], ["Auvergne-Rhône-Alpes"], ["Bourgogne-Franche-Comté"], ["Brittany", "Bretagne"],
      ["Centre-Val de Loire"], ["Corsica", "Corse"], ["Grand Est"], ["Hauts-de-France"],
      ["Normandy", "Normandie"], ["Nouvelle-Aquitaine"], ["Occitanie", "Occitania"], ["Pays de la Loire"],
      ["Provence-Alpes-Côte d'Azur", "PACA", "Côte d'Azur", "Provence"],
    ],
  },
  {
    country: "ES", kind: "Spanish region",
    entries: [
      ["Catalonia", "Cataluña", "Catalunya"], ["Community of Madrid", "Comunidad de Madrid"],
      ["Andalusia", "Andalucía"], ["Basque Country", "País Vasco", "Euskadi"],
      ["Valencian Community", "Comunidad Valenciana", "Comunitat Valenciana"], ["Galicia"],
      ["Canary Islands", "Islas Canarias"], ["Balearic Islands", "Islas Baleares", "Illes Balears"],
    ],
  },
  {
    country: "IT", kind: "Italian region",
    entries: [
      ["Lombardy", "Lombardia"], ["Lazio"], ["Piedmont", "Piemonte"], ["Tuscany", "Toscana"], ["Veneto"],
      ["Emilia-Romagna"], ["Campania"], ["Sicily", "Sicilia"], ["Sardinia", "Sardegna"], ["Liguria"],
      ["Apulia", "Puglia"],
    ],
  },
  {
    country: "CH", kind: "Swiss canton",
    entries: [["Vaud"], ["Ticino"], ["Valais", "Wallis"], ["Graubünden", "Grisons"], ["Aargau"], ["Thurgau"]],
  },
  {
    country: "AT", kind: "Austrian state",
    entries: [
      ["Vienna", "Wien"], ["Lower Austria", "Niederösterreich"], ["Upper Austria", "Oberösterreich"],
      ["Styria", "Steiermark"], ["Tyrol", "Tirol"], ["Carinthia", "Kärnten"], ["Vorarlberg"], ["Burgenland"],
    ],
  },
  {
    country: "NL", kind: "Dutch province",
    entries: [
      ["North Holland", "Noord-Holland"], ["South Holland", "Zuid-Holland"], ["North Brabant", "Noord-Brabant"],
      ["Gelderland"], ["Overijssel"], ["Limburg"], ["Friesland", "Fryslân"], ["Flevoland"], ["Zeeland"],
    ],
  },
  {
    country: "BE", kind: "Belgian region",
    entries: [
      ["Flanders", "Vlaanderen", "Flandre"], ["Wallonia", "Wallonie"], ["Brussels-Capital Region", "Brussels Capital"],
      ["Limburg"],
    ],
  },
  {
    country: "IN", kind: "Indian state",
    entries: [
      ["Maharashtra"], ["Karnataka"], ["Tamil Nadu"], ["Telangana"], ["Delhi", "NCT of Delhi", "Delhi NCR", "NCR"],
      ["Uttar Pradesh"], ["West Bengal"], ["Gujarat"], ["Kerala"], ["Haryana"], ["Rajasthan"],
      ["Andhra Pradesh"], ["Punjab"],
    ],
  },
  { country: "PK", kind: "Pakistani province", entries: [["Punjab"], ["Sindh"], ["Khyber Pakhtunkhwa"]] },
  {
    country: "BR", kind: "Brazilian state",
    entries: [
      ["São Paulo"], ["Rio de Janeiro"], ["Minas Gerais"], ["Paraná"], ["Santa Catarina"],
      ["Rio Grande do Sul"], ["Bahia"],
    ],
  },
  { country: "MX", kind: "Mexican state", entries: [["Jalisco"], ["Nuevo León"], ["Baja California"]] },
  {
    country: "CN", kind: "Chinese province",
    entries: [["Guangdong", "广东"], ["Zhejiang", "浙江"], ["Jiangsu", "江苏"], ["Sichuan", "四川"], ["Fujian"], ["Shandong"]],
  },
  {
    country: "JP", kind: "Japanese prefecture",
    entries: [["Kanagawa", "神奈川"], ["Aichi", "愛知"], ["Hokkaido", "北海道"], ["Tokyo Metropolis", "東京都"]],
  },
];

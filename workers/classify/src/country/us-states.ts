/**
 * US states, DC and common region nicknames by USPS code; names canonical first.
 * The codes are what "City, ST" addresses carry.
 *
 * @example
 * US_STATES.CA // ["California", "Calif"]
 */
export const US_STATES: Readonly<Record<string, readonly string[]>> = {
  AL: ["Alabama"], AK: ["Alaska"], AZ: ["Arizona"], AR: ["Arkansas"], CA: ["California", "Calif"],
  CO: ["Colorado"], CT: ["Connecticut"], DE: ["Delaware"], FL: ["Florida"], GA: ["Georgia"],
  HI: ["Hawaii"], ID: ["Idaho"], IL: ["Illinois"], IN: ["Indiana"], IA: ["Iowa"], KS: ["Kansas"],
  KY: ["Kentucky"], LA: ["Louisiana"], ME: ["Maine"], MD: ["Maryland"], MA: ["Massachusetts"],
  MI: ["Michigan"], MN: ["Minnesota"], MS: ["Mississippi"], MO: ["Missouri"], MT: ["Montana"],
  NE: ["Nebraska"], NV: ["Nevada"], NH: ["New Hampshire"], NJ: ["New Jersey"], NM: ["New Mexico"],
  NY: ["New York", "New York State"], NC: ["North Carolina"], ND: ["North Dakota"], OH: ["Ohio"],
  OK: ["Oklahoma"], OR: ["Oregon"], PA: ["Pennsylvania"], RI: ["Rhode Island"],
  SC: ["South Carolina"], SD: ["South Dakota"], TN: ["Tennessee"], TX: ["Texas"], UT: ["Utah"],
  VT: ["Vermont"], VA: ["Virginia"], WA: ["Washington", "Washington State"], WV: ["West Virginia"],
  WI: ["Wisconsin"], WY: ["Wyoming"],
  DC: ["District of Columbia", "Washington DC", "Washington D.C.", "D.C."],
};

/**
 * Named US regions that are not states but pin the country.
 *
 * @example
 * US_REGIONS.includes("Silicon Valley") // true
 */
export const US_REGIONS: readonly string[] = [
  "Bay Area", "SF Bay Area", "San Francisco Bay Area", "Silicon Valley", "New England",
  "Tri-State Area", "Research Triangle", "DMV",
];

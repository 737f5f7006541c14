import type { PageFacts } from "./site-facts.ts";

export type TechCategory = "cms" | "ecommerce" | "framework" | "analytics" | "marketing" | "cdn" | "payments" | "fonts" | "support";

export interface Fingerprint {
  readonly name: string;
  readonly category: TechCategory;
  /** Matched against script/stylesheet URLs. */
  readonly asset?: RegExp;
  /** Matched against `<meta name="generator">`. */
  readonly generator?: RegExp;
  /** A framework root element id. */
  readonly rootId?: string;
}

/** Public, documented markers of common stacks (a table, not code: add rows, not branches). */
export const FINGERPRINTS: readonly Fingerprint[] = [
  { name: "WordPress", category: "cms", generator: /^WordPress/i, asset: /\/wp-(content|includes)\// },
  { name: "Wix", category: "cms", generator: /Wix\.com/i, asset: /(static\.parastorage\.com|static\.wixstatic\.com)/ },
  { name: "Squarespace", category: "cms", generator: /Squarespace/i, asset: /squarespace(-cdn)?\.com/ },
  { name: "Webflow", category: "cms", generator: /Webflow/i, asset: /\.webflow\.(io|com)/ },
  { name: "Drupal", category: "cms", generator: /^Drupal/i },
  { name: "Joomla", category: "cms", generator: /^Joomla/i },
  { name: "TYPO3", category: "cms", generator: /TYPO3/i },
  { name: "Shopify", category: "ecommerce", asset: /cdn\.shopify\.com/, generator: /Shopify/i },
  { name: "WooCommerce", category: "ecommerce", asset: /\/plugins\/woocommerce\// },
  { name: "Next.js", category: "framework", asset: /\/_next\/static\//, rootId: "__next" },
  { name: "Nuxt", category: "framework", asset: /\/_nuxt\//, rootId: "__nuxt" },
  { name: "Gatsby", category: "framework", rootId: "___gatsby" },
  { name: "Google Tag Manager", category: "analytics", asset: /googletagmanager\.com/ },
  { name: "Google Analytics", category: "analytics", asset: /google-analytics\.com/ },
  { name: "Cloudflare Web Analytics", category: "analytics", asset: /static\.cloudflareinsights\.com/ },
  { name: "Plausible", category: "analytics", asset: /plausible\.io\/js/ },
  { name: "HubSpot", category: "marketing", asset: /(js\.hs-scripts\.com|js\.hsforms\.net|js\.hs-analytics\.net)/ },
  { name: "Marketo", category: "marketing", asset: /munchkin\.marketo\.net/ },
  { name: "Intercom", category: "support", asset: /widget\.intercom\.io/ },
  { name: "Zendesk", category: "support", asset: /static\.zdassets\.com/ },
  { name: "Stripe", category: "payments", asset: /js\.stripe\.com/ },
  { name: "Google Fonts", category: "fonts", asset: /fonts\.googleapis\.com/ },
  { name: "jsDelivr", category: "cdn", asset: /cdn\.jsdelivr\.net/ },
  { name: "cdnjs", category: "cdn", asset: /cdnjs\.cloudflare\.com/ },
];

export interface TechSignal {
  readonly name: string;
  readonly category: TechCategory;
  /** What matched: `generator`, `asset` or `root-id`. */
  readonly evidence: "generator" | "asset" | "root-id";
  readonly source_url: string;
}

/**
 * Technologies one page shows, each once, in FINGERPRINTS order. Pure.
 *
 * @example
 * techSignals({ generator: "WordPress 6.5", assets: ["https://www.googletagmanager.com/gtag/js"], rootIds: [] }, "https://acme.de/");
 * // [{ name: "WordPress", category: "cms", evidence: "generator", … }, { name: "Google Tag Manager", category: "analytics", evidence: "asset", … }]
 */
export function techSignals(facts: Pick<PageFacts, "generator" | "assets" | "rootIds">, sourceUrl: string): TechSignal[] {
  const out: TechSignal[] = [];
  for (const fp of FINGERPRINTS) {
    const evidence =
      fp.generator && facts.generator && fp.generator.test(facts.generator)
        ? "generator"
        : fp.asset && facts.assets.some((a) => fp.asset!.test(a))
          ? "asset"
          : fp.rootId && facts.rootIds.includes(fp.rootId)
            ? "root-id"
            : null;
    if (evidence) out.push({ name: fp.name, category: fp.category, evidence, source_url: sourceUrl });
  }
  return out;
}

/**
 * Whole phrases that say "no single country": work modes, the whole world,
 * and multi-country regions. Compared after `foldText`.
 *
 * "NA" is here although it is Namibia's code: in location strings it means
 * North America or "not available" far more often.
 *
 * @example
 * NON_PLACE_PHRASES.has("worldwide") // true
 */
export const NON_PLACE_PHRASES: ReadonlySet<string> = new Set([
  "remote", "fully remote", "remote only", "remote first", "remote friendly", "worldwide",
  "world wide", "global", "globally", "anywhere", "everywhere", "international", "distributed", "hybrid",
  "on site", "onsite", "in office", "multiple locations", "various locations", "various", "multiple",
  "online", "virtual", "earth", "planet earth", "work from home", "wfh", "home based", "home office",
  "n a", "na", "none", "unknown", "tbd", "not specified", "headquarters", "hq",
  "emea", "apac", "apj", "amer", "amers", "americas", "latam", "noram", "nordics", "nordic countries",
  "scandinavia", "dach", "benelux", "baltics", "balkans", "mena", "gcc", "cee", "anz", "eu", "europe",
  "european union", "asia", "asia pacific", "africa", "north america", "south america", "latin america",
  "central america", "oceania", "middle east", "caribbean", "southeast asia", "western europe",
  "eastern europe", "central europe",
]);

/**
 * Words that make up work-mode qualifiers and LinkedIn-style industry names
 * ("Technology, Information and Internet"). A part made only of these words
 * is not a place. None of them is a place name in the tables.
 *
 * @example
 * NON_PLACE_WORDS.has("software") // true
 */
export const NON_PLACE_WORDS: ReadonlySet<string> = new Set([
  // work mode and filler
  "remote", "friendly", "first", "only", "fully", "hybrid", "onsite", "office", "based", "global",
  "worldwide", "anywhere", "distributed", "and", "or", "of", "the", "for", "in", "with", "n",
  // industries
  "technology", "technologies", "tech", "information", "internet", "software", "development", "services",
  "service", "it", "consulting", "computer", "computers", "hardware", "networking", "financial", "finance",
  "banking", "insurance", "marketing", "advertising", "manufacturing", "healthcare", "health", "care",
  "hospital", "hospitals", "medical", "devices", "equipment", "pharmaceutical", "pharmaceuticals",
  "biotechnology", "research", "education", "higher", "e", "learning", "staffing", "recruiting", "human",
  "resources", "retail", "wholesale", "consumer", "goods", "electronics", "media", "telecommunications",
  "telecom", "entertainment", "real", "estate", "construction", "engineering", "automotive",
  "transportation", "logistics", "supply", "chain", "energy", "oil", "gas", "utilities", "renewable",
  "renewables", "environmental", "government", "administration", "non", "profit", "nonprofit",
  "organizations", "organization", "legal", "law", "practice", "accounting", "security", "investigations",
  "hospitality", "food", "beverage", "beverages", "apparel", "fashion", "design", "games", "gaming", "data",
  "infrastructure", "analytics", "artificial", "intelligence", "ai", "saas", "fintech", "marketplace",
  "platform", "venture", "capital", "private", "equity", "management", "business", "professional",
  "training", "coaching", "wellness", "fitness", "sports", "travel", "leisure", "tourism", "airlines",
  "aviation", "aerospace", "defense", "space", "semiconductors", "semiconductor", "chemical", "chemicals",
  "mining", "agriculture", "farming", "publishing", "printing", "broadcast", "broadcasting", "music",
  "movies", "video", "film", "photography", "architecture", "planning", "civil", "mechanical", "industrial",
  "machinery", "automation", "textiles", "packaging", "containers", "furniture", "appliances", "restaurants",
  "events", "public", "relations", "communications", "writing", "editing", "translation", "localization",
  "outsourcing", "offshoring", "technical", "support", "product", "products", "solutions", "systems",
  "digital", "cloud", "computing", "cybersecurity", "markets", "investment", "investments", "banks",
  "blockchain", "crypto", "commerce", "ecommerce", "company", "companies", "corp", "inc", "ltd", "gmbh",
  "llc", "group", "manufacturers", "biotech", "medtech", "healthtech", "edtech", "proptech", "insurtech",
  "social", "civic", "religious", "institutions", "forest", "paper", "motor", "vehicle", "vehicles", "truck",
  "armed", "forces", "mental", "wine", "spirits", "electrical", "components", "plastics", "glass", "ceramics",
  "concrete", "building", "materials", "facilities", "individual", "family", "philanthropic", "fundraising",
  "libraries", "museums", "historical", "sites", "performing", "arts", "artists", "writers", "sporting",
  "animation", "post", "production", "newspaper", "newspapers", "periodical", "book", "audio", "streaming",
  "primary", "secondary", "schools", "legislative", "offices", "executive", "political", "think", "tanks",
  "affairs", "trade", "import", "export", "warehousing", "storage", "freight", "package", "delivery",
  "maritime", "rail", "railroad", "ground", "passenger", "transit", "dairy", "ranching", "fisheries",
  "tobacco", "textile", "leather", "footwear", "cosmetics", "personal", "luxury", "jewelry", "veterinary",
  "dentists", "physicians", "nursing", "homes", "residential", "clinics", "alternative", "medicine",
  "outpatient", "laboratories", "nanotechnology", "robotics", "military", "enforcement", "safety",
  "emergency", "electric", "power", "generation", "solar", "wind", "water", "waste", "collection",
  "treatment", "recycling", "climate", "mobile", "apps", "applications", "wireless", "satellite",
  "blogs", "strategic", "operations", "search", "leasing", "rental", "property", "properties", "brokerage",
  "brokers", "agents", "lending", "credit", "intermediation", "loan", "funds", "trusts", "holding",
  "holdings", "bookkeeping", "payroll", "environment", "conservation", "volunteer", "charity", "world",
]);

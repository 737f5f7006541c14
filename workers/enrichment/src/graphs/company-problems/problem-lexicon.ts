/**
 * Business problems a seller can address, with the phrases (folded: lower
 * case, no accents, punctuation as spaces) that show a company has them, in
 * EN, DE, FR, ES. `weight` is how strongly a phrase signals the problem
 * (a named pain beats a generic word). A table: add rows, not branches.
 */
export const PROBLEM_LEXICON = {
  hiring_shortage: {
    label: "Hard to hire skilled staff",
    phrases: [["fachkraftemangel", 3], ["personalmangel", 3], ["skills shortage", 3], ["talent shortage", 3], ["recruiting dental nurses is hard", 3], ["recruiting", 1], ["we are hiring", 1], ["penurie de main d oeuvre", 3], ["escasez de talento", 3]],
  },
  manual_processes: {
    label: "Manual, spreadsheet-driven processes",
    phrases: [["manuellen prozessen", 3], ["manuelle prozesse", 3], ["excel listen", 2], ["manual reporting", 3], ["manual processes", 3], ["spreadsheets", 2], ["processus manuels", 3], ["procesos manuales", 3], ["hojas de calculo", 2], ["paper based", 2]],
  },
  data_silos: {
    label: "Data scattered across disconnected tools",
    phrases: [["data sits in silos", 3], ["silos", 2], ["datensilos", 3], ["disconnected tools", 3], ["nobody can query", 2], ["donnees cloisonnees", 3]],
  },
  customer_churn: {
    label: "Customer churn and retention",
    phrases: [["customer churn", 3], ["churn", 2], ["kundenabwanderung", 3], ["attrition", 2], ["abandono de clientes", 3]],
  },
  forecasting: {
    label: "Unreliable forecasts and planning",
    phrases: [["forecasts miss", 3], ["forecast", 1], ["planungssicherheit", 2], ["previsions", 1]],
  },
  long_lead_times: {
    label: "Long lead and delivery times",
    phrases: [["lange lieferzeiten", 3], ["lieferzeiten", 2], ["long lead times", 3], ["delais de livraison", 3], ["plazos de entrega", 3], ["delivery delays", 3], ["retrasan los proyectos", 2]],
  },
  inventory_management: {
    label: "Inventory and stock management",
    phrases: [["gestion des stocks", 3], ["stock management", 3], ["inventory management", 3], ["lagerbestand", 2], ["gestion de inventario", 3]],
  },
  international_expansion: {
    label: "Expanding into new markets",
    phrases: [["developpement a l international", 3], ["expansion nach", 3], ["expansion into", 3], ["new markets", 2], ["expansion internacional", 3], ["a l etranger", 1]],
  },
  regulatory_compliance: {
    label: "Regulation, permits and compliance",
    phrases: [["normativa cambiante", 3], ["cumplimiento normativo", 3], ["tramitacion de permisos", 3], ["compliance", 2], ["regulation", 2], ["gdpr", 2], ["dsgvo", 2], ["rgpd", 2]],
  },
  energy_costs: {
    label: "Rising energy costs",
    phrases: [["costes energeticos", 3], ["energy costs", 3], ["energiekosten", 3], ["couts energetiques", 3]],
  },
  appointment_no_shows: {
    label: "Missed appointments and waiting lists",
    phrases: [["appointment no shows", 3], ["missed appointments", 3], ["no shows", 2], ["waiting lists", 2], ["rendez vous manques", 3]],
  },
} as const satisfies Record<string, { label: string; phrases: readonly (readonly [string, number])[] }>;

export type ProblemId = keyof typeof PROBLEM_LEXICON;
export const PROBLEM_IDS = Object.keys(PROBLEM_LEXICON) as [ProblemId, ...ProblemId[]];

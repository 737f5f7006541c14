// Routes
export { unsubscribeRoutes } from "./unsubscribe-routes.ts";
// Opt-out writes (shared with the inbound pipeline and /outcomes)
export { optOut, optOutStatements, threadContact, type OptOut, type OptOutSource, type ThreadContact } from "./opt-out.ts";
// Pages
export { PAGE_HEADERS, unsubscribePage, type UnsubscribePage } from "./unsubscribe-page.ts";

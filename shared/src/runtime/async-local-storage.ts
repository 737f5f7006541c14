import { AsyncLocalStorageProviderSingleton } from "@langchain/core/singletons";
import { AsyncLocalStorage } from "node:async_hooks";

// Wrangler resolves @langchain/langgraph to its web build, which never sets up
// AsyncLocalStorage; without it interrupt() and getConfig() throw
// "Called interrupt() outside the context of a graph". Idempotent.
AsyncLocalStorageProviderSingleton.initializeGlobalInstance(new AsyncLocalStorage());

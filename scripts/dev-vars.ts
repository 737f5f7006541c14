// Writes the git-ignored workers/<w>/.dev.vars the local fleet and the tests
// read (generated secrets, the fixture web). Run before tests so every vitest
// project sees the same files from its start.
import { ensureDevVars } from "./lib/fleet.ts";

ensureDevVars();

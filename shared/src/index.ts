// Contracts every graph module implements
export * from "./contracts/graph-module.ts";
export * from "./contracts/evaluator.ts";

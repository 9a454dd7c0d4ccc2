// All user-facing Vietnamese text lives under src/core/messages/, one file per area.
export * from "./common";
export * from "./form06a";
export * from "./evaluation";
export * from "./report";
export * from "./taskpane";
export * from "./rollup";
export * from "./files";

// The renderer's input types live in core (src/core/report/document.ts); re-exported here for
// the renderer's own modules.
export * from "../core/report/document";

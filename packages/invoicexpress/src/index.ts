// Public entry of the package. The generated surface is re-exported as is; add
// hand-written helpers in src/lib/ and export them here.
export * from "./generated/index.gen.js";

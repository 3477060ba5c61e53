/**
 * `strict`: a mismatch throws (the default); `warn`: it is logged and the data is used;
 * `off`: schemas are not consulted. Safety checks (unsafe paths, header injection)
 * apply in every mode.
 */
export type ValidationMode = "strict" | "warn" | "off";

export const VALIDATION_MODES: readonly ValidationMode[] = ["strict", "warn", "off"];

export function isValidationMode(value: unknown): value is ValidationMode {
  return VALIDATION_MODES.some((mode) => mode === value);
}

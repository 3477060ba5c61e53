import { layoutText } from "./layout-text.js";

/**
 * openapi-typescript's output in our one style: its four-space indentation re-indented to
 * two (the odd space of a doc comment's ` * ` kept), then laid out at WIDTH columns like
 * every other generated file. Its output holds no multi-line string, so every leading
 * space is indentation.
 */
export function layoutOpenApiTypes(text: string): string {
  const reindented = text.replace(/^( +)/gm, (spaces) => {
    const levels = Math.floor(spaces.length / 4);
    return " ".repeat(levels * 2 + (spaces.length % 4));
  });
  return layoutText(reindented);
}

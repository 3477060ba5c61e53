import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

// Every relative link of a README (the root one and each package's) and of the contributor's
// guide names a file inside the repository that exists: none may point at a sibling checkout.
const REPO = fileURLToPath(new URL("../../", import.meta.url));
const READMES = [
  "README.md",
  "CONTRIBUTING.md",
  "generator/README.md",
  ...readdirSync(join(REPO, "packages")).map((name) => `packages/${name}/README.md`),
];

/** `[text](target)` targets that are not URLs or in-page anchors, without their `#fragment`. */
export function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("#"))
    .map((target) => target.split("#")[0]!);
}

it.each(READMES)("%s links only to files that exist in the repository", (readme) => {
  const markdown = readFileSync(join(REPO, readme), "utf8");
  const broken = relativeLinks(markdown).filter((target) => {
    const file = resolve(dirname(join(REPO, readme)), target);
    return relative(REPO, file).startsWith("..") || !existsSync(file);
  });
  expect(broken).toEqual([]);
});

it("finds relative links and ignores URLs and anchors", () => {
  expect(relativeLinks("[a](docs/A.md) [b](https://x.test/b) [c](#c) [d](../d.md#part) [e](mailto:e@x.test)")).toEqual([
    "docs/A.md",
    "../d.md",
  ]);
});

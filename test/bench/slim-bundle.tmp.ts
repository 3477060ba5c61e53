import { breakdownOf, bundle, gzipKb, ONE_OPERATION } from "./bundle-size.js";

for (const [provider, source] of Object.entries(ONE_OPERATION)) {
  const b = await bundle(source, { externalZod: true, conditions: ["@billforge/source"] });
  const gen = breakdownOf(b, b.entry).find(([g]) => g === "generated code")?.[1] ?? 0;
  console.log(
    provider,
    "entry min",
    b.entry.contents.byteLength,
    "gzip KB",
    gzipKb(b.entry).toFixed(2),
    "generated min bytes",
    gen,
    "lazy",
    b.lazy.map((f) => f.contents.byteLength).join(","),
  );
}

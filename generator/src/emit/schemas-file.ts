import type { ApiIR } from "../ir/types.js";
import type { ComponentSchemaPlan } from "./component-schemas.js";
import { constDeclaration } from "./const-statement.js";
import { code } from "./literal-writer.js";
import { sourceText } from "./source-text.js";
import { escapeDoc } from "./tsdoc.js";
import { ZOD_IMPORT } from "./zod-builder.js";

/**
 * `schemas.gen.ts`: a zod schema per component, built on first use and remembered, so a
 * bundler drops the ones nobody calls and importing the package builds none.
 */
export function emitSchemasFile(api: ApiIR, plan: ComponentSchemaPlan, header: string): string {
  const statements = plan.components.flatMap(({ component, response, request, inputIdentifier }) => {
    const description = component.schema.description;
    const declare = (name: string, expression: string, docs: string) =>
      constDeclaration({
        name,
        type: "LazySchema",
        docs,
        initializer: code(`/* @__PURE__ */ lazySchema(() => ${expression})`),
      });
    return [
      declare(
        component.identifier,
        response,
        `${escapeDoc(description ?? `The \`${component.name}\` schema`)}\n\n@see components.schemas.${component.name}`,
      ),
      // The request side points at the component's doc instead of repeating it.
      ...(request !== undefined
        ? [
            declare(
              inputIdentifier,
              request,
              `{@link ${component.identifier}} as a request sends it: readOnly fields refused; a closed object (\`additionalProperties: false\`) refuses unknown fields.`,
            ),
          ]
        : []),
    ];
  });
  if (statements.length === 0) {
    return sourceText(header, [], [`// ${api.title} declares no component schemas.\nexport {};`]);
  }
  return sourceText(
    header,
    ['import { lazySchema, type LazySchema } from "@billforge/runtime";', ZOD_IMPORT],
    statements,
  );
}

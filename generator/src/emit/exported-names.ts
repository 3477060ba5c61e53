import { createNameRegistry } from "../ir/names.js";
import type { ApiIR } from "../ir/types.js";
import { oncePer } from "./once-per.js";
import { operationNames } from "./operation-names.js";

/** The package's public names, decided once so no two exports collide. */
export interface ExportedNames {
  readonly createClient: string;
  readonly createCore: string;
  readonly client: string;
  readonly safeClient: string;
  readonly clientOptions: string;
  readonly apiError: string;
  /** Interface: operation id → that operation's documented error bodies. */
  readonly errorBodies: string;
  /** Union of every documented error body: what `instanceof <apiError>` types `body` as. */
  readonly errorBody: string;
  /** Guard narrowing an error to one operation's error bodies. */
  readonly isApiError: string;
  readonly apiDescriptor: string;
  componentType(schemaName: string): string;
}

/** The emitters and the README ask for the same API's names: decided once per API. */
export const exportedNames: (api: ApiIR) => ExportedNames = oncePer(decideNames);

function decideNames(api: ApiIR): ExportedNames {
  const registry = createNameRegistry();
  const take = registry.take;
  const fixed = {
    createClient: take(`create${api.pascalName}Client`),
    createCore: take(`create${api.pascalName}Core`),
    client: take(`${api.pascalName}Client`),
    safeClient: take(`${api.pascalName}SafeClient`),
    clientOptions: take(`${api.pascalName}ClientOptions`),
    apiError: take(`${api.pascalName}ApiError`),
    errorBodies: take(`${api.pascalName}ErrorBodies`),
    errorBody: take(`${api.pascalName}ErrorBody`),
    isApiError: take(`is${api.pascalName}ApiError`),
    // An npm name may start with a digit (`@acme/3d`); an identifier may not.
    apiDescriptor: take(`${api.name.replace(/[^A-Za-z0-9]/g, "").replace(/^(?=[0-9])/, "_")}Api`),
  };
  for (const operation of api.operations) {
    for (const name of Object.values(operationNames(operation))) {
      take(name);
    }
  }
  const componentTypes = new Map<string, string>();
  for (const schema of api.schemas) {
    const wanted = schema.identifier.replace(/Schema$/, "");
    // An operation-derived name wins; the component's type then takes a `Model` suffix.
    const name = take(registry.has(wanted) ? `${wanted}Model` : wanted);
    componentTypes.set(schema.name, name);
  }
  return { ...fixed, componentType: (schemaName) => componentTypes.get(schemaName) ?? schemaName };
}

import { docComment } from "./doc-comment.js";
import { INDENT } from "./layout.js";

/**
 * Declarations as text, the way every emitter builds them; source-text.ts joins and lays
 * them out. They print what ts-morph's structure printer prints for the same structure
 * (declaration-text.test.ts compares the two): building thousands of small structures
 * spent most of the emit time on large specs in ts-morph's printer.
 */
export interface ParameterText {
  readonly name: string;
  readonly type: string;
  readonly optional?: boolean;
  readonly initializer?: string;
}

export interface SignatureText {
  readonly name: string;
  readonly docs?: string;
  readonly parameters: readonly ParameterText[];
  readonly returnType: string;
}

/**
 * `export function name(…): R {` its statements, indented once `}`. A statement may span
 * lines but not inside a template literal (indenting it would change the literal's text).
 */
export function functionDeclaration(
  fn: SignatureText & { readonly statements: readonly string[]; readonly typeParameters?: string },
): string {
  for (const statement of fn.statements) {
    if (statement.includes("\n") && statement.split("\n").some((line) => line.split("`").length % 2 === 0)) {
      throw new Error(`functionDeclaration: a template literal spans lines in ${JSON.stringify(statement)}`);
    }
  }
  // Statements are separated as ts-morph separates them: a blank line after a closing brace.
  const body = fn.statements
    .map((statement, i) => `${i > 0 && /\}\s*$/.test(fn.statements[i - 1] as string) ? "\n" : ""}${indent(statement)}`)
    .join("\n");
  return `${docs(fn.docs)}export function ${signature(fn)} ${block(body)}`;
}

/** `name(…): R;` for an interface body. */
export function methodSignature(method: SignatureText): string {
  return `${docs(method.docs)}${signature(method)};`;
}

/** `export interface Name extends … {` members, one per line, indented once `}`. */
export function interfaceDeclaration(declaration: {
  readonly name: string;
  readonly docs?: string;
  readonly extends?: string;
  readonly members: readonly string[];
}): string {
  const members = declaration.members.map(indent).join("\n");
  const heritage = declaration.extends === undefined ? "" : ` extends ${declaration.extends}`;
  return `${docs(declaration.docs)}export interface ${declaration.name}${heritage} ${block(members)}`;
}

/** `readonly name?: Type;` for an interface body, after its doc comment. */
export function propertySignature(property: {
  readonly name: string;
  readonly type: string;
  readonly docs?: string;
  readonly optional?: boolean;
  readonly readonly?: boolean;
}): string {
  const modifier = property.readonly ? "readonly " : "";
  return `${docs(property.docs)}${modifier}${property.name}${property.optional ? "?" : ""}: ${property.type};`;
}

/** `export type Name = Type;` after its doc comment. */
export function typeAliasDeclaration(alias: {
  readonly name: string;
  readonly docs?: string;
  readonly type: string;
}): string {
  return `${docs(alias.docs)}export type ${alias.name} = ${alias.type};`;
}

/**
 * `export class Name<…> extends Base {` its members (each already text, separated by a
 * blank line when they span lines) `}`.
 */
export function classDeclaration(declaration: {
  readonly name: string;
  readonly docs?: string;
  readonly heritage: string;
  readonly members: readonly string[];
}): string {
  const members = declaration.members.map(indent).join("\n\n");
  return `${docs(declaration.docs)}export class ${declaration.name} ${declaration.heritage} ${block(members)}`;
}

/** Braces around an indented body; an empty body still breaks the line, as ts-morph's blocks do. */
function block(body: string): string {
  return body === "" ? "{\n}" : `{\n${body}\n}`;
}

function signature(fn: SignatureText & { readonly typeParameters?: string }): string {
  const generics = fn.typeParameters === undefined ? "" : `<${fn.typeParameters}>`;
  return `${fn.name}${generics}(${fn.parameters.map(parameter).join(", ")}): ${fn.returnType}`;
}

function parameter(p: ParameterText): string {
  const initializer = p.initializer === undefined ? "" : ` = ${p.initializer}`;
  return `${p.name}${p.optional ? "?" : ""}: ${p.type}${initializer}`;
}

function docs(text: string | undefined): string {
  return text === undefined ? "" : docComment(text);
}

/** Indents every non-blank line once, as inside a block. */
function indent(text: string): string {
  return text.replace(/^(?=[^\n])/gm, INDENT);
}

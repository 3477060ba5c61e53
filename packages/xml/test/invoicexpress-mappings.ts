/**
 * Hand-written stand-ins for the mappings the generator will emit from the InvoiceXpress
 * spec, shaped like its output: shared schemas in one definitions table, each body a
 * root name plus a node. Used by the fixture tests only.
 */
import type { NodeMapping, ObjectMapping, PropertyMapping, XmlMapping } from "../src/index.js";

const string: NodeMapping = { kind: "scalar", type: "string" };
const nullableString: NodeMapping = { kind: "scalar", type: "string", nullable: true };
const integer: NodeMapping = { kind: "scalar", type: "integer" };
const boolean: NodeMapping = { kind: "scalar", type: "boolean" };
const decimal: NodeMapping = { kind: "ref", ref: "Decimal" };
const nullableDecimal: NodeMapping = { kind: "ref", ref: "Decimal", nullable: true };

function object(properties: Record<string, NodeMapping>): ObjectMapping {
  return {
    kind: "object",
    properties: Object.entries(properties).map(([name, node]): PropertyMapping => ({ name, node })),
  };
}

function wrapped(name: string, itemName: string, ref: string): PropertyMapping {
  return { name, node: { kind: "array", itemName, items: { kind: "ref", ref } } };
}

const invoice: ObjectMapping = {
  kind: "object",
  properties: [
    ...object({
      id: integer,
      status: { kind: "scalar", type: "string", enum: ["draft", "final", "settled", "canceled", "second_copy"] },
      archived: boolean,
      type: string,
      sequence_number: string,
      date: string,
      due_date: string,
      reference: nullableString,
      observations: nullableString,
      retention: nullableDecimal,
      permalink: string,
      client: { kind: "ref", ref: "Client" },
      currency: string,
    }).properties,
    wrapped("items", "item", "Item"),
    ...object({ sum: decimal, discount: decimal, before_taxes: decimal, taxes: decimal, total: decimal }).properties,
    wrapped("invoice_timeline", "event", "InvoiceEvent"),
  ],
};

/** What `components.schemas` of the spec would give. */
export const definitions: Readonly<Record<string, NodeMapping>> = {
  // InvoiceXpress decimals arrive as "10.0" or 50.0: `oneOf: [string (decimal), number]`.
  Decimal: {
    kind: "union",
    of: [
      { kind: "scalar", type: "decimal-string" },
      { kind: "scalar", type: "number" },
    ],
  },
  Tax: object({ id: integer, name: nullableString, value: decimal, region: string, default_tax: integer }),
  Item: object({
    name: string,
    description: nullableString,
    unit_price: decimal,
    unit: string,
    quantity: decimal,
    tax: { kind: "ref", ref: "Tax" },
    discount: decimal,
    subtotal: decimal,
    tax_amount: decimal,
    discount_amount: decimal,
    total: decimal,
  }),
  Contact: { ...object({ name: string, email: string, phone: string, mobile: string }), nullable: true },
  Client: object({
    id: integer,
    name: string,
    code: string,
    email: nullableString,
    address: nullableString,
    city: nullableString,
    postal_code: nullableString,
    country: nullableString,
    fiscal_id: nullableString,
    website: nullableString,
    phone: nullableString,
    fax: nullableString,
    preferred_contact: { kind: "ref", ref: "Contact" },
    observations: nullableString,
    send_options: { kind: "scalar", type: "string", enum: ["1", "2", "3"], nullable: true },
  }),
  InvoiceEvent: object({ type: string, date: string, time: string, user: string }),
  Invoice: invoice,
  StateChange: object({ id: integer, type: string, sequence_number: string, state: string }),
  Sequence: object({
    id: integer,
    serie: string,
    current_invoice_number: integer,
    current_credit_note_number: integer,
    current_debit_note_number: integer,
    default_sequence: boolean,
  }),
  Account: object({
    id: integer,
    name: string,
    url: string,
    api_key: string,
    country: string,
    state: string,
    blocked: boolean,
  }),
  Message: object({
    client: object({ name: string, email: string, save: boolean }),
    subject: string,
    body: string,
    cc: string,
    bcc: string,
    logo: boolean,
  }),
};

function document(root: string, node: NodeMapping, extra: Partial<XmlMapping> = {}): XmlMapping {
  return { root, node, definitions, ...extra };
}

function list(root: string, itemName: string, ref: string): XmlMapping {
  return document(root, { kind: "array", itemName, items: { kind: "ref", ref } });
}

const page = { current_page: integer, total_pages: integer, total_entries: integer, per_page: integer };

/** One mapping per fixture file, keyed by file name. */
export const fixtureMappings: Readonly<Record<string, XmlMapping>> = {
  "clients.create.xml": document("client", { kind: "ref", ref: "Client" }),
  "clients.get.xml": document("client", { kind: "ref", ref: "Client" }, { rootProperty: "client" }),
  "clients.list.xml": list("clients", "client", "Client"),
  "clients.update.xml": document("client", { kind: "ref", ref: "Client" }, { allowEmpty: true }),
  "credit_notes.email_document.xml": document("message", { kind: "ref", ref: "Message" }),
  "credit_notes.update_state.xml": document("credit_note", { kind: "ref", ref: "StateChange" }),
  "invoices.create.xml": document("invoice", { kind: "ref", ref: "Invoice" }, { rootProperty: "invoice" }),
  "invoices.get.xml": document("invoice", { kind: "ref", ref: "Invoice" }, { rootProperty: "invoice" }),
  // The list root holds the repeated <invoice> elements *and* the pagination siblings.
  "invoices.list.xml": document("invoices", {
    kind: "object",
    properties: [
      { name: "invoices", xmlName: "invoice", as: "repeated", node: { kind: "ref", ref: "Invoice" } },
      ...object(page).properties,
    ],
  }),
  "invoices.update_state.xml": document("invoice", { kind: "ref", ref: "StateChange" }),
  "item.xml": document("item", { kind: "ref", ref: "Item" }),
  "ok.xml": document("invoice", { kind: "ref", ref: "Invoice" }, { allowEmpty: true }),
  "sequences.create.xml": document("sequence", { kind: "ref", ref: "Sequence" }),
  "sequences.list.xml": list("sequences", "sequence", "Sequence"),
  "simplified_invoices.create.xml": document("simplified_invoice", { kind: "ref", ref: "Invoice" }),
  "simplified_invoices.get.xml": document("simplified_invoice", { kind: "ref", ref: "Invoice" }),
  "taxes.create.xml": document("tax", { kind: "ref", ref: "Tax" }),
  "taxes.list.xml": list("taxes", "tax", "Tax"),
  "users.accounts.xml": list("accounts", "account", "Account"),
  "users.login.xml": list("accounts", "account", "Account"),
};

/**
 * Client invoices (not among the recorded fixtures): pagination nested in `<results>`
 * inside the list root, per providers.md.
 */
export const clientInvoicesMapping: XmlMapping = document("invoices", {
  kind: "object",
  properties: [
    { name: "invoices", xmlName: "invoice", as: "repeated", node: { kind: "ref", ref: "Invoice" } },
    { name: "results", node: object({ ...page, entries: integer }) },
  ],
});

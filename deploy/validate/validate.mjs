// Validates Kubernetes manifests against the API's JSON schemas, without a cluster:
//   node validate.mjs [FILE.yaml ...]      (default: every manifest that deploy/kustomization.yaml lists,
//                                          plus deploy/secret.example.yaml)
// Each document is checked twice against models generated from the official Kubernetes OpenAPI spec
// (kubernetes-models): its JSON schema (types, required fields, formats) and its TypeScript interface
// (unknown or misspelt fields, as kubectl's --validate=strict would report them).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const deployDir = resolve(here, "..");

function defaultFiles() {
  const kustomization = parseAllDocuments(readFileSync(join(deployDir, "kustomization.yaml"), "utf8"))[0].toJS();
  return [...kustomization.resources, "secret.example.yaml"].map((f) => join(deployDir, f));
}

// "apps/v1" -> "kubernetes-models/apps/v1"; "v1" -> "kubernetes-models/v1".
async function modelFor(apiVersion, kind) {
  const module = await import(`kubernetes-models/${apiVersion}`).catch(() => null);
  if (!module || typeof module[kind] !== "function") {
    throw new Error(`no schema for ${apiVersion} ${kind}`);
  }
  return module[kind];
}

// The JSON schemas allow fields they do not declare; kubectl's strict validation does not. The same models'
// TypeScript interfaces (generated from the same OpenAPI spec) do not either: every document is written as an
// object literal of its interface and compiled, so an unknown or misspelt field is an excess-property error.
function strictFieldErrors(objects) {
  const dir = mkdtempSync(join(here, ".strict-"));
  try {
    const lines = [];
    objects.forEach(({ object }, i) => {
      const group = object.apiVersion;
      lines.push(`import type { I${object.kind} as T${i} } from "kubernetes-models/${group}/${object.kind}";`);
      lines.push(`export const doc${i}: T${i} = ${JSON.stringify(object, null, 1)};`);
    });
    const file = join(dir, "manifests.ts");
    writeFileSync(file, lines.join("\n") + "\n");
    const program = ts.createProgram([file], {
      noEmit: true, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16, skipLibCheck: true, typeRoots: [],
    });
    return ts.getPreEmitDiagnostics(program).map((d) => {
      const message = ts.flattenDiagnosticMessageText(d.messageText, " ");
      if (!d.file || d.start === undefined) {
        return { index: -1, message };
      }
      // Which document: the last "export const docN" before the error.
      const before = d.file.text.slice(0, d.start);
      const match = [...before.matchAll(/export const doc(\d+)/g)].pop();
      return { index: match ? Number(match[1]) : -1, message };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const files = process.argv.length > 2 ? process.argv.slice(2).map((f) => resolve(f)) : defaultFiles();
let failures = 0;
let checked = 0;
const valid = [];
for (const file of files) {
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      console.error(`FAIL ${file}: YAML: ${doc.errors.map((e) => e.message).join("; ")}`);
      failures++;
      continue;
    }
    const object = doc.toJS();
    if (object == null) {
      continue;
    }
    const name = `${file.replace(deployDir + "/", "deploy/")}: ${object.apiVersion} ${object.kind} ${object.metadata?.name}`;
    try {
      const Model = await modelFor(object.apiVersion, object.kind);
      new Model(object).validate();
      valid.push({ name, object });
    } catch (e) {
      console.error(`FAIL ${name}: ${e.message}`);
      for (const detail of e.errors ?? []) {
        console.error(`     ${detail.instancePath} ${detail.message} ${JSON.stringify(detail.params)}`);
      }
      failures++;
    }
  }
}
const strict = strictFieldErrors(valid);
valid.forEach(({ name }, i) => {
  const errors = strict.filter((e) => e.index === i);
  if (errors.length === 0) {
    console.log(`ok   ${name}`);
    checked++;
  } else {
    errors.forEach((e) => console.error(`FAIL ${name}: ${e.message}`));
    failures++;
  }
});
strict.filter((e) => e.index === -1).forEach((e) => { console.error(`FAIL: ${e.message}`); failures++; });
console.log(`${checked} passed, ${failures} failed`);
process.exit(failures === 0 && checked > 0 ? 0 : 1);

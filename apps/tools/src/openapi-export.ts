import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createApiPreview, openApiDocument } from '../../api/src/api.app.js';

/**
 * Part of `npm run build`: writes the API's OpenAPI document (to the path given, by default
 * dist/openapi.json), from which the web app's client is generated. Nothing is connected.
 */
const target = process.argv[2] ?? 'dist/openapi.json';
const app = await createApiPreview();
const document = openApiDocument(app);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
await app.close();
process.stdout.write(`OpenAPI document: ${target} (${Object.keys(document.paths).length} paths)\n`);

/** `npm run api:client`: writes docs/openapi.json and the web's client types from the application's routes. */
import fs from 'node:fs';
import { CLIENT_TYPES_PATH, DOCUMENT_PATH, dumpDocument, renderArtifacts } from './lib/api-artifacts.js';

const { document, clientTypes } = await renderArtifacts(await dumpDocument());
fs.writeFileSync(DOCUMENT_PATH, document);
fs.writeFileSync(CLIENT_TYPES_PATH, clientTypes);
console.log(`wrote ${DOCUMENT_PATH} and ${CLIENT_TYPES_PATH}`);

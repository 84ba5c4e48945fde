import { glossarySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { readDataList } from './readDataList.ts';

/**
 * `content/glossary.yaml`, read and validated once, in file order. Every term is published;
 * pages sort them in the reader's alphabet.
 */
export const glossaryTerms: readonly GlossaryEntry[] = readDataList('glossary.yaml', glossarySchema);

/** Identities. A document's id is the hash of its cleaned text. */
import { createHash } from 'node:crypto'

export type DocId = string & { readonly __brand: 'DocId' }

export function docIdFor(cleanedText: string): DocId {
  return createHash('sha256').update(cleanedText, 'utf8').digest('hex').slice(0, 16) as DocId
}

/** Lower-case ASCII slug of a person's usual English spelling: "Nikol Pashinyan" → "nikol-pashinyan". */
export function personSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

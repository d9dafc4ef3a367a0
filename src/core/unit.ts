import type { LanguageCode, Sentence } from './doc.js'

/** The segmented text every extractor reads. */
export interface TextUnit {
  readonly text: string
  readonly language: LanguageCode
  readonly sentences: readonly Sentence[]
}

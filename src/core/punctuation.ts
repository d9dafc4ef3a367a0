/**
 * Punctuation that plays the same part in every script: the Arabic comma
 * and semicolon, the CJK commas. Clause and list rules ask for "a comma"
 * or "a semicolon", not for the ASCII character.
 */
const COMMA = /[,،、，]/
const SEMICOLON = /[;؛；]/

export const hasComma = (text: string): boolean => COMMA.test(text)
export const hasSemicolon = (text: string): boolean => SEMICOLON.test(text)

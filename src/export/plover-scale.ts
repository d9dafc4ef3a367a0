/**
 * PLOVER quad classes and intensity scores (codebook v2.0 table, as
 * paraphrased in shared/spec/plover.md). ACCUSE's base score is listed there
 * as +3, almost certainly a sign typo; we use -3 like its modes.
 */
import type { PloverType } from '../core/doc.js'

export const QUAD_CLASS: Record<PloverType, 1 | 2 | 3 | 4> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
}

const BASE: Record<PloverType, number> = {
  AGREE: 2.5, CONSULT: 2.5, SUPPORT: 5, CONCEDE: 4.5, COOPERATE: 9.5, AID: 10, RETREAT: 6.5,
  REQUEST: 0, ACCUSE: -3, REJECT: -2, THREATEN: -3.5, PROTEST: -5, SANCTION: -6, MOBILIZE: -5.5, COERCE: -7, ASSAULT: -9,
}

const MODES: Partial<Record<PloverType, Record<string, number>>> = {
  CONSULT: { visit: 4, 'third-party': 1, multilateral: 4, phone: 1.5 },
  RETREAT: { withdraw: 8, release: 6.5, disarm: 10, ceasefire: 7.5, access: 6.5, resign: 4.5 },
  REQUEST: { assist: 0.5, change: -1, yield: -1, meet: 0 },
  ACCUSE: { disapprove: -2, investigate: -3.5, allege: -3.5 },
  REJECT: { assist: -1.5, change: -2, yield: -2, meet: -2 },
  THREATEN: { restrict: -3, arrest: -3.5, relations: -3.5, expel: -3.5, territory: -4, violence: -3.5 },
  PROTEST: { demo: -5, riot: -7, strike: -5, hunger: -4.5, boycott: -4.5, obstruct: -4.5 },
  SANCTION: { convict: -6, expel: -5.5, withdraw: -6, discontinue: -6 },
  MOBILIZE: { troops: -6.5, weapons: -6.5, police: -5.5, militia: -6 },
  COERCE: { seize: -7, restrict: -7, censor: -6.5, curfew: -6.5, 'martial-law': -7.5, arrest: -7, deport: -7, withhold: -7, misinformation: -6.5, cyber: -7 },
  ASSAULT: {
    abduct: -8.5, beat: -7.5, torture: -8.5, sexual: -8.5, targeted: -9.5, destroy: -8.5, primitive: -8, firearms: -9,
    explosives: -9, 'suicide-attack': -9.5, aerial: -9.5, drone: -9.5, 'heavy-weapons': -9.5, 'crowd-control': -7.5, unconventional: -10,
  },
}

export function eventScale(type: PloverType, mode: string | null): number {
  return (mode ? MODES[type]?.[mode] : undefined) ?? BASE[type]
}

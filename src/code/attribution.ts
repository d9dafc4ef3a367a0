/**
 * Attribution pass: who reports or claims an event when the report is
 * second-hand. In order: an explicit source ("according to Azerbaijani
 * media", "theo truyền thông Azerbaijan", "по данным", "selon", "laut"); the
 * accuser, for an act reported inside an accusation ("accusing Baku of
 * blocking"); the speaker of reported speech when the speaker is not among
 * the event's own actors ("Peskov said Armenia had recognised...").
 */
import type { ActorRef } from '../core/doc.js'
import type { Arguments } from './arguments.js'

export function attributionOf(args: Arguments, accuser: readonly ActorRef[]): ActorRef | null {
  const own = new Set(args.source.map((r) => r.country))
  if (args.according) return args.according
  const claimant = accuser[0]
  if (claimant && !own.has(claimant.country)) return claimant
  const speaker = args.speaker[0]
  if (speaker && args.basis !== 'speaker' && !args.speaker.some((r) => own.has(r.country))) return speaker
  return null
}

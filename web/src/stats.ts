/** The overview is fetched once and shared (counts, whether corrections are enabled). */
import { createContext, useContext } from 'react'
import type { Stats } from '../../src/api/contract.js'

export const StatsContext = createContext<{ stats: Stats | null; reload: () => void }>({ stats: null, reload: () => {} })

export const useStats = () => useContext(StatsContext).stats
export const useReloadStats = () => useContext(StatsContext).reload

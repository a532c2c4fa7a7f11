import { formatDateTime } from '../shared/format';
import type { TimeWindow } from './types';

/** "2026-11-27 09:00 ~ 2026-11-27 17:00" */
export const windowText = (w: TimeWindow) => `${formatDateTime(w.start)} ~ ${formatDateTime(w.end)}`;

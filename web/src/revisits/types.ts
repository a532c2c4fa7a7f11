import type { Answer as AnswerOf, Item } from '../api/typed';

// Shapes of the revisits API (src/revisits/*): 回访 (G1–G6), as generated.
/** POST /api/revisits/draws (a dry run or a saved draw). */
export type DrawResult = AnswerOf<'drawRevisits'>;
export type RatioReason = DrawResult['ratios'][number]['reasons'][number];
/** GET /api/revisits/draws item. */
export type DrawSummary = Item<'listRevisitDraws'>;
/** GET /api/revisits/teams item. */
export type Team = Item<'listRevisitTeams'>;
/** GET /api/revisits item: the work list. */
export type RevisitRow = Item<'listRevisits'>;
/** GET /api/revisits/{id} */
export type RevisitDetail = AnswerOf<'getRevisit'>;
export type Answer = NonNullable<RevisitDetail['answers']>[string];
export type Questionnaire = RevisitDetail['questionnaire'];
/** GET /api/revisits/watch-list (G4). */
export type WatchList = AnswerOf<'getRevisitWatchList'>;
export type Scored = Pick<WatchList['teams'][number], 'score' | 'level' | 'parts'>;
export type WatchPart = Scored['parts'][number];
/** GET /api/revisits/figures (G6). */
export type Figures = AnswerOf<'getRevisitFigures'>;
/** GET /api/revisits/online/{token}: the enterprise's questionnaire (no sign-in). */
export type OnlineQuestionnaire = AnswerOf<'openRevisitQuestionnaire'>;

/** The current half year, China time (the default period of the screens; the server decides what is valid). */
export function currentPeriod(now = new Date()): string {
  const china = new Date(now.getTime() + 8 * 3_600_000);
  return `${china.getUTCFullYear()}H${china.getUTCMonth() < 6 ? 1 : 2}`;
}

export const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${Math.round(v * 1000) / 10}%`);

import type { TestApp } from './app.js';
import { CHECKLIST_V1 } from '../../src/checkups/rules/checklist.js';
import { multipartFile } from './multipart.js';

/** A 1×1 PNG: the smallest photo the check-up accepts. */
export const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');

export interface MarkedCheckup {
  invitationId: string;
  plannedFindingId: string;
  photoId: string;
  reportFileId: string | null;
  enterpriseUscc: string;
}

/**
 * Walks one check-up through the API with `marker` in every text it holds: the enterprise's note, a planned
 * finding (description and advice), a fix-now finding, the liaison's contact log, and (when `sign`) the report.
 */
export async function markedCheckup(t: TestApp, marker: string, opts: { sign?: boolean } = {}): Promise<MarkedCheckup> {
  const [firm, service, expert] = await Promise.all([t.login('enterprise1'), t.login('service1'), t.login('expert1')]);
  const call = async (cookie: string, method: 'GET' | 'POST', url: string, payload?: object, expected = [200, 201]) => {
    const res = await t.app.inject({ method, url, headers: { cookie }, payload });
    if (!expected.includes(res.statusCode)) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const me = await call(firm, 'GET', '/api/me');
  const { id } = await call(firm, 'POST', '/api/checkups/invitations', { note: `企业留言 ${marker}`, preferredDates: ['2026-12-01'] });
  const pool = await call(service, 'GET', '/api/checkups/experts');
  const expertRow = pool.experts.find((e: { userId: string | null }) => e.userId);
  const liaison = pool.liaisons[0];
  const visitAt = new Date(t.clock.now.getTime() + 86_400_000).toISOString();
  await call(service, 'POST', `/api/checkups/invitations/${id}/schedule`, { visitAt, expertId: expertRow.id, liaisonUserId: liaison.id });
  let plannedFindingId = '';
  for (const [k, item] of CHECKLIST_V1.entries()) {
    let body: object = { itemCode: item.code, outcome: 'ok' };
    if (k === 0) body = { itemCode: item.code, outcome: 'problem', description: `问题描述 ${marker}`, advice: `整改建议 ${marker}`, resolution: 'plan', milestones: [{ due: '2026-11-29', text: `节点 ${marker}` }] };
    if (k === 1) body = { itemCode: item.code, outcome: 'problem', description: `当场整改 ${marker}`, advice: `建议 ${marker}`, resolution: 'fix-now' };
    const out = await call(expert, 'POST', `/api/checkups/invitations/${id}/findings`, body);
    if (k === 0) plannedFindingId = out.id;
  }
  const photo = multipartFile(PNG, `现场照片-${marker}.png`, 'image/png');
  const up = await t.app.inject({ method: 'POST', url: `/api/checkups/invitations/${id}/findings/${plannedFindingId}/photos`, headers: { cookie: expert, ...photo.headers }, payload: photo.payload });
  if (up.statusCode !== 201) throw new Error(`photo: ${up.statusCode} ${up.body}`);
  await call(expert, 'POST', `/api/checkups/invitations/${id}/complete`);
  let reportFileId: string | null = null;
  if (opts.sign !== false) reportFileId = (await call(expert, 'POST', `/api/checkups/invitations/${id}/report`)).fileId;
  await call(service, 'POST', `/api/checkups/invitations/${id}/contacts`, { channel: 'phone', note: `联络记录 ${marker}`, findingId: plannedFindingId });
  return { invitationId: id, plannedFindingId, photoId: up.json().id, reportFileId, enterpriseUscc: me.enterprise?.uscc ?? me.user?.enterprise?.uscc };
}

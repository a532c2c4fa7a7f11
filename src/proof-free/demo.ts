/** The demo's proof-free data (src/proof-free/demo-data.ts) written in the seed transaction. */
import type { DemoSeeder } from '../platform/parts/part.js';
import { newId } from '../platform/db/ids.js';
import { chinaDayOf, shiftDay } from '../calendar/index.js';
import { DEMO_CATALOG, DEMO_INTERFACES, DEMO_PROOF_KINDS } from './demo-data.js';
import { proofInterfaces, proofKinds, proofMaterials, proofServiceItems } from './schema.js';

export const seedProofFreeDemo: DemoSeeder = async (tx, demo) => {
  const { now, deptIds } = demo;
  const ifaceIds = new Map(DEMO_INTERFACES.map((i) => [i.code, newId()]));
  await tx
    .insert(proofInterfaces)
    .values(
      DEMO_INTERFACES.map((i) => ({
        ...i,
        id: ifaceIds.get(i.code)!,
        status: 'active' as const,
        createdAt: now,
      })),
    );
  await tx.insert(proofKinds).values(
    DEMO_PROOF_KINDS.map((k) => ({
      code: k.code,
      nameZh: k.nameZh,
      nameEn: k.nameEn,
      proves: k.proves,
      interfaceId: k.interfaceCode ? ifaceIds.get(k.interfaceCode)! : null,
      dataset: k.dataset,
      legalBasis: k.legalBasis,
      holdingDepartmentId: k.holdingDepartmentCode ? (deptIds.get(k.holdingDepartmentCode) ?? null) : null,
    })),
  );
  const today = chinaDayOf(now);
  for (const item of DEMO_CATALOG) {
    const departmentId = deptIds.get(item.department);
    if (!departmentId) continue;
    const itemId = newId();
    await tx
      .insert(proofServiceItems)
      .values({ id: itemId, departmentId, code: item.code, name: item.name, createdAt: now });
    await tx.insert(proofMaterials).values(
      item.materials.map((m) => ({
        id: newId(),
        itemId,
        name: m.name,
        rule: m.rule,
        basis: m.basis,
        proofKind: m.proofKind ?? null,
        exemptSince: m.rule === 'required' ? null : shiftDay(today, -30 * (m.since ?? 0)),
        commitmentAllowed: m.commitment ?? false,
        createdAt: now,
      })),
    );
  }
};

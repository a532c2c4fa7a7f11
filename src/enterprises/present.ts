import type { enterprises } from './schema.js';
import { industryName } from './industries.js';

type Row = typeof enterprises.$inferSelect;

/** The public JSON shape of an enterprise. */
export function presentEnterprise(e: Row, divisionName: string | null, locale: 'zh-CN' | 'en-US') {
  return {
    id: e.id,
    uscc: e.uscc,
    name: e.name,
    legalRepresentative: e.legalRepresentative,
    address: e.address,
    divisionCode: e.divisionCode,
    divisionName,
    industry: e.industry,
    industryName: industryName(e.industry, locale),
    aboveDesignatedSize: e.aboveDesignatedSize,
    status: e.status,
    registeredOn: e.registeredOn,
    phone: e.phone,
    usccOverride: e.usccOverride,
  };
}

/** Industries of the enterprise registry; joint scenarios and covered-industry rules refer to these codes. */
export const INDUSTRIES = [
  { code: 'restaurant', zh: '餐饮服务', en: 'Restaurant' },
  { code: 'pharmacy', zh: '药品零售', en: 'Pharmacy' },
  { code: 'petrol-station', zh: '加油站', en: 'Petrol station' },
  { code: 'factory', zh: '工业制造', en: 'Manufacturing' },
  { code: 'internet-cafe', zh: '网吧', en: 'Internet café' },
  { code: 'hotel', zh: '住宿服务', en: 'Hotel' },
  { code: 'supermarket', zh: '商超零售', en: 'Supermarket' },
  { code: 'hazardous-chemicals', zh: '危险化学品经营', en: 'Hazardous chemicals' },
  { code: 'medical-devices', zh: '医疗器械经营', en: 'Medical devices' },
  { code: 'cosmetics', zh: '化妆品经营', en: 'Cosmetics' },
  { code: 'logistics', zh: '道路运输', en: 'Road transport' },
  { code: 'entertainment', zh: '娱乐场所', en: 'Entertainment venue' },
  { code: 'construction', zh: '建筑施工', en: 'Construction' },
  { code: 'food-production', zh: '食品生产', en: 'Food production' },
] as const;

export type IndustryCode = (typeof INDUSTRIES)[number]['code'];
export const INDUSTRY_CODES = INDUSTRIES.map((i) => i.code) as [IndustryCode, ...IndustryCode[]];

export function industryName(code: string, locale: 'zh-CN' | 'en-US'): string {
  const i = INDUSTRIES.find((x) => x.code === code);
  return i ? (locale === 'zh-CN' ? i.zh : i.en) : code;
}

/** Accepts a code or a Chinese/English name (as found in spreadsheets). */
export function industryFromText(text: string): IndustryCode | undefined {
  const t = text.trim();
  return INDUSTRIES.find((i) => i.code === t || i.zh === t || i.en.toLowerCase() === t.toLowerCase())?.code;
}

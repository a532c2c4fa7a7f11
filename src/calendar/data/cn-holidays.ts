/**
 * China's public holidays and adjusted working days (调休上班) as shipped with Qinqing. The administrator can
 * correct any entry through the calendar API (`/api/calendar/days`); corrections are kept in the database
 * and win over this file.
 *
 * 2026 — 《国务院办公厅关于2026年部分节假日安排的通知》 (published November 2025), as best known when this
 * file was written:
 *   元旦 1月1日–3日放假调休，1月4日（周日）上班；
 *   春节 2月15日–23日放假调休，共9天，2月14日（周六）、2月28日（周六）上班；
 *   清明节 4月4日–6日放假；
 *   劳动节 5月1日–5日放假调休，5月9日（周六）上班；
 *   端午节 6月19日–21日放假；
 *   中秋节 9月25日–27日放假；
 *   国庆节 10月1日–7日放假调休，9月20日（周日）、10月10日（周六）上班。
 *   Check it against the notice on www.gov.cn and correct it through the API if it differs.
 *
 * 2027 — PROVISIONAL. The State Council publishes the 2027 arrangement late in 2026. Until then this lists only
 * the statutory days of 《全国年节及纪念日放假办法》 (2024 revision: 元旦 1, 春节 4 (除夕–初三), 清明 1,
 * 劳动节 2, 端午 1, 中秋 1, 国庆 3) on the 2027 lunar dates, with the make-up weekday (补假) for a statutory
 * day that falls on a weekend — no 调休 working weekends. Replace it with the official notice when it appears.
 */

export interface ShippedDay {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
  provisional?: boolean;
}

const span = (from: string, to: string, name: string, provisional?: boolean): ShippedDay[] => {
  const out: ShippedDay[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push({
      day: new Date(t).toISOString().slice(0, 10),
      kind: 'holiday',
      name,
      ...(provisional ? { provisional } : {}),
    });
  }
  return out;
};
const work = (day: string, name: string): ShippedDay => ({ day, kind: 'workday', name });

export const CN_2026: ShippedDay[] = [
  ...span('2026-01-01', '2026-01-03', '元旦'),
  work('2026-01-04', '元旦调休上班'),
  ...span('2026-02-15', '2026-02-23', '春节'),
  work('2026-02-14', '春节调休上班'),
  work('2026-02-28', '春节调休上班'),
  ...span('2026-04-04', '2026-04-06', '清明节'),
  ...span('2026-05-01', '2026-05-05', '劳动节'),
  work('2026-05-09', '劳动节调休上班'),
  ...span('2026-06-19', '2026-06-21', '端午节'),
  ...span('2026-09-25', '2026-09-27', '中秋节'),
  ...span('2026-10-01', '2026-10-07', '国庆节'),
  work('2026-09-20', '国庆节调休上班'),
  work('2026-10-10', '国庆节调休上班'),
];

export const CN_2027_PROVISIONAL: ShippedDay[] = [
  ...span('2027-01-01', '2027-01-01', '元旦', true),
  // 除夕 2月5日（周五）、初一至初三 2月6日–8日; 6日、7日 fall on the weekend → 补假 9日、10日.
  ...span('2027-02-05', '2027-02-10', '春节', true),
  ...span('2027-04-05', '2027-04-05', '清明节', true),
  // 5月1日、2日 fall on the weekend → 补假 3日、4日.
  ...span('2027-05-01', '2027-05-04', '劳动节', true),
  ...span('2027-06-09', '2027-06-09', '端午节', true),
  ...span('2027-09-15', '2027-09-15', '中秋节', true),
  // 10月2日、3日 fall on the weekend → 补假 4日、5日.
  ...span('2027-10-01', '2027-10-05', '国庆节', true),
];

export const SHIPPED_DAYS: readonly ShippedDay[] = [...CN_2026, ...CN_2027_PROVISIONAL].sort((a, b) =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : 0,
);

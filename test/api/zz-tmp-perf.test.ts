import { afterAll, beforeAll, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { testApp, type TestApp } from '../support/app.js';
import { makeUscc } from '../../src/identifiers/index.js';
let t: TestApp;
beforeAll(async () => { t = await testApp(); });
afterAll(async () => t?.close());
it('50k', async () => {
  const admin = await t.login('admin');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业');
  ws.addRow(['统一社会信用代码','企业名称','法定代表人','地址','行政区划代码','行业','规模以上','状态','成立日期','联系电话']);
  for (let i=0;i<50000;i++) ws.addRow([makeUscc({authority:'9',entityType:'1',division:'340202',organisationBase8:'QQ'+String(i).padStart(6,'0')}), '芜湖某某餐饮有限公司'+i, '张三', '芜湖市镜湖区中山路'+i+'号', i%2?'340202':'镜湖区', '餐饮服务', '否', '存续', new Date(Date.UTC(2020,1,3)), '13800000000']);
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  const up = async () => {
    const b = 'XXB';
    const payload = Buffer.concat([Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="big.xlsx"\r\n\r\n`), data, Buffer.from(`\r\n--${b}--\r\n`)]);
    const t0 = Date.now();
    const res = await t.app.inject({ method: 'POST', url: '/api/enterprises/import', payload, headers: { 'content-type': `multipart/form-data; boundary=${b}`, cookie: admin } });
    const j = res.json();
    console.log('import ms', Date.now()-t0, res.statusCode, j.imported, j.updated, j.unchanged, j.errors?.length, process.memoryUsage().rss/1e6);
  };
  await up(); await up();
  const t0 = Date.now();
  const ex = await t.app.inject({ url: '/api/enterprises/export', headers: { cookie: admin } });
  console.log('export ms', Date.now()-t0, ex.statusCode, ex.rawPayload.length);
  expect(1).toBe(1);
}, 300000);

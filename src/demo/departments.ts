/** The demo city's departments (芜湖市) and their teams. `field` is the enforcement field a certificate covers. */
export interface DemoDepartment {
  code: string;
  name: string;
  shortName: string;
  field: string;
  kind: 'enforcement' | 'supervision' | 'credit' | 'service';
  teams: string[];
}

export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  {
    code: 'WH-SCJG',
    name: '芜湖市市场监督管理局',
    shortName: '市场监管',
    field: 'market',
    kind: 'enforcement',
    teams: ['市场监管综合执法一大队', '市场监管综合执法二大队'],
  },
  {
    code: 'WH-STHJ',
    name: '芜湖市生态环境局',
    shortName: '生态环境',
    field: 'ecology',
    kind: 'enforcement',
    teams: ['生态环境保护综合执法一大队', '生态环境保护综合执法二大队'],
  },
  {
    code: 'WH-YJ',
    name: '芜湖市药品监督管理局',
    shortName: '药品监管',
    field: 'drugs',
    kind: 'enforcement',
    teams: ['药品稽查大队'],
  },
  {
    code: 'WH-JT',
    name: '芜湖市交通运输局',
    shortName: '交通运输',
    field: 'transport',
    kind: 'enforcement',
    teams: ['交通运输综合执法支队一大队'],
  },
  {
    code: 'WH-WHZF',
    name: '芜湖市文化市场综合行政执法支队',
    shortName: '文化执法',
    field: 'culture',
    kind: 'enforcement',
    teams: ['文化市场执法一大队', '文化市场执法二大队'],
  },
  {
    code: 'WH-YJGL',
    name: '芜湖市应急管理局',
    shortName: '应急管理',
    field: 'emergency',
    kind: 'enforcement',
    teams: ['应急管理综合行政执法支队'],
  },
  {
    code: 'WH-XF',
    name: '芜湖市消防救援支队',
    shortName: '消防救援',
    field: 'fire',
    kind: 'enforcement',
    teams: ['防火监督处'],
  },
  {
    code: 'WH-WJ',
    name: '芜湖市卫生健康委员会',
    shortName: '卫生健康',
    field: 'health',
    kind: 'enforcement',
    teams: ['卫生健康综合监督执法支队'],
  },
  {
    code: 'WH-SFJ',
    name: '芜湖市司法局',
    shortName: '司法局',
    field: 'supervision',
    kind: 'supervision',
    teams: ['行政执法协调监督科'],
  },
  {
    code: 'WH-FGW',
    name: '芜湖市发展和改革委员会',
    shortName: '发展改革',
    field: 'credit',
    kind: 'credit',
    teams: ['社会信用体系建设科'],
  },
  {
    code: 'WH-ZWFW',
    name: '芜湖市政务服务中心',
    shortName: '政务服务',
    field: 'service',
    kind: 'service',
    teams: ['综合受理窗口'],
  },
];

export const WUHU = '340200';

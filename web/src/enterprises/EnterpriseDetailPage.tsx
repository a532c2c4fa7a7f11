import { Badge, Card, Flex, Tabs } from 'antd';
import { useParams } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { pageRecord } from '../shared/pageRecord';
import { enterprisePath } from './api';
import { EnterpriseHeader } from './EnterpriseHeader';
import { SECTIONS } from './sections';
import type { EnterpriseFile } from './types';

/** 一企一档: the enterprise's header card, then one tab per section of its file, each with its own presenter. */
export default function EnterpriseDetailPage() {
  const t = useT();
  const me = useMe();
  const { uscc = '' } = useParams();
  // Another enterprise (e.g. followed a link from another file): wait for its own data.
  const { data, wait } = pageRecord(
    useApiQuery<EnterpriseFile>(enterprisePath(uscc)),
    (d) => d.enterprise.uscc === uscc,
  );
  if (wait) return wait;

  const shown = SECTIONS.filter((s) => (!s.roles || s.roles.includes(me.role)) && Array.isArray(data.sections[s.key]));
  return (
    <>
      <EnterpriseHeader enterprise={data.enterprise} />
      <Card>
        <Tabs
          items={shown.map((section) => {
            const rows = data.sections[section.key] ?? [];
            return {
              key: section.key,
              label: (
                <Flex align="center" gap={6} data-testid={`section-tab-${section.key}`}>
                  {t(section.label)}
                  {rows.length ? <Badge count={rows.length} color="blue" overflowCount={999} /> : null}
                </Flex>
              ),
              children: section.render(rows),
            };
          })}
        />
      </Card>
    </>
  );
}

import { Alert, Button, Flex } from 'antd';
import type { Scenario } from '../../catalog/types';
import { useT } from '../../i18n';

interface Props {
  /** The enterprise's industry, by name (undefined: no enterprise chosen yet). */
  industryName: string | undefined;
  /** Items offered now (the industry's, or all the department's). */
  offered: number;
  /** The department's published items of every industry. */
  departmentTotal: number | undefined;
  /** The published joint scenarios of the industry the department takes part in. */
  scenarios: readonly Scenario[];
  allIndustries: boolean;
  onAllIndustries: (all: boolean) => void;
  onScenario: (id: string) => void;
}

/**
 * What is true about the items offered (issue item 4): the department has published none at all; or it has, just
 * none for this industry — then it offers the department's other items and the industry's joint scenarios; or the
 * list shows the department's items of every industry, with the way back.
 */
export function ItemsHint({
  industryName,
  offered,
  departmentTotal,
  scenarios,
  allIndustries,
  onAllIndustries,
  onScenario,
}: Props) {
  const t = useT();
  if (allIndustries) {
    return (
      <Alert
        type="info"
        showIcon
        data-testid="apply-items-all"
        title={t('apply.itemsAllIndustries', { count: offered })}
        action={
          <Button size="small" onClick={() => onAllIndustries(false)} data-testid="apply-items-industry">
            {t('apply.itemsIndustryOnly')}
          </Button>
        }
        style={{ marginBottom: 16 }}
      />
    );
  }
  if (offered > 0 || departmentTotal === undefined) return null;
  if (departmentTotal === 0 || !industryName) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('apply.noItems')}
        data-testid="apply-no-items"
        style={{ marginBottom: 16 }}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="apply-no-industry-items"
      title={t('apply.noItemsForIndustry', { industry: industryName, count: departmentTotal })}
      description={
        <Flex vertical gap={8} align="flex-start">
          <span>{scenarios.length ? t('apply.noItemsScenarios') : t('apply.noItemsNoScenario')}</span>
          <Flex wrap gap={8}>
            <Button
              size="small"
              type="primary"
              onClick={() => onAllIndustries(true)}
              data-testid="apply-items-show-all"
            >
              {t('apply.itemsShowAll', { count: departmentTotal })}
            </Button>
            {scenarios.map((s) => (
              <Button
                key={s.id}
                size="small"
                onClick={() => onScenario(s.id)}
                data-testid="apply-items-scenario"
              >
                {t('apply.itemsUseScenario', { name: s.name })}
              </Button>
            ))}
          </Flex>
        </Flex>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

import { App, Switch, Tag } from 'antd';
import { useMe } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { useAction } from '../shared/useAction';
import { setItemPublished } from './api';
import type { CatalogItem } from './types';

/** Published or draft; the admin and the item's own department admin may switch it (only published items may be inspected). */
export function PublishSwitch({ item, onChanged }: { item: CatalogItem; onChanged: () => void }) {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const [busy, run] = useAction();
  const editable =
    me.role === 'admin' || (me.role === 'dept_admin' && me.department?.id === item.departmentId);

  if (!editable) {
    return (
      <Tag color={item.published ? 'green' : 'default'}>
        {t(item.published ? 'catalog.published' : 'catalog.draft')}
      </Tag>
    );
  }
  const toggle = (published: boolean) =>
    run(async () => {
      await setItemPublished(item.id, published);
      void message.success(
        t(published ? 'catalog.publishedNow' : 'catalog.withdrawnNow', { name: item.name }),
      );
      onChanged();
    });
  return (
    <Switch
      checked={item.published}
      loading={busy}
      onChange={toggle}
      checkedChildren={t('catalog.published')}
      unCheckedChildren={t('catalog.draft')}
      data-testid="catalog-publish"
    />
  );
}

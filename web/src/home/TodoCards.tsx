import { Badge, Card, Col, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import type { Answer } from '../api/typed';
import { isMessageKey, useT } from '../i18n';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';

type Todo = Answer<'listTodoCounts'>['items'][number];
export const TODOS_PATH = '/api/todos';

/**
 * 待办: the caller's to-do counts from the server (GET /api/todos: each part counts its own work in the caller's
 * scope), each a link to where it is done; counts past a deadline show red while they are not zero.
 */
export function TodoCards() {
  const t = useT();
  const { data, error, reload } = useApiQuery<Answer<'listTodoCounts'>>(TODOS_PATH);
  if (error) return <QueryErrorAlert error={error} onRetry={reload} />;
  if (!data?.items.length) return null;
  const label = (todo: Todo) => {
    const key = `todo.${todo.key}`;
    return isMessageKey(key) ? t(key) : todo.key;
  };
  const card = (todo: Todo) => (
    <Card hoverable={Boolean(todo.link)} size="small" style={{ height: '100%' }}>
      <Statistic
        title={label(todo)}
        value={todo.count}
        styles={{ content: todo.overdue && todo.count > 0 ? { color: '#cf1322' } : undefined }}
        prefix={todo.overdue && todo.count > 0 ? <Badge status="error" /> : undefined}
      />
    </Card>
  );
  return (
    <>
      <Typography.Title level={5}>{t('home.todos')}</Typography.Title>
      <Row gutter={[12, 12]} style={{ marginBottom: 24 }} data-testid="home-todos">
        {data.items.map((todo) => (
          <Col key={todo.key} xs={12} sm={8} lg={6} xl={4}>
            <div
              data-testid="home-todo"
              data-key={todo.key}
              data-count={todo.count}
              style={{ height: '100%' }}
            >
              {todo.link ? (
                <Link to={todo.link} style={{ display: 'block', height: '100%' }}>
                  {card(todo)}
                </Link>
              ) : (
                card(todo)
              )}
            </div>
          </Col>
        ))}
      </Row>
    </>
  );
}

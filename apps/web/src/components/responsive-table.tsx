import { Descriptions, Empty, Grid, List, Table } from 'antd';
import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  title: string;
  render: (row: T, index: number) => ReactNode;
  /** The row's name: the heading of its card on a phone. */
  primary?: boolean;
  /** Shown in the table only, not on a phone's cards (a row number, say). */
  deskOnly?: boolean;
  width?: number;
  align?: 'left' | 'right' | 'center';
}

interface Props<T> {
  rows: T[];
  rowKey: (row: T) => string;
  columns: Column<T>[];
  empty: string;
  loading?: boolean;
  /** What the table lists, for screen readers. */
  label: string;
}

/**
 * A table on a wide screen; on a phone, one card per row with its fields one under the other,
 * so nothing is cut off or hidden behind a sideways scroll.
 */
export function ResponsiveTable<T extends object>({ rows, rowKey, columns, empty, loading, label }: Props<T>) {
  const narrow = !Grid.useBreakpoint().md;
  if (!narrow) {
    return (
      <Table<T>
        size="small"
        aria-label={label}
        rowKey={rowKey}
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <Empty description={empty} /> }}
        columns={columns.map((c) => ({
          key: c.key,
          title: c.title,
          width: c.width,
          align: c.align,
          render: (_: unknown, row: T, i: number) => c.render(row, i),
        }))}
      />
    );
  }
  const primary = columns.find((c) => c.primary);
  return (
    <section aria-label={label}>
      <List<T>
        loading={loading}
        dataSource={rows}
        rowKey={rowKey}
        locale={{ emptyText: <Empty description={empty} /> }}
        renderItem={(row, i) => (
          <List.Item>
            <div style={{ width: '100%' }}>
              {primary && <div style={{ fontWeight: 600, marginBottom: 4 }}>{primary.render(row, i)}</div>}
              <Descriptions
                size="small"
                column={1}
                items={columns
                  .filter((c) => c !== primary && !c.deskOnly)
                  .map((c) => ({ key: c.key, label: c.title, children: c.render(row, i) }))}
              />
            </div>
          </List.Item>
        )}
      />
    </section>
  );
}
